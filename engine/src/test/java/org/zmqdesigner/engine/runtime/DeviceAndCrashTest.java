package org.zmqdesigner.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zmqdesigner.engine.event.RunEvent;
import org.zmqdesigner.engine.model.Behaviour;
import org.zmqdesigner.engine.model.Link;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.NodeKind;
import org.zmqdesigner.engine.model.Position;
import org.zmqdesigner.engine.model.Socket;
import org.zmqdesigner.engine.model.SocketOptions;
import org.zmqdesigner.engine.model.SocketRef;
import org.zmqdesigner.engine.model.SocketType;
import org.zmqdesigner.engine.model.Topology;

class DeviceAndCrashTest {

    private static Node app(String id, Integer startDelayMs, Behaviour behaviour, Socket... sockets) {
        return new Node(id, null, NodeKind.APPLICATION, Position.ORIGIN, startDelayMs, null, List.of(sockets),
                behaviour);
    }

    private static Socket bound(String id, SocketType type, String endpoint) {
        return new Socket(id, type, List.of(endpoint), List.of(), SocketOptions.DEFAULTS);
    }

    private static Link link(String id, String fromNode, String fromSocket, String toNode, String toSocket,
                             String endpoint) {
        return new Link(id, new SocketRef(fromNode, fromSocket), new SocketRef(toNode, toSocket), endpoint);
    }

    @Test
    void a_queue_device_carries_every_request_and_reply_and_stops_cleanly() throws Exception {
        int front = Runs.freePort();
        int back = Runs.freePort();
        Node broker = new Node("broker", null, NodeKind.QUEUE, Position.ORIGIN, null, null, List.of(
                bound("frontend", SocketType.ROUTER, "tcp://127.0.0.1:" + front),
                bound("backend", SocketType.DEALER, "tcp://127.0.0.1:" + back)), null);
        Node client = app("client", null, new Behaviour.Source(null, 25.0, 20L, "request {seq}", null, null, null),
                new Socket("req", SocketType.REQ));
        Node server = app("server", null, new Behaviour.Responder(null, null, "reply to {payload}"),
                new Socket("rep", SocketType.REP));
        Topology topology = new Topology("queue", null, List.of(broker, client, server), List.of(
                link("c", "client", "req", "broker", "frontend", "tcp://localhost:" + front),
                link("s", "server", "rep", "broker", "backend", "tcp://localhost:" + back)));
        Set<String> before = Runs.runThreads();
        List<RunEvent> events = new java.util.concurrent.CopyOnWriteArrayList<>();

        try (TopologyRun run = TopologyRun.start(topology, RunOptions.DEFAULTS, events::addAll)) {
            assertThat(run.awaitFinished(10_000)).as("%s", run.report()).isTrue();
            assertThat(run.report().nodes().get("client").received()).isEqualTo(20);
            assertThat(run.report().nodes().get("server").received()).isEqualTo(20);
            run.stop();
            // The device is observed like any node: both ends of each link are known, no outsiders,
            // and what it passed is counted on its node and on both links.
            assertThat(run.report().externalPeers()).isEmpty();
            assertThat(run.report().nodes().get("broker").received()).isEqualTo(40);
            assertThat(run.report().nodes().get("broker").sent()).isEqualTo(40);
            assertThat(run.report().links().get("c").delivered()).isEqualTo(40);
            assertThat(run.report().links().get("s").delivered()).isEqualTo(40);
        }
        assertThat(events).noneMatch(e -> e instanceof RunEvent.ExternalPeer);

        Runs.await("the device thread to end", 2_000, () -> Runs.runThreads().equals(before), Runs::runThreads);
        assertThat(Runs.portFree(front)).isTrue();
        assertThat(Runs.portFree(back)).isTrue();
    }

    @Test
    void a_node_that_crashes_is_shown_crashed_and_the_rest_keeps_running() throws Exception {
        int taken = Runs.freePort();
        Node steady = app("steady", null, new Behaviour.Source(null, 200.0, null, "tick", null, null, null),
                bound("out", SocketType.PUB, "inproc://steady"));
        Node listener = app("listener", null, new Behaviour.Sink(null, null),
                new Socket("in", SocketType.SUB, List.of(), List.of(),
                        SocketOptions.DEFAULTS.withSubscribe(List.of(""))));
        Node doomed = app("doomed", 200, new Behaviour.Sink(null, null),
                bound("in", SocketType.PULL, "tcp://127.0.0.1:" + taken));
        Topology topology = new Topology("crash", null, List.of(steady, listener, doomed), List.of(
                link("l", "listener", "in", "steady", "out", "inproc://steady")));
        List<RunEvent> events = new java.util.concurrent.CopyOnWriteArrayList<>();

        try (ZContext squatter = new ZContext(1)) {
            ZMQ.Socket holder = squatter.createSocket(org.zeromq.SocketType.PULL);
            holder.setLinger(0);
            holder.bind("tcp://127.0.0.1:" + taken);
            try (TopologyRun run = TopologyRun.start(topology, RunOptions.DEFAULTS, events::addAll)) {
                Runs.await("the late node to crash", 5_000,
                        () -> run.nodeStates().get("doomed") == RunEvent.NodeState.CRASHED, run::nodeStates);
                long received = run.report().nodes().get("listener").received();
                Runs.await("the others to keep going", 5_000,
                        () -> run.report().nodes().get("listener").received() > received + 20, run::report);

                assertThat(run.nodeDetail("doomed")).contains("node doomed").contains("address already in use");
                assertThat(run.nodeStates().get("steady")).isEqualTo(RunEvent.NodeState.RUNNING);
                Runs.await("the crash event", 2_000, () -> events.stream().anyMatch(e ->
                        e instanceof RunEvent.NodeStateChanged s && s.node().equals("doomed")
                                && s.state() == RunEvent.NodeState.CRASHED), () -> events.size());
            }
        }
    }
}
