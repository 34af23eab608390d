package org.zmqdesigner.app.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.zmqdesigner.app.DesignerApp;
import org.zmqdesigner.app.DesignerWindow;
import org.zmqdesigner.engine.bench.BenchEnvironment;

/**
 * Drives the designer's canvas with a live run and reports how the FX thread copes: its work per
 * frame (from the start of a pulse's animation to the end of its layout) at p50 and p99, the
 * interval between frames, the CPU of every thread group (render, FX, engine, JIT, GC) and of the
 * whole machine, and the targets with PASS or FAIL. Not a test: run it with
 * {@code .ci/bench canvas} (see README), which starts it in a JVM of its own.
 *
 * <p>Two designs, chosen with {@code nodes=}: 100 (the default) is 50 sources each pushing 2,000
 * messages a second over inproc and 50 sinks each pulling from four of them (200 links, 100,000
 * messages a second, about 500 a link); 20 is a classroom's 10 sources and 10 sinks, 40 links,
 * 20,000 messages a second. Nodes sit on a grid, fitted to the window. Other options:
 * {@code window=1280x800} (or 1600x1000), {@code warmup=30} and {@code measure=20} (seconds).
 */
public final class CanvasBench extends Application {

    static final int SOURCES = 50;
    static final int SINKS = 50;
    static final int LINKS_PER_SINK = 4;
    static final double RATE_PER_SOURCE = 2_000;

    /** What one run measures; set by {@link #main} before the FX toolkit starts. */
    record Options(int sources, int sinks, int width, int height, double warmupSeconds, double measureSeconds) {
        int nodes() {
            return sources + sinks;
        }

        int links() {
            return sinks * LINKS_PER_SINK;
        }

        double designedRate() {
            return sources * RATE_PER_SOURCE;
        }

        /** 60 fps is asked of a classroom's design, 30 fps of the large one. */
        boolean classroom() {
            return nodes() <= 20;
        }

        static Options parse(String[] args) {
            Map<String, String> opts = new LinkedHashMap<>();
            for (String arg : args) {
                String[] kv = arg.split("=", 2);
                if (kv.length != 2) {
                    throw new IllegalArgumentException("expected key=value, got \"" + arg + "\"");
                }
                opts.put(kv[0].toLowerCase(Locale.ROOT), kv[1]);
            }
            int nodes = Integer.parseInt(opts.getOrDefault("nodes", "100"));
            if (nodes != 100 && nodes != 20) {
                throw new IllegalArgumentException("nodes is 100 or 20, not " + nodes);
            }
            String[] window = opts.getOrDefault("window", "1280x800").toLowerCase(Locale.ROOT).split("x");
            Options options = new Options(nodes / 2, nodes / 2, Integer.parseInt(window[0]),
                    Integer.parseInt(window[1]), Double.parseDouble(opts.getOrDefault("warmup", "30")),
                    Double.parseDouble(opts.getOrDefault("measure", "20")));
            opts.keySet().removeAll(java.util.List.of("nodes", "window", "warmup", "measure"));
            if (!opts.isEmpty()) {
                throw new IllegalArgumentException("unknown options " + opts.keySet()
                        + " (known: nodes=100|20 window=WxH warmup=S measure=S)");
            }
            return options;
        }

        String describe() {
            return String.format(Locale.ROOT, "nodes=%d (%d links, %,.0f msg/s designed) window=%dx%d"
                    + " warmup=%.0f s measure=%.0f s", nodes(), links(), designedRate(), width, height, warmupSeconds,
                    measureSeconds);
        }
    }

    private static final CountDownLatch DONE = new CountDownLatch(1);
    private static volatile Options options;
    private static volatile int exitStatus;

    public static void main(String[] args) throws Exception {
        options = Options.parse(args);
        Path design = Files.createTempFile("canvas-bench", ".zmqtopo");
        Files.writeString(design, topology(options.sources(), options.sinks()));
        System.setProperty("canvas.bench.file", design.toString());
        Thread fx = new Thread(() -> Application.launch(CanvasBench.class), "bench-launcher");
        fx.setDaemon(true);
        fx.start();
        DONE.await();
        Files.deleteIfExists(design);
        System.exit(exitStatus);
    }

    /** 50 PUSH sources bound on inproc, 50 PULL sinks each connected to four of them. */
    public static String topology() {
        return topology(SOURCES, SINKS);
    }

