package org.zmqdesigner.engine.export.python;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.zmqdesigner.engine.export.ExportTree;
import org.zmqdesigner.engine.export.ExportedFile;
import org.zmqdesigner.engine.format.Samples;
import org.zmqdesigner.engine.format.TopologyFiles;
import org.zmqdesigner.engine.model.Topology;
import org.zmqdesigner.engine.runtime.Pyzmq;

/**
 * Python for the export's tests: Debian's python3 (with python3-zmq, which CI installs) under
 * {@code /usr/bin/python3}; a pyenv or virtualenv python3 first on the PATH often lacks pyzmq.
 * Tests that need it skip, with a JUnit assumption, where it is missing.
 */
final class PythonPrograms {
    static final Path PYTHON = Pyzmq.PYTHON;
    private static Boolean python;
    private static Boolean pyzmq;

    private PythonPrograms() {
    }

    static synchronized void assumePython() {
        if (python == null) {
            python = Files.isExecutable(PYTHON) && Pyzmq.exitsCleanly("import py_compile");
        }
        assumeTrue(python, PYTHON + " is missing: the Python export's compile checks are skipped");
    }

    static synchronized void assumePyzmq() {
        assumePython();
        if (pyzmq == null) {
            pyzmq = Pyzmq.exitsCleanly("import zmq");
        }
        assumeTrue(pyzmq, PYTHON + " cannot import zmq (install Debian's python3-zmq): running the export is skipped");
    }

    static Topology sample(String name) throws Exception {
        return new TopologyFiles().load(Samples.file(name));
    }

    /** Writes the export's files under {@code folder}. */
    static Path write(ExportTree tree, Path folder) throws IOException {
        Files.createDirectories(folder);
        for (ExportedFile file : tree.files()) {
            Path path = folder.resolve(file.path());
            Files.createDirectories(path.getParent());
            Files.write(path, file.content());
        }
        return folder;
    }

    /** The result of a finished program: its exit code and what it printed (stdout and stderr). */
    record Result(int exit, String output) {
    }

    /** Runs python3 with {@code args} in {@code folder}; kills it, failing, after the timeout. */
    static Result run(Path folder, long timeoutSeconds, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(PYTHON.toString());
        command.add("-u");
        command.addAll(List.of(args));
        Path out = Files.createTempFile("python-export-", ".out");
        try {
            Process p = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                    .redirectOutput(out.toFile()).start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                throw new AssertionError(String.join(" ", command) + " in " + folder + " did not end in "
                        + timeoutSeconds + " s; it printed:\n" + Files.readString(out, StandardCharsets.UTF_8));
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
        }
    }

    /** Each node's counts from the SUMMARY line run_all.py prints last; fails with the output without one. */
    static java.util.Map<String, com.fasterxml.jackson.databind.JsonNode> summary(Result result) throws IOException {
        String line = result.output().lines().filter(l -> l.startsWith("SUMMARY ")).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no SUMMARY line; the program printed:\n" + result.output()));
        com.fasterxml.jackson.databind.JsonNode nodes = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(line.substring("SUMMARY ".length())).get("nodes");
        java.util.Map<String, com.fasterxml.jackson.databind.JsonNode> counts = new java.util.LinkedHashMap<>();
        nodes.fields().forEachRemaining(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }
}
