package org.zmqdesigner.engine.export.java;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.zmqdesigner.engine.export.DesignPlan;
import org.zmqdesigner.engine.export.ExportTree;
import org.zmqdesigner.engine.export.ExportedFile;
import org.zmqdesigner.engine.export.NodePlan;
import org.zmqdesigner.engine.format.Samples;
import org.zmqdesigner.engine.format.TopologyFiles;
import org.zmqdesigner.engine.model.Behaviour;
import org.zmqdesigner.engine.model.SocketType;

/**
 * Every sample exported as Java, compiled in one javac call, and run: the messages flow as in the
 * engine's run of it. Which counts must move is read from each node's behaviour, as the engine's
 * loops count them: a source, responder, worker, echo or broker sends; a sink, worker, responder,
 * echo or broker receives, and so does a REQ source (its replies) and a syncpub (its sync
 * requests). Devices run ZMQ.proxy, which counts nothing: their neighbours show the flow. Each run
 * lasts until every such count has moved (at most {@link #PATIENCE_MILLIS}), then stops, and the
 * stop must close everything (the next sample binds the same ports).
 */
class JavaExportSamplesTest {

    /** The slowest sample's first counts come in about 2 s (a reply after 1 s of work, a late joiner). */
    static final long PATIENCE_MILLIS = 10_000;

    @TempDir
    static Path folder;

    static Path classes;

    static Stream<String> samples() throws Exception {
        return Samples.files().stream().map(p -> p.getFileName().toString().replace(".zmqtopo", ""));
    }

    @BeforeAll
    static void exportAndCompileEverySample() throws Exception {
        List<Path> sources = new ArrayList<>();
        for (Path file : Samples.files()) {
            String name = file.getFileName().toString().replace(".zmqtopo", "");
            DesignPlan plan = DesignPlan.of(new TopologyFiles().load(file), name);
            sources.addAll(JavaExportCompiler.write(new JavaExport().export(plan), folder.resolve(name)));
        }
        classes = folder.resolve("classes");
        JavaExportCompiler.compile(sources, classes);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void the_exported_program_of_each_sample_moves_messages_as_the_engine_does(String sample) throws Exception {
        DesignPlan plan = DesignPlan.of(new TopologyFiles().load(Samples.file(sample)), sample);
        Map<String, String> expected = expectedCounts(plan);
        try (JavaExportCompiler.Running running = new JavaExportCompiler.Running(classes,
                JavaNames.packageName(sample), List.of())) {
            long deadline = System.nanoTime() + PATIENCE_MILLIS * 1_000_000L;
            List<String> missing = missing(expected, running.counts());
            while (!missing.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20);
                missing = missing(expected, running.counts());
            }
            if (!missing.isEmpty()) {
                fail("after " + PATIENCE_MILLIS + " ms of " + sample + " these counts are still 0: " + missing
                        + "\nstates: " + running.states() + "\n" + running.summary());
            }
            assertThat(running.states().values()).as("no node crashed: %s", running.summary())
                    .noneMatch(s -> s.startsWith("crashed"));
        }
        assertThat(Thread.getAllStackTraces().keySet()).as("the stop ended every node's thread")
                .noneMatch(t -> t.isAlive() && t.getName().startsWith("node-"));
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void a_node_runs_alone_named_by_its_id_or_its_name_on_the_canvas() throws Exception {
        for (String given : List.of("server", "hwserver")) {
            try (JavaExportCompiler.Running running = new JavaExportCompiler.Running(classes,
                    JavaNames.packageName("hello-reqrep"), List.of(given))) {
                assertThat(running.counts().keySet()).as("--node %s", given).containsExactly("server");
            }
        }
    }

    @Test
    void node_source_is_the_class_file_the_export_writes() throws Exception {
        for (Path file : Samples.files()) {
            DesignPlan plan = DesignPlan.of(new TopologyFiles().load(file), "x");
            ExportTree tree = new JavaExport().export(plan);
            for (NodePlan node : plan.nodes()) {
                ExportedFile alone = new JavaExport().nodeSource(plan, node.id());
                assertThat(tree.file(alone.path())).as("%s %s", file, node.id()).isPresent();
                assertThat(tree.file(alone.path()).orElseThrow().text()).isEqualTo(alone.text());
            }
        }
    }

    /** What must move, by node id: "sent", "received" or both, from its behaviour. */
    static Map<String, String> expectedCounts(DesignPlan plan) {
        Map<String, String> expected = new LinkedHashMap<>();
        for (NodePlan node : plan.nodes()) {
            Behaviour b = node.behaviour();
            if (b == null) {
                continue;
            }
            boolean sends = !(b instanceof Behaviour.Sink);
            boolean receives = !(b instanceof Behaviour.Source s)
                    || node.socket(s.socket()).orElseThrow().type() == SocketType.REQ || s.syncSocket() != null;
            expected.put(node.id(), sends && receives ? "sent+received" : sends ? "sent" : "received");
        }
        return expected;
    }

    /** "ID sent" or "ID received" for each count {@code expected} names that is still 0. */
    static List<String> missing(Map<String, String> expected, Map<String, long[]> counts) {
        List<String> missing = new ArrayList<>();
        expected.forEach((id, what) -> {
            long[] c = counts.get(id);
            if (what.contains("sent") && c[0] == 0) {
                missing.add(id + " sent");
            }
            if (what.contains("received") && c[1] == 0) {
                missing.add(id + " received");
            }
        });
        return missing;
    }
}