    /**
     * PUSH sources bound on inproc, each sending {@value #RATE_PER_SOURCE} messages a second, and as
     * many PULL sinks each connected to four of them (every source then has four sinks). Nodes
     * stand in columns of ten (of five in a small design, so that it fills the window); the sinks'
     * columns start at x = 1,100 for 100 nodes, and leave room for the links in a small design.
     */
    public static String topology(int sources, int sinks) {
        StringBuilder nodes = new StringBuilder();
        StringBuilder links = new StringBuilder();
        int rows = sources >= 50 ? 10 : 5;
        for (int i = 0; i < sources; i++) {
            nodes.append(String.format(Locale.ROOT, """
                    {"id": "source-%d", "kind": "application", "position": {"x": %d.0, "y": %d.0},
                     "sockets": [{"id": "out", "type": "PUSH", "binds": ["inproc://source-%d"]}],
                     "behaviour": {"type": "source", "socket": "out", "rate": %.1f, "payload": "task {seq}"}},
                    """, i, (i / rows) * 220, (i % rows) * 90, i, RATE_PER_SOURCE));
        }
        int sinkColumn = Math.max(((sources + rows - 1) / rows) * 220, 660);
        int link = 0;
        for (int j = 0; j < sinks; j++) {
            nodes.append(String.format(Locale.ROOT, """
                    {"id": "sink-%d", "kind": "application", "position": {"x": %d.0, "y": %d.0},
                     "sockets": [{"id": "in", "type": "PULL"}],
                     "behaviour": {"type": "sink", "socket": "in"}}%s
                    """, j, sinkColumn + (j / rows) * 220, (j % rows) * 90, j == sinks - 1 ? "" : ","));
            for (int k = 0; k < LINKS_PER_SINK; k++) {
                // 13 steps apart: four different sources for 10 or 50 of them, each used four times.
                int source = (j + k * 13) % sources;
                links.append(String.format(Locale.ROOT, """
                        {"id": "l-%d", "from": {"node": "sink-%d", "socket": "in"},
                         "to": {"node": "source-%d", "socket": "out"}, "endpoint": "inproc://source-%d"}%s
                        """, link, j, source, source, link == sinks * LINKS_PER_SINK - 1 ? "" : ","));
                link++;
            }
        }
        return "{\"formatVersion\": 1, \"title\": \"canvas bench\", \"nodes\": [" + nodes + "], \"links\": ["
                + links + "]}";
    }

    @Override
    public void start(Stage stage) throws Exception {
        Options run = options == null ? Options.parse(new String[0]) : options;
        Preferences preferences = Preferences.userRoot().node("zmq-designer-bench-" + UUID.randomUUID());
        Path recovery = Files.createTempDirectory("zmqd-bench");
        DesignerWindow window = DesignerApp.open(stage, Optional.of(Path.of(System.getProperty("canvas.bench.file"))),
                recovery, preferences);
        stage.setWidth(run.width());
        stage.setHeight(run.height());
        stage.show();
        window.canvas().fitToView();
        if (!window.document().diagnosticsProperty().get().stream()
                .noneMatch(d -> d.severity() == org.zmqdesigner.engine.validate.Severity.ERROR)) {
            System.err.println("bench design has errors: " + window.document().diagnosticsProperty().get());
            exitStatus = 1;
            DONE.countDown();
            return;
        }
        new CanvasMeasurement(window, preferences, run, () -> environment(window, run), status -> {
            exitStatus = status;
            DONE.countDown();
        }).begin();
    }

    /** The header: machine and JDK, plus what only the FX side knows (display, renderer, window). */
    private static BenchEnvironment environment(DesignerWindow window, Options run) {
        Rectangle2D screen = Screen.getPrimary().getBounds();
        return BenchEnvironment.describe("CanvasBench: the live canvas under load")
                .with("options", run.describe())
                .with("display", String.format(Locale.ROOT, "%s, screen %.0fx%.0f at scale %.2f",
                        Optional.ofNullable(System.getenv("DISPLAY")).orElse("(DISPLAY not set)"), screen.getWidth(),
                        screen.getHeight(), Screen.getPrimary().getOutputScaleX()))
                .with("renderer", renderer())
                .with("window", String.format(Locale.ROOT, "%.0fx%.0f (scene), canvas zoom %.0f %%",
                        window.stage().getScene().getWidth(), window.stage().getScene().getHeight(),
                        100 * window.canvas().zoom()));
    }

    /**
     * The Prism pipeline in use, asked of JavaFX itself (the bench script exports com.sun.prism
     * for this). ES2 on Mesa's llvmpipe is OpenGL drawn by the CPU: seen by its threads.
     */
    static String renderer() {
        String name;
        try {
            Object pipeline = Class.forName("com.sun.prism.GraphicsPipeline").getMethod("getPipeline").invoke(null);
            name = pipeline == null ? "none" : pipeline.getClass().getSimpleName();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return "unknown (" + e.getClass().getSimpleName()
                    + "; run with --add-exports javafx.graphics/com.sun.prism=ALL-UNNAMED)";
        }
        String said = switch (name) {
            case "SWPipeline" -> "software (Prism SW)";
            case "ES2Pipeline" -> "ES2 (OpenGL)";
            case "D3DPipeline" -> "Direct3D";
            default -> name;
        };
        if (name.equals("ES2Pipeline") && CanvasMeasurement.hasThreadNamed("llvmpipe-")) {
            said += " on Mesa llvmpipe: OpenGL drawn by the CPU, no GPU";
        }
        return said + " [prism.order=" + System.getProperty("prism.order", "default") + "]";
    }
}
