package org.zmqdesigner.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Opt-in start-time probe, off unless the system property {@value #PROPERTY} names a file (the
 * start benchmark, {@code StartBench}, and the installer's class-data training run set it). When
 * the window is interactive it writes, as {@code key=value} lines, the wall clock of that moment
 * ({@code interactiveEpochMillis}, to compare with the moment the process was spawned), the time
 * since the process started, the process's CPU time so far, in all and by thread, and the JVM's
 * {@code java.vm.info} (which says "sharing" when class data sharing is on); then it closes the window as File →
 * Exit does, so the process ends normally with code 0.
 *
 * <p>"Interactive" means: the window is shown with the design loaded and fitted, the pulse that
 * laid it out and the next one have passed (a pulse waits for the previous frame to be rendered),
 * and a task posted after them has run: the FX thread is idle and takes input.
 */
final class StartProbe {

    static final String PROPERTY = "zmqdesigner.startProbe";
    /** The pulse after the one that laid out the loaded design: by then that frame was rendered. */
    private static final int PULSES = 2;
    /** The key prefix of {@link StartPhases}' marks, in the order reached: {@code phase.NAME=epochMillis}. */
    static final String PHASE = "phase.";

    private final DesignerWindow window;
    private final Path file;
    private int pulses;

    private StartProbe(DesignerWindow window, Path file) {
        this.window = window;
        this.file = file;
    }

    /** Arms the probe when it was asked for; call on the FX thread once the design is on the canvas. */
    static void armIfAsked(DesignerWindow window) {
        String file = System.getProperty(PROPERTY);
        if (file != null && !file.isBlank()) {
            new StartProbe(window, Path.of(file)).arm();
        }
    }

    private void arm() {
        StartPhases.mark("fitted");
        Scene scene = window.stage().getScene();
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                if (++pulses < PULSES) {
                    Platform.requestNextPulse();
                    return;
                }
                scene.removePostLayoutPulseListener(this);
                Platform.runLater(StartProbe.this::report);
            }
        });
        Platform.requestNextPulse();
    }

    private void report() {
        long now = System.currentTimeMillis();
        ProcessHandle.Info process = ProcessHandle.current().info();
        Properties found = new Properties();
        found.setProperty("interactiveEpochMillis", Long.toString(now));
        found.setProperty("sinceProcessStartMillis", process.startInstant()
                .map(s -> Long.toString(Duration.between(s, Instant.ofEpochMilli(now)).toMillis())).orElse("-1"));
        found.setProperty("cpuMillis", process.totalCpuDuration().map(d -> Long.toString(d.toMillis())).orElse("-1"));
        found.setProperty("vmInfo", System.getProperty("java.vm.info"));
        StartPhases.marks().forEach((phase, at) -> found.setProperty(PHASE + phase, Long.toString(at)));
        threadCpu().forEach((name, millis) -> found.setProperty("threadCpuMillis." + name, Long.toString(millis)));
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            found.store(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException("start probe: cannot write " + file, e);
        } finally {
            window.exit();
        }
    }

    /**
     * CPU time by thread name so far (Linux: {@code /proc/self/task/}*{@code /stat}, in ticks of
     * 10 ms; threads of one name, such as the compiler threads, added up). Empty elsewhere.
     */
    private static Map<String, Long> threadCpu() {
        Map<String, Long> byName = new TreeMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            tasks.forEach(task -> {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("[^\\w-]+$", "")
                            .replaceAll("\\d+$", "");
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    byName.merge(name.replace(' ', '_'), ticks * 10, Long::sum);
                } catch (IOException | RuntimeException e) {
                    // A thread that ended meanwhile.
                }
            });
        } catch (IOException e) {
            return Map.of();
        }
        return byName;
    }
}
