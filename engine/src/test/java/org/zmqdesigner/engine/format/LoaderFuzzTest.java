package org.zmqdesigner.engine.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.zmqdesigner.engine.model.Topology;
import org.zmqdesigner.engine.validate.Validator;

/**
 * Every shipped sample, damaged a few hundred ways with a fixed seed (see {@link LoaderMutations}):
 * loading either gives a topology, which then validates and saves and loads back the same, or
 * refuses the file with a {@link TopologyLoadException} that names the file and the line and column.
 * Never another exception or error, and never a class named in the file initialised.
 *
 * <p>A failure names the case and its seed; {@code -Dzmqdesigner.fuzz.case=N} runs that case alone,
 * and the damaged file is kept under {@code target/fuzz-failures/}.
 */
class LoaderFuzzTest {

    static final long SEED = 20261201L;
    static final int CASES = 600;

    private final TopologyFiles files = new TopologyFiles();
    private final TopologyFormat format = files.format();
    private final Validator validator = new Validator();
    private final LoaderMutations mutations = new LoaderMutations();

    private int loaded;
    private int refused;
    private long slowestNanos;
    private int slowestCase;

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void damaged_samples_load_or_are_refused_with_a_located_sentence_and_run_no_code(@TempDir Path dir)
            throws Exception {
        List<Path> samples = Samples.files();
        assertThat(samples).as("samples in %s", Samples.folder()).hasSizeGreaterThanOrEqualTo(5);
        List<byte[]> originals = new ArrayList<>();
        for (Path sample : samples) {
            originals.add(Files.readAllBytes(sample));
        }
        String only = System.getProperty("zmqdesigner.fuzz.case");
        List<String> failures = new ArrayList<>();
        long start = System.nanoTime();
        for (int index = 0; index < CASES; index++) {
            if (only != null && Integer.parseInt(only) != index) {
                continue;
            }
            long seed = caseSeed(index);
            int which = index % samples.size();
            LoaderMutations.Mutated mutated = mutations.mutate(originals.get(which), new Random(seed));
            Path file = dir.resolve("case-" + index + TopologyFormat.EXTENSION);
            Files.write(file, mutated.bytes());
            String failure = check(index, file, dir);
            if (failure == null && FuzzProbe.Witness.INITIALISED.get()) {
                failure = "the file got " + LoaderMutations.PROBE + " initialised";
            }
            if (failure != null) {
                failures.add(String.format("case %d (seed %d, -Dzmqdesigner.fuzz.case=%d): %s after %s: %s", index,
                        seed, index, samples.get(which).getFileName(), mutated.steps(), failure));
                keep(index, mutated.bytes());
                if (FuzzProbe.Witness.INITIALISED.get()) {
                    break; // every later case would be blamed for it too
                }
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("loader fuzz: %d cases over %d samples (seed %d) in %d ms: %d loaded, %d refused;"
                + " slowest case %d took %d ms%n", only == null ? CASES : 1, samples.size(), SEED, millis, loaded,
                refused, slowestCase, slowestNanos / 1_000_000);

        assertThat(failures).as("%d of %d damaged files were mishandled", failures.size(), CASES).isEmpty();
        if (only == null) {
            // Both outcomes must be common, or the damage is too mild (or too wild) to test anything.
            assertThat(loaded).as("damaged files that still loaded").isGreaterThan(CASES / 10);
            assertThat(refused).as("damaged files refused").isGreaterThan(CASES / 2);
        }
    }

    @Test
    void the_probe_tells_when_something_initialises_it() throws Exception {
        // In a loader of its own, so this test's initialisation leaves the fuzz's witness untouched.
        try (URLClassLoader isolated = new URLClassLoader(
                new URL[] {FuzzProbe.class.getProtectionDomain().getCodeSource().getLocation()}, null)) {
            Class<?> witness = Class.forName(FuzzProbe.Witness.class.getName(), true, isolated);
            java.lang.reflect.Field field = witness.getDeclaredField("INITIALISED");
            field.setAccessible(true);
            AtomicBoolean initialised = (AtomicBoolean) field.get(null);
            assertThat(initialised).as("before").isFalse();

            Class.forName(LoaderMutations.PROBE, true, isolated);

            assertThat(initialised).as("after").isTrue();
        }
    }

    /** What went wrong with one damaged file, or null when it was handled well. */
    private String check(int index, Path file, Path dir) {
        long started = System.nanoTime();
        try {
            Topology topology;
            try {
                topology = files.load(file);
            } catch (TopologyLoadException e) {
                refused++;
                return problemWith(e, file);
            }
            loaded++;
            validator.validate(topology);
            String text = format.write(topology);
            Topology again = format.read(text.getBytes(StandardCharsets.UTF_8), "again");
            if (!again.equals(topology) || !format.write(again).equals(text)) {
                return "loaded, but saving and loading it again gives another design";
            }
            Path saved = dir.resolve("saved-" + index + TopologyFormat.EXTENSION);
            files.save(topology, saved);
            if (!files.load(saved).equals(topology)) {
                return "loaded, but the saved file loads as another design";
            }
            return null;
        } catch (Throwable t) {
            return "threw " + stackTrace(t);
        } finally {
            long took = System.nanoTime() - started;
            if (took > slowestNanos) {
                slowestNanos = took;
                slowestCase = index;
            }
        }
    }

    /** A refusal must read "FILE:LINE:COLUMN: [path: ]problem" on one line, without Java's words. */
    private static String problemWith(TopologyLoadException e, Path file) {
        String message = e.getMessage();
        if (!e.source().equals(file.toString()) || !message.startsWith(file + ":")) {
            return "refused without naming the file: " + message;
        }
        boolean wholeFile = e.problem().startsWith("the file is empty");
        if (!wholeFile && (e.line() < 1 || e.column() < 1)) {
            return "refused without a line and column: " + message;
        }
        // The file's own words may be quoted back (the class names the mutations put in); Java's may not.
        String said = message;
        for (String named : LoaderMutations.CLASS_NAMES) {
            said = said.replace(named, "");
        }
        if (said.contains("\n") || said.contains("Exception") || said.contains("com.fasterxml") || said.contains("java.")
                || said.contains("org.zmqdesigner") || said.contains("[Source:") || said.contains("REDACTED")
                || said.contains("StreamRead")) {
            return "refused in Java's words: " + message;
        }
        return null;
    }

    static long caseSeed(int index) {
        return SEED * 1_000_003L + index;
    }

    private static void keep(int index, byte[] bytes) {
        try {
            Path folder = Files.createDirectories(Path.of("target", "fuzz-failures"));
            Files.write(folder.resolve("case-" + index + TopologyFormat.EXTENSION), bytes);
        } catch (Exception e) {
            // Only a convenience: the case's seed reproduces it.
        }
    }

    private static String stackTrace(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        String trace = out.toString();
        return trace.length() > 3_000 ? trace.substring(0, 3_000) + "…" : trace;
    }
}
