package org.zmqdesigner.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.zmqdesigner.engine.format.TopologyFormat;
import org.zmqdesigner.engine.model.Topology;

/** Whatever drives a publishing socket, every message it sends is delivered or counted as lost. */
class LossAccountingTest {

    /** A source pushes 3,000 tasks to a worker that publishes each to a slow subscriber. */
    private static Topology workerPublishing() throws Exception {
        String text = """
                {"formatVersion": 1, "title": "worker publishes",
                 "nodes": [
                  {"id": "source", "sockets": [{"id": "out", "type": "PUSH", "binds": ["inproc://tasks"]}],
                   "behaviour": {"type": "source", "count": 3000, "payload": "task {seq}"}},
                  {"id": "worker", "sockets": [{"id": "in", "type": "PULL"},
                     {"id": "out", "type": "PUB", "binds": ["inproc://news"], "options": {"sndhwm": 20}}],
                   "behaviour": {"type": "worker", "input": "in", "output": "out"}},
                  {"id": "reader", "sockets": [{"id": "in", "type": "SUB",
                     "options": {"rcvhwm": 20, "subscribe": [""]}}],
                   "behaviour": {"type": "sink", "delayMs": 1}}],
                 "links": [
                  {"id": "tasks", "from": {"node": "worker", "socket": "in"}, "to": {"node": "source", "socket": "out"},
                   "endpoint": "inproc://tasks"},
                  {"id": "news", "from": {"node": "reader", "socket": "in"}, "to": {"node": "worker", "socket": "out"},
                   "endpoint": "inproc://news"}]}
                """;
        return new TopologyFormat().read(text.getBytes(StandardCharsets.UTF_8), "worker-publishes");
    }

    @Test
    void a_worker_publishing_to_a_slow_subscriber_has_its_drops_counted() throws Exception {
        try (TopologyRun run = TopologyRun.start(workerPublishing(), RunOptions.DEFAULTS)) {
            Runs.await("the worker to publish all 3,000 tasks", 20_000,
                    () -> run.report().nodes().get("worker").sent() == 3000,
                    () -> run.report() + " source: " + run.nodeDetail("source")); // a crash says why
            // What is still queued reaches the reader; then every message is accounted for.
            Runs.await("the reader to account for every message the worker published", 20_000, () -> {
                RunReport.NodeReport r = run.report().nodes().get("reader");
                // On a loaded machine the reader's node may start after the worker began publishing.
                return r.received() + r.lostSlowJoiner() + r.lostHwm() + r.publishedWhileAway() == 3000;
            }, run::report);
            RunReport report = run.report();

            assertThat(report.nodes().get("reader").lostHwm()).as("HWM losses in %s", report).isPositive();
            assertThat(report.nodes().get("worker").dropped()).isEqualTo(report.nodes().get("reader").lostHwm());
        }
    }
}
