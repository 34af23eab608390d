package org.zmqdesigner.app.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.prefs.Preferences;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.zmqdesigner.app.DesignerApp;
import org.zmqdesigner.app.DesignerWindow;
import org.zmqdesigner.engine.runtime.RunReport;

/**
 * Drives the designer's canvas with a live run of 100 nodes and 200 links at about 100,000
 * messages a second and reports how the FX thread copes: frame time (from the start of a pulse's
 * animation to the end of its layout, i.e. the FX thread's work per frame) at p50 and p99, the
 * interval between frames, and the FX thread's CPU share. Not a test: run it by hand (see README).
 *
 * <p>The topology: 50 sources each push 2,000 messages a second over inproc; 50 sinks each pull
 * from four of them (200 links), so every link carries about 500 messages a second. Nodes sit on a
 * 10 × 10 grid, fitted to the window (about 38 % zoom on a 1280 × 800 window).
 */
public final class CanvasBench extends Application {

    static final int SOURCES = 50;
    static final int SINKS = 50;
    static final int LINKS_PER_SINK = 4;
    static final double RATE_PER_SOURCE = 2_000;
    static final long WARMUP_NANOS = 5_000_000_000L;
    static final long MEASURE_NANOS = 20_000_000_000L;

    private static final CountDownLatch DONE = new CountDownLatch(1);

    public static void main(String[] args) throws Exception {
        Path design = Files.createTempFile("canvas-bench", ".zmqtopo");
        Files.writeString(design, topology());
        System.setProperty("canvas.bench.file", design.toString());
        Thread fx = new Thread(() -> Application.launch(CanvasBench.class), "bench-launcher");
        fx.setDaemon(true);
        fx.start();
        DONE.await();
        Files.deleteIfExists(design);
        System.exit(0);
    }

    /** 50 PUSH sources bound on inproc, 50 PULL sinks each connected to four of them. */
    public static String topology() {
        StringBuilder nodes = new StringBuilder();
        StringBuilder links = new StringBuilder();
        for (int i = 0; i < SOURCES; i++) {
            nodes.append(String.format(Locale.ROOT, """
                    {"id": "source-%d", "kind": "application", "position": {"x": %d.0, "y": %d.0},
                     "sockets": [{"id": "out", "type": "PUSH", "binds": ["inproc://source-%d"]}],
                     "behaviour": {"type": "source", "socket": "out", "rate": %.1f, "payload": "task {seq}"}},
                    """, i, (i / 10) * 220, (i % 10) * 90, i, RATE_PER_SOURCE));
        }
        int link = 0;
        for (int j = 0; j < SINKS; j++) {
            nodes.append(String.format(Locale.ROOT, """
                    {"id": "sink-%d", "kind": "application", "position": {"x": %d.0, "y": %d.0},
                     "sockets": [{"id": "in", "type": "PULL"}],
                     "behaviour": {"type": "sink", "socket": "in"}}%s
                    """, j, 1100 + (j / 10) * 220, (j % 10) * 90, j == SINKS - 1 ? "" : ","));
            for (int k = 0; k < LINKS_PER_SINK; k++) {
                int source = (j + k * 13) % SOURCES;
                links.append(String.format(Locale.ROOT, """
                        {"id": "l-%d", "from": {"node": "sink-%d", "socket": "in"},
                         "to": {"node": "source-%d", "socket": "out"}, "endpoint": "inproc://source-%d"}%s
                        """, link, j, source, source, link == SINKS * LINKS_PER_SINK - 1 ? "" : ","));
                link++;
            }
        }
        return "{\"formatVersion\": 1, \"title\": \"canvas bench\", \"nodes\": [" + nodes + "], \"links\": ["
                + links + "]}";
    }

    @Override
    public void start(Stage stage) throws Exception {
        Preferences preferences = Preferences.userRoot().node("zmq-designer-bench-" + UUID.randomUUID());
        Path recovery = Files.createTempDirectory("zmqd-bench");
        DesignerWindow window = DesignerApp.open(stage, Optional.of(Path.of(System.getProperty("canvas.bench.file"))),
                recovery, preferences);
        stage.show();
        window.canvas().fitToView();
        if (!window.document().diagnosticsProperty().get().stream()
                .noneMatch(d -> d.severity() == org.zmqdesigner.engine.validate.Severity.ERROR)) {
            System.err.println("bench design has errors: " + window.document().diagnosticsProperty().get());
            DONE.countDown();
            return;
        }
        new Measurement(window, preferences).begin();
    }

    /** Records every pulse on the FX thread, then prints the numbers and stops the run. */
    private static final class Measurement {
        private final DesignerWindow window;
        private final Preferences preferences;
        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        private final long[] frameNanos = new long[20_000];
        private final long[] intervalNanos = new long[20_000];
        private final long[] animationNanos = new long[20_000];
        private long preLayout;
        private int frames;
        private long pulseStart;
        private long previousPulse;
        private long runningSince;
        private long measureFrom;
        private long cpuFrom;
        private long fxThread;
        private RunReport reportFrom;

