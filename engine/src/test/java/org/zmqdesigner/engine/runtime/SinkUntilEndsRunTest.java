package org.zmqdesigner.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zmqdesigner.engine.event.RunEvent;
import org.zmqdesigner.engine.format.TopologyFormat;
import org.zmqdesigner.engine.model.Topology;

/**
 * A sink that stops on a payload (syncsub's "END") ends the run like one with a count: a run
 * without --duration of a design whose only end is such a sink stops when it has read "END",
 * and split over hosts, the subscribers' host exits by itself.
 */
class SinkUntilEndsRunTest {

    @Test
    void a_run_whose_only_end_is_a_sinks_until_finishes_when_the_sink_reads_it() throws Exception {
        int port = Runs.freePort();
        String text = """
                {"formatVersion": 1, "nodes": [{"id": "syncsub",
                  "sockets": [{"id": "in", "type": "PULL", "binds": ["tcp://127.0.0.1:%d"]}],
                  "behaviour": {"type": "sink", "until": "END"}}]}
                """.formatted(port);
        Topology design = new TopologyFormat().read(text.getBytes(StandardCharsets.UTF_8), "until");
        try (TopologyRun run = TopologyRun.start(design, RunOptions.DEFAULTS);
             ZContext context = new ZContext()) {
            ZMQ.Socket push = context.createSocket(SocketType.PUSH);
            push.setHandshakeIvl(SocketSetup.HANDSHAKE_MILLIS);
            push.connect("tcp://127.0.0.1:" + port);
            for (String payload : new String[] {"1", "2", "END"}) {
                push.send(payload);
            }
            assertThat(run.awaitFinished(10_000)).as("the run finished by itself; %s", run.report()).isTrue();
            assertThat(run.nodeStates().get("syncsub")).isEqualTo(RunEvent.NodeState.FINISHED);
            assertThat(run.report().nodes().get("syncsub").received()).isEqualTo(3);
        }
    }
}
