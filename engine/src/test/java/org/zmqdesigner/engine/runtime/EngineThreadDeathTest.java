package org.zmqdesigner.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.Socket;
import org.junit.jupiter.api.Test;
import org.zeromq.SocketType;
import org.zeromq.ZMQ;
import org.zeromq.ZMonitor;

/**
 * An engine thread that dies ends the run with a report, never wedges it. Before, an
 * OutOfMemoryError in one of ZeroMQ's I/O threads (a 2 GB frame header, before message sizes were
 * capped) left a run with no reply, no end, and a SIGTERM that hung.
 */
class EngineThreadDeathTest {

    @Test
    void an_io_thread_that_dies_ends_the_run_with_a_report_and_stopping_returns() throws Exception {
        int server = Runs.freePort();
        int trap = Runs.freePort();
        TopologyRun run = TopologyRun.start(NetworkHostilityTest.server(server), RunOptions.DEFAULTS);
        try {
            // A socket on the run's own context whose monitor hook, which JeroMQ calls on its I/O
            // thread, throws an Error when a connection is accepted: the I/O thread dies of it.
            ZMQ.Socket doomed = run.contextForTests().createSocket(SocketType.PULL);
            doomed.setEventHook(event -> {
                if (event.getEvent() == ZMonitor.Event.ACCEPTED) {
                    throw new OutOfMemoryError("simulated: Java heap space");
                }
            }, ZMQ.EVENT_ALL);
            doomed.bind("tcp://127.0.0.1:" + trap);
            try (Socket peer = new Socket()) {
                peer.connect(new InetSocketAddress("127.0.0.1", trap), 2_000);
                assertThat(run.awaitEngineFailure(10_000)).as("the death is noticed").isTrue();
            }
            assertThat(run.awaitFinished(1_000)).as("a run waiting to finish ends at once").isTrue();
            assertThat(run.engineFailure()).get().asString().contains("iothread").contains("OutOfMemoryError")
                    .contains("the run stopped");
        } finally {
            long before = System.nanoTime();
            run.stop();
            assertThat((System.nanoTime() - before) / 1_000_000).as("ms to stop a run whose I/O thread died")
                    .isLessThan(TopologyRun.STOP_BUDGET_MILLIS + 5_000);
        }
        assertThat(run.report().engineFailure()).contains("OutOfMemoryError");
    }
}