        Measurement(DesignerWindow window, Preferences preferences) {
            this.window = window;
            this.preferences = preferences;
        }

        void begin() {
            fxThread = Thread.currentThread().getId();
            // Started before the run's own timer, so it runs first in each pulse: the pulse's start.
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    pulseStart = System.nanoTime();
                    tick(now);
                }
            }.start();
            window.stage().getScene().addPreLayoutPulseListener(() -> preLayout = System.nanoTime());
            window.stage().getScene().addPostLayoutPulseListener(this::pulseEnd);
            window.runs().start();
        }

        private void tick(long now) {
            if (!window.runs().runningProperty().get()) {
                return;
            }
            if (runningSince == 0) {
                runningSince = now;
                System.out.println("run started; warming up " + WARMUP_NANOS / 1_000_000_000 + " s");
            }
            if (measureFrom == 0 && now - runningSince >= WARMUP_NANOS) {
                measureFrom = now;
                cpuFrom = threads.getThreadCpuTime(fxThread);
                reportFrom = window.runs().run().orElseThrow().report();
                previousPulse = 0;
            } else if (measureFrom != 0 && now - measureFrom >= MEASURE_NANOS) {
                finish(now);
            }
        }

        private void pulseEnd() {
            if (measureFrom == 0 || pulseStart == 0 || frames >= frameNanos.length) {
                return;
            }
            long end = System.nanoTime();
            frameNanos[frames] = end - pulseStart;
            animationNanos[frames] = preLayout > pulseStart ? preLayout - pulseStart : 0;
            intervalNanos[frames] = previousPulse == 0 ? 0 : pulseStart - previousPulse;
            previousPulse = pulseStart;
            frames++;
            pulseStart = 0;
        }

        private void finish(long now) {
            double wall = (now - measureFrom) / 1e9;
            double cpu = (threads.getThreadCpuTime(fxThread) - cpuFrom) / 1e9;
            RunReport report = window.runs().run().orElseThrow().report();
            long received = report.totals().received() - reportFrom.totals().received();
            long[] work = Arrays.copyOf(frameNanos, frames);
            long[] animation = Arrays.copyOf(animationNanos, frames);
            Arrays.sort(animation);
            long[] gaps = Arrays.stream(intervalNanos, 1, frames).filter(g -> g > 0).toArray();
            Arrays.sort(work);
            Arrays.sort(gaps);
            System.out.printf(Locale.ROOT, "nodes %d, links %d, measured %.1f s%n", SOURCES + SINKS,
                    SINKS * LINKS_PER_SINK, wall);
            System.out.printf(Locale.ROOT, "engine: %,.0f messages/s received%n", received / wall);
            System.out.printf(Locale.ROOT, "frames: %d (%.1f per s)%n", frames, frames / wall);
            System.out.printf(Locale.ROOT, "frame time (FX work per pulse): p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                    pct(work, 50), pct(work, 99), work.length == 0 ? 0 : work[work.length - 1] / 1e6);
            System.out.printf(Locale.ROOT, "  of which applying run events (animation phase): p50 %.2f ms, p99 %.2f ms%n",
                    pct(animation, 50), pct(animation, 99));
            System.out.printf(Locale.ROOT, "frame interval: p50 %.2f ms, p99 %.2f ms%n", pct(gaps, 50), pct(gaps, 99));
            System.out.printf(Locale.ROOT, "FX thread busy (CPU time / wall time): %.1f %%%n", 100 * cpu / wall);
            System.out.printf(Locale.ROOT, "machine: %d cores, %s %s%n", Runtime.getRuntime().availableProcessors(),
                    System.getProperty("os.name"), System.getProperty("java.version"));
            measureFrom = Long.MAX_VALUE / 2;
            window.runs().stop();
            Thread waiter = new Thread(() -> {
                long deadline = System.nanoTime() + 10_000_000_000L;
                while (window.runs().run().isPresent() && System.nanoTime() < deadline) {
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                try {
                    preferences.removeNode();
                } catch (java.util.prefs.BackingStoreException e) {
                    System.err.println("could not remove bench preferences: " + e.getMessage());
                }
                Platform.exit();
                DONE.countDown();
            }, "bench-finish");
            waiter.setDaemon(true);
            waiter.start();
        }

        private static double pct(long[] sorted, int p) {
            if (sorted.length == 0) {
                return 0;
            }
            int i = (int) Math.min(sorted.length - 1, Math.ceil(p / 100.0 * sorted.length) - 1);
            return sorted[Math.max(0, i)] / 1e6;
        }
    }
}
