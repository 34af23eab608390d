package org.zmqdesigner.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.zmqdesigner.engine.event.RunEvent;
import org.zmqdesigner.engine.format.TopologyFormat;
import org.zmqdesigner.engine.model.Topology;

/**
 * A traced send that waits for its peer: the tap notes its pipes' counters, the send waits, and
 * the peer's pipe attaches meanwhile. When a tick had replaced the tap's pipe list during the wait,
 * the send read a counter it never noted (index 0 of none) and crashed the node (CanvasBench: its
 * sources start before their sinks connect; 1 node in about 10 runs); when the pipe attached inside
 * the send itself, the message went untraced.
 */
class TraceWhileWaitingTest {

    private static Topology lateSink(String transport) throws Exception {
        String endpoint = transport.equals("tcp") ? "tcp://127.0.0.1:" + Runs.freePort() : "inproc://late-sink";
        return new TopologyFormat().read(("""
                {"formatVersion": 1, "nodes": [
                  {"id": "source", "sockets": [{"id": "out", "type": "PUSH", "binds": ["%1$s"]}],
                   "behaviour": {"type": "source", "rate": 50, "payload": "task {seq}", "count": 20}},
                  {"id": "sink", "startDelayMs": 300, "sockets": [{"id": "in", "type": "PULL"}],
                   "behaviour": {"type": "sink", "count": 20}}],
                 "links": [{"id": "work", "from": {"node": "sink", "socket": "in"},
                            "to": {"node": "source", "socket": "out"}, "endpoint": "%1$s"}]}
                """).formatted(endpoint).getBytes(StandardCharsets.UTF_8), "late-sink.zmqtopo");
    }

    @Test
    void a_send_waiting_for_its_first_peer_is_traced_on_the_link_it_took_over_inproc() throws Exception {
        List<RunEvent> events = runToTheEnd(lateSink("inproc"));
        Runs.await("the first message's trace", 2_000, () -> sent(events).anyMatch(m -> "task 1".equals(payload(m))),
                () -> sent(events).limit(3).toList());
    }

    /**
     * Over tcp the waiting send's pipe is known to the tap only once its connection is (its
     * addresses), so the catch-up burst right after the connection may go untraced; what matters
     * here is that the node lives and the link's traces come.
     */
    @Test
    void a_send_waiting_for_its_first_peer_over_tcp_leaves_the_node_running_and_the_link_traced() throws Exception {
        List<RunEvent> events = runToTheEnd(lateSink("tcp"));
        Runs.await("a trace on the link", 2_000, () -> sent(events).findAny().isPresent(), () -> events.size());
    }

    private static List<RunEvent> runToTheEnd(Topology topology) throws Exception {
        List<RunEvent> events = new CopyOnWriteArrayList<>();
        try (TopologyRun run = TopologyRun.start(topology, RunOptions.DEFAULTS, events::addAll)) {
            assertThat(run.awaitFinished(10_000)).as("finished: %s", run.report()).isTrue();
            assertThat(run.nodeStates().get("source")).as("the source: %s", run.nodeDetail("source"))
                    .isIn(RunEvent.NodeState.FINISHED, RunEvent.NodeState.STOPPED);
            assertThat(run.report().nodes().get("sink").received()).isEqualTo(20);
        }
        return events;
    }

    private static java.util.stream.Stream<RunEvent.MessageSent> sent(List<RunEvent> events) {
        return events.stream().filter(e -> e instanceof RunEvent.MessageSent m && "work".equals(m.link()))
                .map(e -> (RunEvent.MessageSent) e);
    }

    private static String payload(RunEvent.MessageSent m) {
        return new String(m.frames().get(m.frames().size() - 1), StandardCharsets.UTF_8);
    }
}
