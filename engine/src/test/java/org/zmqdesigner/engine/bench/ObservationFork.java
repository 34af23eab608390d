package org.zmqdesigner.engine.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One {@link ObservationBench} round in a JVM of its own, as JMH forks: what the JIT makes of the
 * shared JeroMQ code and of the engine's loops, and where the long-lived objects land, is decided
 * once per JVM and then holds. In one JVM every round of PUSH→PULL tcp read 0.87 to 0.91 and in the
 * next every round 0.93 to 1.00; PUSH→PULL inproc in four JVMs, three rounds each: 0.82-0.92,
 * 0.84-1.04, 0.79-1.02, 1.01-1.14. Rounds in one JVM sample that luck once; rounds in their own
 * JVMs sample it five times, and the median is the typical JVM.
 *
 * <p>The child is the same main class with the parent's JVM options and class path and two more
 * options: {@value #ROUND} (which round, so bare and engine alternate as in one JVM) and
 * {@value #OUT} (a file for the samples). Its output goes to the parent's; the samples come back
 * as serialized {@link ObservationBench.Sample}s, not as text to parse.
 */
final class ObservationFork {

    static final String ROUND = "round";
    static final String OUT = "out";

    private ObservationFork() {
    }

    /** Runs round {@code r} in a child JVM and returns its samples by case key ({bare, engine}). */
    static Map<String, ObservationBench.Sample[]> round(String[] args, int r, long timeoutSeconds) {
        Path out = null;
        try {
            out = Files.createTempFile("observation-round-", ".ser");
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
            command.add("-cp");
            command.add(System.getProperty("java.class.path"));
            command.add(ObservationBench.class.getName());
            for (String arg : args) {
                command.add(arg);
            }
            command.add(ROUND + "=" + r);
            command.add(OUT + "=" + out);
            Process child = new ProcessBuilder(command).inheritIO().start();
            if (!child.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                child.destroyForcibly();
                throw new IllegalStateException("round " + (r + 1) + " did not end within " + timeoutSeconds + " s");
            }
            if (child.exitValue() != 0 || Files.size(out) == 0) {
                throw new IllegalStateException("round " + (r + 1) + "'s JVM ended with status " + child.exitValue()
                        + " and no samples");
            }
            try (InputStream in = Files.newInputStream(out); ObjectInputStream objects = new ObjectInputStream(in)) {
                @SuppressWarnings("unchecked")
                Map<String, ObservationBench.Sample[]> samples = (Map<String, ObservationBench.Sample[]>) objects.readObject();
                return samples;
            }
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("round " + (r + 1) + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted in round " + (r + 1), e);
        } finally {
            if (out != null) {
                try {
                    Files.deleteIfExists(out);
                } catch (IOException e) {
                    // a temporary file left behind is no reason to lose the figures
                }
            }
        }
    }

    /** The child's side: writes its samples where the parent reads them. */
    static void answer(String file, Map<String, ObservationBench.Sample[]> samples) {
        try (OutputStream os = Files.newOutputStream(Path.of(file)); ObjectOutputStream objects = new ObjectOutputStream(os)) {
            objects.writeObject(new LinkedHashMap<>(samples));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
