package org.zmqdesigner.app.lesson;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.zmqdesigner.app.run.RunController;
import org.zmqdesigner.engine.model.Topology;
import org.zmqdesigner.engine.runtime.RunReport;
import org.zmqdesigner.engine.runtime.TopologyRun;

/**
 * Hands the lesson the numbers of the design's run: a few times a second while it runs, and once
 * more after it ended. The engine's counters are read on a thread of its own, so the FX thread never
 * waits on the engine; readings reach the FX thread coalesced (at most one pending).
 */
final class RunWatch {

    /** How often a running design's counters are read. */
    static final long INTERVAL_MILLIS = 250;

    /**
     * One reading of a run.
     *
     * @param design the design the run runs (a check only applies while it is the one on the canvas)
     * @param ended the run is over: these are its final numbers
     */
    record Reading(RunReport report, Topology design, boolean ended) {
    }

    private final AtomicReference<Reading> pending = new AtomicReference<>();
    private final Consumer<Reading> sink;
    private volatile Thread reader;

    /**
     * @param started told on the FX thread when a run has started (before its first reading)
     * @param sink    told on the FX thread of each reading
     */
    RunWatch(RunController runs, Runnable started, Consumer<Reading> sink) {
        this.sink = sink;
        runs.runningProperty().addListener((o, was, now) -> {
            if (now) {
                runs.run().ifPresent(run -> {
                    started.run();
                    watch(run);
                });
            } else {
                Thread last = reader;
                reader = null;
                if (last != null) {
                    last.interrupt();
                }
            }
        });
    }

    private void watch(TopologyRun run) {
        Thread thread = new Thread(() -> read(run), "zmq-designer-lesson-run");
        thread.setDaemon(true);
        reader = thread;
        thread.start();
    }

    private void read(TopologyRun run) {
        Thread self = Thread.currentThread();
        while (reader == self) {
            try {
                Thread.sleep(INTERVAL_MILLIS);
            } catch (InterruptedException e) {
                break;
            }
            if (reader != self) {
                break;
            }
            post(reading(run, false));
        }
        // The run has been stopped (the controller stops it before it says it is not running):
        // its report now holds the final numbers.
        post(reading(run, true));
    }

    private static Reading reading(TopologyRun run, boolean ended) {
        try {
            return new Reading(run.report(), run.topology(), ended);
        } catch (RuntimeException e) {
            // A reading taken while the run stops under it: skip it, the next one will do.
            System.getLogger(RunWatch.class.getName()).log(System.Logger.Level.DEBUG, "report failed", e);
            return null;
        }
    }

    private void post(Reading reading) {
        if (reading != null && pending.getAndSet(reading) == null) {
            Platform.runLater(() -> {
                Reading latest = pending.getAndSet(null);
                if (latest != null) {
                    sink.accept(latest);
                }
            });
        }
    }
}
