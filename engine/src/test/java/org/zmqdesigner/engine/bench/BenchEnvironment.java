package org.zmqdesigner.engine.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The header every benchmark prints first: when, on what machine, JDK and commit it ran, so a
 * figure can be quoted with what it was measured on. A caller adds its own lines (a canvas adds
 * display, renderer and window size) before printing.
 *
 * <p>The commit comes from {@code -Dbench.commit=} (the bench script passes it), else from git
 * in the working directory; "-dirty" marks uncommitted changes.
 */
public final class BenchEnvironment {

    private final String benchmark;
    private final Map<String, String> lines = new LinkedHashMap<>();

    private BenchEnvironment(String benchmark) {
        this.benchmark = benchmark;
        lines.put("date", ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"))
                + " UTC");
        lines.put("commit", commit());
        lines.put("machine", machine());
        lines.put("load", load());
        lines.put("JDK", jdk());
        lines.put("JVM options", jvmOptions());
    }

    /** The facts of this JVM and machine, read now. */
    public static BenchEnvironment describe(String benchmark) {
        return new BenchEnvironment(benchmark);
    }

    /** Adds (or replaces) one line: "display", "renderer", "window", "options". */
    public BenchEnvironment with(String name, String value) {
        lines.put(name, value);
        return this;
    }

    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add("=== " + benchmark + " ===");
        lines.forEach((name, value) -> out.add(String.format(Locale.ROOT, "%-12s %s", name, value)));
        return out;
    }

    public void print(PrintStream out) {
        lines().forEach(out::println);
        out.println();
    }

    /** The short commit, "-dirty" when the work tree differs from it; "unknown" without git. */
    public static String commit() {
        String given = System.getProperty("bench.commit", "").trim();
        if (!given.isEmpty()) {
            return given;
        }
        Optional<String> head = git("rev-parse", "--short", "HEAD");
        if (head.isEmpty()) {
            return "unknown";
        }
        boolean dirty = git("status", "--porcelain").map(s -> !s.isBlank()).orElse(false);
        return head.get() + (dirty ? "-dirty" : "");
    }

    static String machine() {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        String cpu = ProcFiles.system().read("cpuinfo").flatMap(BenchEnvironment::cpuModel)
                .orElse(System.getProperty("os.arch"));
        return String.format(Locale.ROOT, "%s, %d cores available, %.1f GiB RAM, %s %s (%s)", cpu,
                Runtime.getRuntime().availableProcessors(), os.getTotalMemorySize() / (double) (1L << 30),
                System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("os.arch"));
    }

    /** The first "model name" (x86) or "Hardware"/"Model" (ARM) line of /proc/cpuinfo. */
    static Optional<String> cpuModel(String cpuinfo) {
        for (String key : List.of("model name", "Hardware", "Model")) {
            for (String line : cpuinfo.split("\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equals(key)) {
                    return Optional.of(line.substring(colon + 1).trim()).filter(s -> !s.isEmpty());
                }
            }
        }
        return Optional.empty();
    }

    /** Load average over 1, 5 and 15 minutes at the start: how busy the machine was before we began. */
    static String load() {
        Optional<String> proc = ProcFiles.system().read("loadavg").map(s -> s.trim().split("\\s+"))
                .filter(f -> f.length >= 3).map(f -> f[0] + " " + f[1] + " " + f[2] + " (1, 5, 15 min) at start");
        return proc.orElseGet(() -> {
            double one = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            return one < 0 ? "not available" : String.format(Locale.ROOT, "%.2f (1 min) at start", one);
        });
    }

    static String jdk() {
        String gc = ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
                .collect(Collectors.joining(" + "));
        return String.format(Locale.ROOT, "%s %s %s, GC %s, heap max %.1f GiB", System.getProperty("java.vm.vendor"),
                System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"), gc,
                Runtime.getRuntime().maxMemory() / (double) (1L << 30));
    }

    /** The JVM's own options; a long one (a path list) is cut to 80 characters. */
    static String jvmOptions() {
        List<String> args = new ArrayList<>();
        List<String> input = ManagementFactory.getRuntimeMXBean().getInputArguments();
        for (String arg : input) {
            args.add(arg.length() > 80 ? arg.substring(0, 77) + "..." : arg);
        }
        return args.isEmpty() ? "(none)" : String.join(" ", args);
    }

    private static Optional<String> git(String... command) {
        List<String> line = new ArrayList<>();
        line.add("git");
        line.addAll(List.of(command));
        try {
            Process git = new ProcessBuilder(line).redirectErrorStream(true).start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return git.waitFor() == 0 ? Optional.of(out) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
