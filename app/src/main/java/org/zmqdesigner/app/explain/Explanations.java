package org.zmqdesigner.app.explain;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableBooleanValue;
import org.zmqdesigner.app.document.DesignDocument;
import org.zmqdesigner.app.run.RunController;
import org.zmqdesigner.engine.explain.Explainer;
import org.zmqdesigner.engine.explain.Finding;
import org.zmqdesigner.engine.explain.RunObserver;
import org.zmqdesigner.engine.runtime.TopologyRun;

/**
 * "Why did I lose messages?" for the designer: keeps the last run and the observer that heard it
 * from its first event, explains it on a background thread when asked (the latest request wins, so
 * pressing twice never shows an older answer over a newer one), and publishes the findings on the
 * FX thread. The last run's facts stay after it ends, until the design is run again or replaced.
 */
public final class Explanations {

    /** Where the view stands. */
    public enum State {
        /** No run to explain yet (or the design was replaced). */
        NO_RUN,
        /** A run is there; nothing asked yet, or a new run started since the last answer. */
        READY,
        /** Reading the run's counters. */
        WORKING,
        /** {@link #findings()} holds the answer. */
        DONE,
        /** Reading the run failed (logged); asking again may work. */
        FAILED
    }

    /** One run and what its observer heard. */
    private record LastRun(TopologyRun run, RunObserver observer) {
    }

    private final RunController runs;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.NO_RUN);
    private final ReadOnlyObjectWrapper<List<Finding>> findings = new ReadOnlyObjectWrapper<>(List.of());
    /** Whether the answer shown was taken while the run was still going. */
    private boolean answerWhileRunning;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "zmq-designer-explain");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong latest = new AtomicLong();
    /** The observer handed to the run now starting; paired with the run once it is up. */
    private RunObserver starting;
    private volatile LastRun last;

    public Explanations(DesignDocument document, RunController runs) {
        this.runs = runs;
        runs.alsoFeedEachRun(() -> {
            starting = new RunObserver();
            return starting;
        });
        runs.runningProperty().addListener((o, was, now) -> {
            if (now) {
                // A new run: the previous run's answer no longer describes what is on screen.
                last = new LastRun(runs.run().orElseThrow(), starting);
                forget(State.READY);
            } else if (last != null && state.get() == State.DONE && answerWhileRunning) {
                // Asked during the run, which has now ended: the answer shown becomes the whole run's.
                explain();
            }
        });
        document.generationProperty().addListener((o, was, now) -> {
            if (!runs.runningProperty().get() && !runs.busyProperty().get()) {
                last = null;
                forget(State.NO_RUN);
            }
        });
    }

    private void forget(State next) {
        latest.incrementAndGet();
        findings.set(List.of());
        state.set(next);
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The latest answer, most important first; empty until asked. */
    public ReadOnlyObjectProperty<List<Finding>> findingsProperty() {
        return findings.getReadOnlyProperty();
    }

    public List<Finding> findings() {
        return findings.get();
    }

    /** Whether the answer shown was taken during the run (it may have changed since). */
    public boolean answeredWhileRunning() {
        return answerWhileRunning;
    }

    /** True when there is a run (live or finished) to explain and it is not starting or stopping. */
    public ObservableBooleanValue availableProperty() {
        return Bindings.createBooleanBinding(() -> state.get() != State.NO_RUN && !runs.busyProperty().get(),
                state, runs.busyProperty());
    }

    /** Explains the last run off the FX thread; the findings arrive on the FX thread. */
    public void explain() {
        LastRun target = last;
        if (target == null) {
            return;
        }
        long request = latest.incrementAndGet();
        boolean live = runs.runningProperty().get();
        state.set(State.WORKING);
        worker.execute(() -> {
            if (latest.get() != request) {
                return; // a newer request is queued behind this one
            }
            List<Finding> answer;
            try {
                answer = Explainer.explain(target.run(), target.observer());
            } catch (RuntimeException e) {
                answer = null;
                System.getLogger(Explanations.class.getName()).log(System.Logger.Level.WARNING, "explaining failed", e);
            }
            List<Finding> result = answer;
            Platform.runLater(() -> {
                if (latest.get() != request) {
                    return;
                }
                answerWhileRunning = live;
                findings.set(result == null ? List.of() : result);
                state.set(result == null ? State.FAILED : State.DONE);
            });
        });
    }
}
