package org.zmqdesigner.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.zeromq.SocketType;
import org.zeromq.ZMQ;
import org.zmqdesigner.engine.event.RunEvent;
import org.zmqdesigner.engine.event.RunEvent.ConnectionState;
import org.zmqdesigner.engine.model.Topology;

/** A tap over tcp whose other end registers late: what it wrote meanwhile keeps its link. */
class SocketTapLateLinkTest {

    /**
     * A binding side registers its connection before it knows the other end, and a PUSH may write
     * a whole burst at once then: that burst is told with the link once the other side registers,
     * not as traffic of no link (the canvas's chart of the link showed nothing of a fast burst).
     */
    @Test
    void what_a_binding_side_wrote_before_its_peer_registered_is_told_with_the_link() {
        int port = Runs.freePort();
        Wires tcpWires = new Wires();
        try {
            RunContext tcpRun = tcpWires.run(Wires.oneLink("tasks", "dst", "in", "PULL", "src", "out", "PUSH",
                    "tcp://127.0.0.1:" + port));
            ZMQ.Socket out = tcpWires.socket(SocketType.PUSH);
            out.bind("tcp://127.0.0.1:" + port);
            ZMQ.Socket in = tcpWires.socket(SocketType.PULL);
            in.connect("tcp://127.0.0.1:" + port);
            Runs.await("the tcp connection to be up on the bound side", 5_000, () -> {
                zmq.pipe.Pipe[] pipes = Wires.pipes(out);
                return pipes.length == 1 && Introspection.tcpAddresses(pipes[0]) != null;
            }, () -> List.of(Wires.pipes(out)));
            SocketTap src = new SocketTap("src", "out", org.zmqdesigner.engine.model.SocketType.PUSH, out, tcpRun);
            src.tick(System.nanoTime());
            for (int i = 0; i < 3; i++) {
                out.send("task " + i);
            }
            src.tick(System.nanoTime());
            tcpWires.drain();
            assertThat(tcpWires.of(RunEvent.Flow.class)).as("nothing told while the other end is unknown").isEmpty();

            new SocketTap("dst", "in", org.zmqdesigner.engine.model.SocketType.PULL, in, tcpRun).tick(System.nanoTime());
            src.tick(System.nanoTime());
            tcpWires.drain();
            assertThat(tcpWires.of(RunEvent.Flow.class)).filteredOn(f -> f.node().equals("src"))
                    .extracting(RunEvent.Flow::sent, RunEvent.Flow::link, RunEvent.Flow::peer)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "tasks", new RunEvent.Peer.InDesign("dst")));
        } finally {
            tcpWires.close();
        }
    }
}
