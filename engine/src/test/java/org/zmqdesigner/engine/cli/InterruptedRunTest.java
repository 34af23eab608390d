package org.zmqdesigner.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zmqdesigner.engine.format.Samples;

/** Ctrl+C (a signal to the JVM) stops the run cleanly and the report is still written. */
class InterruptedRunTest {

    @Test
    void a_run_stopped_by_a_signal_still_writes_its_report(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("report.json");
        Path log = dir.resolve("stderr.txt");
        Process process = startRun("slow-joiner", dir);
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            // The run is up once its publisher's port accepts connections.
            while (System.nanoTime() < deadline && !listening(5561)) {
                Thread.sleep(20);
            }
            assertThat(listening(5561)).as("the run came up; stderr: %s", read(log)).isTrue();
            Thread.sleep(800); // let the late subscriber join, so there is something to report

            process.destroy(); // SIGTERM: the JVM runs its shutdown hooks, as on Ctrl+C's SIGINT
            assertThat(process.waitFor(10, TimeUnit.SECONDS)).as("exited").isTrue();
        } finally {
            process.destroyForcibly();
        }

        assertThat(report).as("report; stderr: %s", read(log)).exists();
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        assertThat(json.get("nodes").get("publisher").get("sent").asLong()).isPositive();
        assertThat(read(dir.resolve("stdout.txt"))).contains("total: ");
    }

    /** A signal while the design is still starting: the report is written all the same. */
    @Test
    void a_signal_in_the_first_moments_still_writes_a_report(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("report.json");
        Path log = dir.resolve("stderr.txt");
        Process process = startRun("pipeline", dir);
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (System.nanoTime() < deadline && !read(log).contains("starting ")) {
                Thread.sleep(5);
            }
            assertThat(read(log)).as("the run began starting").contains("starting ");
            process.destroy(); // at once: the design is still binding and connecting

            assertThat(process.waitFor(15, TimeUnit.SECONDS)).as("exited").isTrue();
        } finally {
            process.destroyForcibly();
        }

        assertThat(report).as("report; stderr: %s", read(log)).exists();
        assertThat(new ObjectMapper().readTree(report.toFile()).get("nodes").has("ventilator")).isTrue();
    }

    /** The CLI in its own JVM, running a sample with its report, stdout and stderr in the folder. */
    private static Process startRun(String sample, Path dir) throws java.io.IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "run", Samples.file(sample).toAbsolutePath().toString(),
                "--report", dir.resolve("report.json").toString()))
                .redirectError(dir.resolve("stderr.txt").toFile())
                .redirectOutput(dir.resolve("stdout.txt").toFile())
                .start();
    }

    private static boolean listening(int port) {
        try (java.net.Socket probe = new java.net.Socket()) {
            probe.connect(new java.net.InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }
}
