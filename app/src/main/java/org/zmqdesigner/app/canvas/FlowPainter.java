package org.zmqdesigner.app.canvas;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.paint.Color;

/**
 * Paints the flow marks off the FX thread. At 100 busy links painting several thousand marks was
 * a third of the FX thread's work in a frame; now the FX thread only hands over what to paint
 * (each busy link's route on screen, where its first mark is, their size) and shows the last
 * finished picture, one frame old. It never waits: while a picture is still being painted no new
 * one is asked for, and the marks move on by more the next time. Three rasters take turns: the one
 * shown, the one the renderer may still be drawing the frame before from, and the one painted.
 * The painting thread ends when the canvas stops animating for a second.
 */
final class FlowPainter {

    /** A busy link's route in image pixels, the length of each straight piece, its first mark and size. */
    record Route(double[] points, double[] lengths, double start, double side) {
    }

    private static final ExecutorService PAINTER = new ThreadPoolExecutor(0, 1, 1, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), task -> {
                Thread thread = new Thread(task, "zmq-designer-flow-marks");
                thread.setDaemon(true);
                return thread;
            });

    private final MarkRaster[] rasters;
    private MarkRaster shown;
    private MarkRaster before;
    /** The raster being painted, or null when the painter is free; the FX thread's own. */
    private MarkRaster painting;
    private final AtomicReference<MarkRaster> finished = new AtomicReference<>();

    FlowPainter(int width, int height) {
        rasters = new MarkRaster[] {new MarkRaster(width, height), new MarkRaster(width, height),
            new MarkRaster(width, height)};
    }

    int width() {
        return rasters[0].width();
    }

    int height() {
        return rasters[0].height();
    }

    /** On the FX thread: the newest finished picture, told to its image, or null when none is new. */
    MarkRaster takeFinished() {
        MarkRaster done = finished.getAndSet(null);
        if (done != null) {
            done.reveal();
            before = shown;
            shown = done;
            painting = null;
        }
        return done;
    }

    /** On the FX thread: starts painting the next picture, unless the last one is still being painted. */
    void paint(Color colour, List<Route> routes, double spacing) {
        if (painting != null) {
            return;
        }
        MarkRaster free = null;
        for (MarkRaster raster : rasters) {
            if (raster != shown && raster != before) {
                free = raster;
                break;
            }
        }
        MarkRaster target = free;
        painting = target;
        PAINTER.execute(() -> {
            try {
                target.begin(colour);
                for (Route route : routes) {
                    marks(target, route, spacing);
                }
                target.finish();
            } finally {
                // Even a picture cut short is handed back: the painter must never stay taken.
                finished.set(target);
            }
        });
    }

    /** For tests: waits (at most two seconds) until no picture is being painted, and shows the last. */
    MarkRaster awaitFinished() {
        long deadline = System.nanoTime() + 2_000_000_000L;
        while (painting != null && finished.get() == null && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        return takeFinished();
    }

    /** Squares every {@code spacing} image pixels along the route, the first {@code route.start()} in. */
    private static void marks(MarkRaster marks, Route route, double spacing) {
        double[] p = route.points();
        double[] lengths = route.lengths();
        double next = route.start();
        double travelled = 0;
        for (int i = 2; i < p.length; i += 2) {
            double length = lengths[i / 2 - 1];
            if (next <= travelled + length) {
                double x0 = p[i - 2];
                double y0 = p[i - 1];
                double dx = p[i] - x0;
                double dy = p[i + 1] - y0;
                while (next <= travelled + length) {
                    double t = length == 0 ? 0 : (next - travelled) / length;
                    marks.square(x0 + t * dx, y0 + t * dy, route.side());
                    next += spacing;
                }
            }
            travelled += length;
        }
    }
}
