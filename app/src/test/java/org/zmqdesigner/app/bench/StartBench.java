package org.zmqdesigner.app.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How long the built designer takes to start, and the command line to validate a sample. Each
 * start is a new process, as a user's is: the app image's launcher ({@code bin/zmq-designer FILE})
 * or, with {@code --java}, plain {@code java} over the image's jars. The designer's opt-in start
 * probe ({@code -Dzmqdesigner.startProbe=FILE}, see {@code app.StartProbe}) writes the wall clock at
 * the moment the window is interactive, with the design drawn and the FX thread idle; the time from
 * spawning the process to that moment is the start time. One launch first, not counted, so the
 * files are in the OS cache; then {@code --runs} launches (5 by default): min, median and max of
 * the wall time, and of the CPU time the process had used by then (less disturbed by other work
 * on a shared machine than the wall time). The command line is timed from spawn to exit.
 *
 * <p>Needs only a JDK and a display (Xvfb will do): run it as a source file from the checkout,
 * after {@code ./mvnw -o -q -Pinstaller package -DskipTests -Dinstaller.skipPackage=true}:
 * <pre>DISPLAY=:62 java app/src/test/java/org/zmqdesigner/app/bench/StartBench.java</pre>
 * Options: {@code --runs N}, {@code --design FILE} (default the hello-reqrep sample), {@code
 * --java} (plain {@code java -cp} instead of the launcher), {@code --jvm OPTION} (repeatable: extra
 * JVM options for the designer, e.g. to try a flag), {@code --no-cli}. The designer gets a
 * throw-away preferences root and recovery folder, so the user's settings neither change nor
 * change the result.
 */
public final class StartBench {

    static final Path IMAGE = Path.of("installer/target/jpackage/zmq-designer");
    static final Path CLI_JAR = Path.of("engine/target/zmq-designer-engine.jar");
    static final long TIMEOUT_SECONDS = 90;
    /** The probe's keys for CPU time by thread name. */
    static final String THREAD_CPU = "threadCpuMillis.";
    /** The probe's keys for the moments the start reached its phases. */
    static final String PHASE = "phase.";

    private int runs = 5;
    private Path design = Path.of("samples/hello-reqrep.zmqtopo");
    private boolean plainJava;
    private boolean cli = true;
    private final List<String> jvmOptions = new ArrayList<>();
    private Path scratch;

    public static void main(String[] args) throws Exception {
        StartBench bench = new StartBench();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> bench.runs = Integer.parseInt(args[++i]);
                case "--design" -> bench.design = Path.of(args[++i]);
                case "--java" -> bench.plainJava = true;
                case "--jvm" -> bench.jvmOptions.add(args[++i]);
                case "--no-cli" -> bench.cli = false;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        bench.run();
    }

