package org.zmqdesigner.engine.export.python;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zmqdesigner.engine.export.DesignPlan;
import org.zmqdesigner.engine.format.Samples;
import org.zmqdesigner.engine.format.TopologyFiles;
import org.zmqdesigner.engine.model.Topology;
import org.zmqdesigner.engine.runtime.RunOptions;
import org.zmqdesigner.engine.runtime.RunReport;
import org.zmqdesigner.engine.runtime.TopologyRun;

/**
 * Every sample's exported run_all.py makes messages flow as the engine's own run of the sample
 * does: each node that sends in the engine's first seconds sends here too, and each that receives,
 * receives. The samples use the zguide's fixed ports, so they run one after another, each closed
 * before the next starts.
 */
class PythonExportRunTest {

    static final long WINDOW_MILLIS = 2_000;

    /** The Python run's windows: the engine's, then a longer one for a sample that lacked traffic. */
    static final long[] WINDOWS_MILLIS = {WINDOW_MILLIS, 8_000};

    /**
     * Receiving that chance may leave at none in two seconds, whoever runs it: asyncsrv's workers
     * answer each request 0 to 4 times (two requests unanswered is the lesson, 1 in 25), and
     * wuclient's filter matches 1 update in 100,000, of which pyzmq publishes about 80,000 a second.
     */
    static final Set<String> RECEIVING_BY_CHANCE = Set.of("async-server/client-1", "async-server/client-2",
            "async-server/client-3", "weather-pubsub/client");

    @Test
    void every_sample_runs_in_python_with_messages_flowing_where_the_engine_has_them(@TempDir Path dir)
            throws Exception {
        PythonPrograms.assumePyzmq();
        List<String> problems = new ArrayList<>();
        for (Path file : Samples.files()) {
            String name = file.getFileName().toString().replace(".zmqtopo", "");
            Topology topology = new TopologyFiles().load(file);
            RunReport engine = engineRun(topology);
            Path folder = PythonPrograms.write(new PythonExport().export(DesignPlan.of(topology, name)),
                    dir.resolve(name));
            // A slow stream through a proxy (weather-proxy: about 2 updates a second per client, after
            // the subscription has travelled two hops) can leave a receiver at none in the first
            // window by chance; such a sample gets one longer window before a lack counts.
            List<String> lacking = List.of();
            for (long window : WINDOWS_MILLIS) {
                lacking = lacking(name, engine, folder, window);
                if (lacking.isEmpty()) {
                    break;
                }
            }
            problems.addAll(lacking);
        }
        assertThat(problems).as("nodes whose traffic the Python export lacks").isEmpty();
    }

    private static List<String> lacking(String name, RunReport engine, Path folder, long windowMillis)
            throws Exception {
        List<String> problems = new ArrayList<>();
        PythonPrograms.Result result = PythonPrograms.run(folder, 30, "run_all.py", "--seconds",
                String.valueOf(windowMillis / 1000.0));
        assertThat(result.exit()).as("%s: run_all.py exit; it printed:\n%s", name, result.output()).isZero();
        Map<String, JsonNode> python = PythonPrograms.summary(result);
        assertThat(python.keySet()).as(name).containsExactlyInAnyOrderElementsOf(engine.nodes().keySet());
        engine.nodes().forEach((node, counts) -> {
            JsonNode py = python.get(node);
            if (counts.sent() > 0 && py.get("sent").asLong() == 0) {
                problems.add(name + "/" + node + " sent " + counts.sent() + " in the engine, none in Python in "
                        + windowMillis + " ms");
            }
            if (counts.received() > 0 && py.get("received").asLong() == 0
                    && !RECEIVING_BY_CHANCE.contains(name + "/" + node)) {
                problems.add(name + "/" + node + " received " + counts.received() + " in the engine, none in"
                        + " Python in " + windowMillis + " ms");
            }
            if (py.get("state").asText().equals("crashed") && !counts.state().equals("CRASHED")) {
                problems.add(name + "/" + node + " crashed in Python: " + py.get("detail").asText()
                        + "\n" + result.output());
            }
        });
        return problems;
    }

    /** The engine's run of the design for the same window; everything closed when it returns. */
    private static RunReport engineRun(Topology topology) throws Exception {
        try (TopologyRun run = TopologyRun.start(topology, RunOptions.DEFAULTS)) {
            // The window is what is measured: there is no condition to await instead.
            Thread.sleep(WINDOW_MILLIS);
            RunReport report = run.report();
            run.stop();
            return report;
        }
    }
}
