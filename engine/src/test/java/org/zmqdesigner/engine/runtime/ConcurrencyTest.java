package org.zmqdesigner.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.NodeKind;
import org.zmqdesigner.engine.model.Position;
import org.zmqdesigner.engine.model.Socket;
import org.zmqdesigner.engine.model.SocketOptions;
import org.zmqdesigner.engine.model.SocketType;
import org.zmqdesigner.engine.model.Topology;

/** The races of a run that can be provoked: each must end with no thread, port or open connection left. */
class ConcurrencyTest {

    /**
     * A device stopped at once, before or while its proxy starts, must leave its proxy and let the
     * context close; twenty times over, so the stop lands at every moment of the start.
     */
    @Test
    void a_device_stopped_right_after_it_started_always_leaves_its_proxy() throws Exception {
        Set<String> before = Runs.runThreads();
        for (int i = 0; i < 20; i++) {
            int front = Runs.freePort();
            int back = Runs.freePort();
            Node streamer = new Node("streamer", null, NodeKind.STREAMER, Position.ORIGIN, null, null, List.of(
                    new Socket("frontend", SocketType.PULL, List.of("tcp://127.0.0.1:" + front), List.of(),
                            SocketOptions.DEFAULTS),
                    new Socket("backend", SocketType.PUSH, List.of("tcp://127.0.0.1:" + back), List.of(),
                            SocketOptions.DEFAULTS)), null);
            TopologyRun run = TopologyRun.start(new Topology("device " + i, null, List.of(streamer), List.of()),
                    RunOptions.DEFAULTS);
            long started = System.nanoTime();
            run.stop();

            assertThat((System.nanoTime() - started) / 1_000_000).as("ms to stop, round %d", i).isLessThan(1_900);
            assertThat(Runs.portFree(front) && Runs.portFree(back)).as("ports free after round %d", i).isTrue();
        }
        Runs.await("every device thread to end", 2_000, () -> Runs.runThreads().equals(before), Runs::runThreads);
    }

    /**
     * The designer reads states and reports while node control restarts nodes on another thread:
     * every read must see whole runners and end without an exception.
     */
    @Test
    void states_and_reports_read_while_nodes_restart_never_fail() throws Exception {
        try (TopologyRun run = TopologyRun.start(Runs.sample("pipeline"), RunOptions.DEFAULTS)) {
            AtomicReference<Throwable> failure = new AtomicReference<>();
            List<Thread> readers = new ArrayList<>();
            long end = System.nanoTime() + 1_500_000_000L;
            for (int i = 0; i < 2; i++) {
                Thread reader = new Thread(() -> {
                    try {
                        while (System.nanoTime() < end) {
                            assertThat(run.nodeStates()).containsKeys("ventilator", "worker-1", "sink");
                            assertThat(run.report().nodes()).containsKey("worker-1");
                            run.nodeDetail("worker-1");
                        }
                    } catch (Throwable t) {
                        failure.compareAndSet(null, t);
                    }
                });
                readers.add(reader);
                reader.start();
            }
            while (System.nanoTime() < end) {
                run.restartNode("worker-1");
            }
            for (Thread reader : readers) {
                reader.join(5_000);
            }

            assertThat(failure.get()).as("a reader's failure").isNull();
        }
    }
}
