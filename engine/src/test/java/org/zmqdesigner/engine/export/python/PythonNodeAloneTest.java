package org.zmqdesigner.engine.export.python;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zmqdesigner.engine.export.DesignPlan;
import org.zmqdesigner.engine.model.Topology;
import org.zmqdesigner.engine.runtime.RunOptions;
import org.zmqdesigner.engine.runtime.TopologyRun;

/**
 * One exported node run alone, as its own process with its own context, against the engine running
 * the rest of the design (as {@code run --only} does): the engine's counters show the Python node's
 * traffic.
 */
class PythonNodeAloneTest {

    @Test
    void the_python_hwserver_answers_the_engines_hwclient(@TempDir Path dir) throws Exception {
        PythonPrograms.assumePyzmq();
        Topology design = PythonPrograms.sample("hello-reqrep");
        Path folder = PythonPrograms.write(new PythonExport().export(DesignPlan.of(design, "hello-reqrep")), dir);
        Process server = start(folder, "server.py");
        try (TopologyRun client = TopologyRun.start(design, RunOptions.DEFAULTS.withOnly(Set.of("client")))) {
            // The server works a second per request: two replies in 10 s leave plenty of room.
            await("the engine's client to get two replies from the Python server", 10_000,
                    () -> client.report().nodes().get("client").received() >= 2);
            assertThat(client.report().nodes().get("client").sent()).isGreaterThanOrEqualTo(2);
        } finally {
            stop(server);
        }
    }

    @Test
    void the_python_psenvpub_publishes_to_the_engines_psenvsub(@TempDir Path dir) throws Exception {
        PythonPrograms.assumePyzmq();
        Topology design = PythonPrograms.sample("pubsub-envelope");
        Path folder = PythonPrograms.write(new PythonExport().export(DesignPlan.of(design, "pubsub-envelope")), dir);
        Process publisher = start(folder, "psenvpub.py");
        try (TopologyRun subscriber = TopologyRun.start(design, RunOptions.DEFAULTS.withOnly(Set.of("psenvsub")))) {
            // Two a second, every other one under B: one a second reaches the subscriber.
            await("the engine's psenvsub to receive two B updates from the Python psenvpub", 10_000,
                    () -> subscriber.report().nodes().get("psenvsub").received() >= 2);
        } finally {
            stop(publisher);
        }
    }

    private static Process start(Path folder, String script) throws Exception {
        return new ProcessBuilder(PythonPrograms.PYTHON.toString(), "-u", script, "--seconds", "20")
                .directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(folder.resolve(script + ".out").toFile()).start();
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy(); // SIGTERM: the script ends at once
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }

    private static void await(String what, long millis, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + millis * 1_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("waited " + millis + " ms for " + what);
            }
            Thread.sleep(20);
        }
    }
}
