package org.zmqdesigner.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.zmqdesigner.engine.event.RunEvent;
import org.zmqdesigner.engine.format.TopologyFormat;
import org.zmqdesigner.engine.model.Topology;

/**
 * An unpaced stream is sent and received {@link RunContext#BURST} messages at a time between looks
 * at stop, pause and speed: counts stay exact, and pause, step and stop still take hold.
 */
class FastStreamTest {

    private static Topology flood(String sourceCount, String sinkCount) throws Exception {
        return new TopologyFormat().read(("""
                {"formatVersion": 1, "nodes": [
                  {"id": "source", "sockets": [{"id": "out", "type": "PUSH", "binds": ["inproc://flood"]}],
                   "behaviour": {"type": "source", "payload": "x", "awaitPeers": 1%s}},
                  {"id": "sink", "sockets": [{"id": "in", "type": "PULL"}], "behaviour": {"type": "sink"%s}}],
                 "links": [{"id": "l", "from": {"node": "sink", "socket": "in"},
                            "to": {"node": "source", "socket": "out"}, "endpoint": "inproc://flood"}]}
                """).formatted(sourceCount, sinkCount).getBytes(StandardCharsets.UTF_8), "flood.zmqtopo");
    }

    @Test
    void a_count_that_is_not_a_multiple_of_the_burst_is_sent_and_received_exactly() throws Exception {
        int n = 100 * RunContext.BURST + 3;
        try (TopologyRun run = TopologyRun.start(flood(", \"count\": " + n, ", \"count\": " + n), RunOptions.DEFAULTS)) {
            assertThat(run.awaitFinished(10_000)).as("finished: %s", run.report()).isTrue();
            RunReport.NodeReport source = run.report().nodes().get("source");
            RunReport.NodeReport sink = run.report().nodes().get("sink");
            assertThat(source.sent()).isEqualTo(n);
            assertThat(sink.received()).isEqualTo(n);
        }
    }

    @Test
    void an_unpaced_flood_holds_on_pause_takes_one_step_and_stops_at_once() throws Exception {
        try (TopologyRun run = TopologyRun.start(flood("", ""), RunOptions.DEFAULTS)) {
            Runs.await("the flood to start", 5_000, () -> run.report().nodes().get("sink").received() > 10_000,
                    run::report);
            run.pause();
            long[] held = {-1};
            Runs.await("the source to hold", 2_000, () -> {
                long before = run.report().nodes().get("source").sent();
                try {
                    Thread.sleep(30);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                held[0] = run.report().nodes().get("source").sent();
                return held[0] == before;
            }, run::report);
            Runs.await("the sink to take what was sent", 2_000,
                    () -> run.report().nodes().get("sink").received() == held[0], run::report);

            run.step("source");
            Runs.await("the step to send", 5_000, () -> run.report().nodes().get("source").sent() > held[0],
                    run::report);
            Thread.sleep(100); // a window in which a second message would show
            assertThat(run.report().nodes().get("source").sent()).as("one step, one message").isEqualTo(held[0] + 1);

            run.resume();
            Runs.await("the flood to go on", 5_000,
                    () -> run.report().nodes().get("source").sent() > held[0] + 10_000, run::report);
            run.stopNode("source");
            assertThat(run.nodeStates().get("source")).isEqualTo(RunEvent.NodeState.STOPPED);
            long stopped = run.report().nodes().get("source").sent();
            Runs.await("the sink to take the rest", 2_000,
                    () -> run.report().nodes().get("sink").received() == stopped, run::report);
            run.stopNode("sink");
            assertThat(run.nodeStates().get("sink")).isEqualTo(RunEvent.NodeState.STOPPED);
        }
    }
}
