package org.zmqdesigner.engine.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.zmqdesigner.engine.format.TopologyFiles;
import org.zmqdesigner.engine.format.TopologyFormat;
import org.zmqdesigner.engine.format.TopologyLoadException;
import org.zmqdesigner.engine.model.Topology;
import org.zmqdesigner.engine.validate.Diagnostic;
import org.zmqdesigner.engine.validate.LargeDesigns;
import org.zmqdesigner.engine.validate.Validator;

/**
 * How long {@code validate} takes on large designs: for each size, a {@link LargeDesigns#mixed}
 * design is written to a temporary file, then loaded and validated as the CLI does, best of a few
 * rounds after a warm-up. A report, not a test: it prints a Markdown table and always ends
 * normally. The name does not end in Test, so surefire leaves it alone.
 *
 * <p>Run from the repository root with {@code .ci/bench validation}, which starts it in a JVM of
 * its own. Options follow the name as {@code key=value}: {@code sizes=5000,20000,50000} (nodes),
 * {@code rounds=5}, {@code write=DIR} (also keep each design as DIR/large-N.zmqtopo, to time the
 * CLI on it).
 */
public final class ValidationBench {

    private ValidationBench() {
    }

    public static void main(String[] args) throws IOException, TopologyLoadException {
        List<Integer> sizes = List.of(5_000, 20_000, 50_000);
        int rounds = 5;
        Path keep = null;
        for (String arg : args) {
            String[] kv = arg.split("=", 2);
            switch (kv[0]) {
                case "sizes" -> sizes = Arrays.stream(kv[1].split(",")).map(Integer::parseInt).toList();
                case "rounds" -> rounds = Integer.parseInt(kv[1]);
                case "write" -> keep = Path.of(kv[1]);
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        BenchEnvironment.describe("ValidationBench: load and validate large designs")
                .with("options", "sizes=" + sizes.stream().map(String::valueOf).collect(Collectors.joining(","))
                        + " rounds=" + rounds + " (best of the rounds, after one warm-up load and validation)")
                .print(System.out);
        TopologyFormat format = new TopologyFormat();
        List<String> rows = new ArrayList<>();
        for (int size : sizes) {
            Topology design = LargeDesigns.mixed(size);
            byte[] bytes = format.write(design).getBytes(StandardCharsets.UTF_8);
            Path file = keep == null ? Files.createTempFile("large-", TopologyFormat.EXTENSION)
                    : keep.resolve("large-" + size + TopologyFormat.EXTENSION);
            Files.write(file, bytes);
            try {
                warmUp(file);
                double bestLoad = Double.MAX_VALUE;
                double bestValidate = Double.MAX_VALUE;
                int diagnostics = 0;
                for (int r = 0; r < rounds; r++) {
                    System.gc(); // the garbage of the round before is not this round's cost
                    long t0 = System.nanoTime();
                    Topology loaded = new TopologyFiles().load(file);
                    long t1 = System.nanoTime();
                    List<Diagnostic> found = new Validator().validate(loaded);
                    long t2 = System.nanoTime();
                    bestLoad = Math.min(bestLoad, (t1 - t0) / 1e9);
                    bestValidate = Math.min(bestValidate, (t2 - t1) / 1e9);
                    diagnostics = found.size();
                }
                System.out.printf(Locale.ROOT, "%,d nodes: load %.2f s, validate %.2f s%n", design.nodes().size(),
                        bestLoad, bestValidate);
                rows.add(String.format(Locale.ROOT, "| %,d | %,d | %.1f MB | %,d | %.2f | %.2f |",
                        design.nodes().size(), design.links().size(), bytes.length / 1e6, diagnostics, bestLoad,
                        bestValidate));
            } finally {
                if (keep == null) {
                    Files.deleteIfExists(file);
                }
            }
        }
        System.out.println();
        System.out.println("| nodes | links | file | diagnostics | load s | validate s |");
        System.out.println("|---:|---:|---:|---:|---:|---:|");
        rows.forEach(System.out::println);
    }

    /** One untimed load and validation, so the JIT has compiled both before the clock runs. */
    private static void warmUp(Path file) throws TopologyLoadException {
        new Validator().validate(new TopologyFiles().load(file));
    }
}