    private void run() throws Exception {
        if (!Files.isDirectory(IMAGE.resolve("lib/app"))) {
            throw new IllegalStateException(IMAGE + " is missing: build it with ./mvnw -o -q -Pinstaller package"
                    + " -DskipTests -Dinstaller.skipPackage=true");
        }
        scratch = Files.createTempDirectory("zmqd-start-bench");
        try {
            describeMachine();
            designer();
            if (cli) {
                commandLine("CLI, java -jar " + CLI_JAR, List.of(javaExecutable(), "-jar", CLI_JAR.toString(),
                        "validate", design.toString()));
                commandLine("CLI, " + IMAGE + "/bin/zmq-designer-cli", List.of(
                        IMAGE.resolve("bin/zmq-designer-cli").toString(), "validate", design.toString()));
            }
            System.out.println("load average after: " + loadAverage() + "; host speed after: " + hostSpeed());
        } finally {
            try (Stream<Path> files = Files.walk(scratch)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private void describeMachine() throws IOException, InterruptedException {
        String cpu = Files.lines(Path.of("/proc/cpuinfo")).filter(l -> l.startsWith("model name")).findFirst()
                .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("?");
        Properties release = new Properties();
        try (InputStream in = Files.newInputStream(IMAGE.resolve("lib/runtime/release"))) {
            release.load(in);
        }
        System.out.printf(Locale.ROOT, "machine: %d cores (%s), %s %s%n", Runtime.getRuntime().availableProcessors(),
                cpu, System.getProperty("os.name"), System.getProperty("os.version"));
        System.out.println("JDK: image runtime " + release.getProperty("JAVA_VERSION", "?").replace("\"", "")
                + ", this java " + System.getProperty("java.version") + "; display " + System.getenv("DISPLAY"));
        System.out.println("commit: " + output(List.of("git", "describe", "--always", "--dirty")).trim());
        boolean archive = Files.isRegularFile(IMAGE.resolve("lib/app/zmq-designer.jsa"));
        System.out.println("class-data archive in the image: " + (archive ? "yes" : "no"));
        System.out.println("design: " + design + "; " + runs + " runs after 1 uncounted launch (warm file cache)");
        System.out.println("load average before: " + loadAverage());
        System.out.println("host speed now: " + hostSpeed());
    }

    /**
     * The image's bare JVM start ({@code java -version}, median of 7 after one): a yardstick for the
     * host's speed at the time of the run. On a shared virtual machine the same commit's start
     * moved by a third between hours; with this beside it, runs at different times can be compared.
     */
    private static String hostSpeed() throws IOException, InterruptedException {
        List<String> command = List.of(IMAGE.resolve("lib/runtime/bin/java").toString(), "-version");
        long[] wall = new long[7];
        output(command);
        for (int i = 0; i < wall.length; i++) {
            long start = System.nanoTime();
            output(command);
            wall[i] = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        }
        return "the image's java -version takes " + median(wall) + " ms (median of 7; lower is faster)";
    }

    private void designer() throws Exception {
        String how = plainJava ? "plain java -cp over " + IMAGE + "/lib/app" : IMAGE + "/bin/zmq-designer";
        System.out.println();
        System.out.println("designer, " + how + (jvmOptions.isEmpty() ? "" : ", JVM options " + jvmOptions));
        // The uncounted launch also asks JavaFX which renderer it chose.
        Launch warm = launchDesigner(List.of("-Dprism.verbose=true"));
        String renderer = warm.output.lines().filter(l -> l.contains("pipeline name")).findFirst()
                .map(l -> l.substring(l.lastIndexOf('.') + 1)).orElse("?");
        System.out.println("renderer: " + renderer + "; JVM: " + warm.probe.getProperty("vmInfo"));
        long[] wall = new long[runs];
        long[] cpu = new long[runs];
        Map<String, long[]> threads = new TreeMap<>();
        Map<String, long[]> phases = new TreeMap<>();
        for (int i = 0; i < runs; i++) {
            Launch launch = launchDesigner(List.of());
            for (String key : launch.probe.stringPropertyNames()) {
                if (key.startsWith(THREAD_CPU)) {
                    threads.computeIfAbsent(key.substring(THREAD_CPU.length()), k -> new long[runs])[i] =
                            Long.parseLong(launch.probe.getProperty(key));
                } else if (key.startsWith(PHASE)) {
                    phases.computeIfAbsent(key.substring(PHASE.length()), k -> new long[runs])[i] =
                            Long.parseLong(launch.probe.getProperty(key)) - launch.spawnedEpochMillis;
                }
            }
            wall[i] = Long.parseLong(launch.probe.getProperty("interactiveEpochMillis")) - launch.spawnedEpochMillis;
            cpu[i] = Long.parseLong(launch.probe.getProperty("cpuMillis"));
            System.out.printf(Locale.ROOT, "  run %d: %d ms to interactive, %d ms CPU%n", i + 1, wall[i], cpu[i]);
        }
        System.out.println("designer start (spawn → interactive window): " + stats(wall));
        System.out.println("designer CPU time until interactive:        " + stats(cpu));
        System.out.println("  of which, by thread (median ms; compiler and GC threads added up):");
        threads.entrySet().stream().map(e -> Map.entry(e.getKey(), median(e.getValue())))
                .filter(e -> e.getValue() >= 20).sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> System.out.printf(Locale.ROOT, "    %-24s %5d%n", e.getKey(), e.getValue()));
        printPhases(phases, median(wall));
    }

    /**
     * Where the wall time went: the median moment each phase of the start was reached (the
     * designer's own marks, see {@code app.StartPhases}), and the step from the phase before.
     */
    private static void printPhases(Map<String, long[]> phases, long interactive) {
        if (phases.isEmpty()) {
            return;
        }
        System.out.println("  phases (median ms since spawn; step from the previous):");
        List<Map.Entry<String, Long>> reached = new ArrayList<>(phases.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), median(e.getValue()))).sorted(Map.Entry.comparingByValue()).toList());
        reached.add(Map.entry("interactive", interactive));
        long before = 0;
        for (Map.Entry<String, Long> phase : reached) {
            System.out.printf(Locale.ROOT, "    %-12s %5d  +%d%n", phase.getKey(), phase.getValue(), phase.getValue() - before);
            before = phase.getValue();
        }
    }

    private record Launch(long spawnedEpochMillis, Properties probe, String output) {
    }

    private Launch launchDesigner(List<String> moreOptions) throws Exception {
        Path report = Files.createTempFile(scratch, "probe", ".properties");
        Files.delete(report);
        List<String> options = new ArrayList<>(List.of("-Dzmqdesigner.startProbe=" + report,
                "-Djava.util.prefs.userRoot=" + scratch.resolve("prefs"),
                "-Dzmqdesigner.recovery=" + scratch.resolve("recovery")));
        options.addAll(jvmOptions);
        options.addAll(moreOptions);
        List<String> command = new ArrayList<>();
        ProcessBuilder builder = new ProcessBuilder(command);
        if (plainJava) {
            Path lib = IMAGE.resolve("lib/app");
            command.add(javaExecutable());
            command.addAll(options);
            command.add("-Dzmqdesigner.samples=" + lib.resolve("samples"));
            command.addAll(List.of("--module-path", "installer/target/jpackage-modules", "--add-modules",
                    "javafx.controls,javafx.swing", "-cp", jars(lib), "org.zmqdesigner.app.Launcher"));
        } else {
            command.add(IMAGE.resolve("bin/zmq-designer").toString());
            // The launcher reads its own options from its .cfg; the JVM adds these.
            builder.environment().put("JAVA_TOOL_OPTIONS", String.join(" ", options));
        }
        command.add(design.toAbsolutePath().toString());
        builder.redirectErrorStream(true);
        long spawned = System.currentTimeMillis();
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0 || !Files.exists(report)) {
            process.destroyForcibly();
            throw new IllegalStateException("the designer did not start and exit cleanly (exit "
                    + (process.isAlive() ? "none" : process.exitValue()) + "):\n" + output);
        }
        Properties probe = new Properties();
        try (InputStream in = Files.newInputStream(report)) {
            probe.load(in);
        }
        return new Launch(spawned, probe, output);
    }

    private void commandLine(String label, List<String> command) throws Exception {
        System.out.println();
        System.out.println(label + " validate " + design);
        long[] wall = new long[runs];
        for (int i = -1; i < runs; i++) {
            long start = System.nanoTime();
            String out = output(command);
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            if (i < 0) {
                System.out.println("  says: " + out.lines().findFirst().orElse(""));
            } else {
                wall[i] = millis;
            }
        }
        System.out.println("CLI validate (spawn → exit): " + stats(wall));
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String stats(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "min %d ms, median %d ms, max %d ms", sorted[0], sorted[sorted.length / 2],
                sorted[sorted.length - 1]);
    }

    private static String jars(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".jar")).sorted().map(Path::toString)
                    .collect(Collectors.joining(java.io.File.pathSeparator));
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String loadAverage() throws IOException {
        return String.join(" ", Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).split(" "), 3));
    }

    private static String output(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(command + " did not end within " + TIMEOUT_SECONDS + " s");
        }
        return out;
    }

    private StartBench() {
    }
}
