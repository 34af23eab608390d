package org.zmqdesigner.engine.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Programs written in Python with pyzmq, so libzmq itself joins a running design: Debian's
 * {@code python3-zmq} under {@code /usr/bin/python3} (a pyenv or virtualenv python3 first on the
 * PATH often lacks it).
 */
public final class Pyzmq {
    public static final Path PYTHON = Path.of("/usr/bin/python3");
    private static Boolean available;

    private Pyzmq() {
    }

    /** Whether {@code /usr/bin/python3 -c 'import zmq'} works; asked once per test run. */
    static synchronized boolean available() {
        if (available == null) {
            available = Files.isExecutable(PYTHON) && exitsCleanly("import zmq");
        }
        return available;
    }

    static String unavailable() {
        return PYTHON + " cannot import zmq (install Debian's python3-zmq); the libzmq half of this test is skipped";
    }

    /** Whether {@code python3 -c script} exits 0 within 20 s; also used by the Python export's tests. */
    public static boolean exitsCleanly(String script) {
        try {
            Process p = new ProcessBuilder(PYTHON.toString(), "-c", script).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Runs the script and returns what it printed, one element a line; fails with its output when
     * it exits with an error (a pyzmq receive timeout raises zmq.Again) or outlives the timeout.
     */
    static List<String> run(String script, long timeoutSeconds) throws IOException, InterruptedException {
        Path out = Files.createTempFile("pyzmq-", ".out");
        try {
            Process p = new ProcessBuilder(PYTHON.toString(), "-u", "-c", script).redirectErrorStream(true)
                    .redirectOutput(out.toFile()).start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                throw new AssertionError("the pyzmq program did not finish in " + timeoutSeconds + " s; it printed:\n"
                        + Files.readString(out, StandardCharsets.UTF_8));
            }
            String printed = Files.readString(out, StandardCharsets.UTF_8);
            if (p.exitValue() != 0) {
                throw new AssertionError("the pyzmq program failed (exit " + p.exitValue() + "):\n" + printed);
            }
            return printed.lines().toList();
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
