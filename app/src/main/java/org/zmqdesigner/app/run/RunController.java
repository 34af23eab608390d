package org.zmqdesigner.app.run;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.zmqdesigner.app.canvas.CanvasView;
import org.zmqdesigner.app.document.DesignDocument;
import org.zmqdesigner.engine.model.Behaviour;
import org.zmqdesigner.engine.model.Topology;
import org.zmqdesigner.engine.runtime.RunOptions;
import org.zmqdesigner.engine.runtime.RunReport;
import org.zmqdesigner.engine.runtime.RunStartException;
import org.zmqdesigner.engine.runtime.TopologyRun;
import org.zmqdesigner.engine.validate.Diagnostic;
import org.zmqdesigner.engine.validate.Severity;

/**
 * Runs the open design on the engine and shows it live. Starting and stopping happen off the FX
 * thread (they wait for sockets); engine events are folded off the FX thread and applied once per
 * animation frame, so the UI never blocks the engine and the engine never waits for the UI.
 */
public final class RunController {

    /** Node numbers come from the run's counters a few times a second; more would only flicker. */
    private static final long NUMBERS_EVERY_NANOS = 200_000_000L;

    private final DesignDocument document;
    private final CanvasView canvas;
    private final Consumer<String> status;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper clock = new ReadOnlyStringWrapper("0.0 s");
    private volatile TopologyRun run;
    private LiveAccumulator accumulator;
    private double speed = 1;
    private long lastNumbers;
    private final AnimationTimer pump = new AnimationTimer() {
        @Override
        public void handle(long now) {
            frame(now);
        }
    };

    public RunController(DesignDocument document, CanvasView canvas, Consumer<String> status) {
        this.document = document;
        this.canvas = canvas;
        this.status = status;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** True while starting or stopping: the controls wait. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty clockProperty() {
        return clock.getReadOnlyProperty();
    }

    public Optional<TopologyRun> run() {
        return Optional.ofNullable(run);
    }

    /** Validates, then starts the run; errors block it and are explained in the status bar. */
    public void start() {
        if (running.get() || busy.get()) {
            return;
        }
        List<Diagnostic> errors = document.diagnosticsProperty().get().stream()
                .filter(d -> d.severity() == Severity.ERROR).toList();
        if (!errors.isEmpty()) {
            status.accept("Cannot run: " + errors.size() + " error(s) in the design, listed below. First: "
                    + errors.get(0).explanation());
            return;
        }
        Topology topology = document.topology();
        document.lockedProperty().set(true);
        busy.set(true);
        accumulator = new LiveAccumulator();
        LiveAccumulator events = accumulator;
        double startSpeed = speed;
        status.accept("Starting…");
        Thread starter = new Thread(() -> {
            try {
                TopologyRun started = TopologyRun.start(topology, RunOptions.DEFAULTS.withRateMultiplier(startSpeed),
                        events);
                Platform.runLater(() -> started(started));
            } catch (RunStartException | RuntimeException e) {
                Platform.runLater(() -> failed(e.getMessage()));
            }
        }, "zmq-designer-run-start");
        starter.setDaemon(true);
        starter.start();
    }

    private void started(TopologyRun started) {
        run = started;
        busy.set(false);
        running.set(true);
        lastNumbers = 0;
        pump.start();
        status.accept("Running. Stop the run to edit the design.");
    }

    private void failed(String why) {
        busy.set(false);
        document.lockedProperty().set(false);
        status.accept("Cannot run: " + why);
    }

    /** Stops the run; every engine thread, socket and port is gone once it is not busy. */
    public void stop() {
        TopologyRun stopping = run;
        if (stopping == null || busy.get()) {
            return;
        }
        busy.set(true);
        pump.stop();
        Thread stopper = new Thread(() -> {
            stopping.stop();
            RunReport report = stopping.report();
            Platform.runLater(() -> stopped(report));
        }, "zmq-designer-run-stop");
        stopper.setDaemon(true);
        stopper.start();
    }

    private void stopped(RunReport report) {
        run = null;
        busy.set(false);
        running.set(false);
        canvas.clearLive();
        document.lockedProperty().set(false);
        RunReport.Totals t = report.totals();
        status.accept(String.format("Stopped after %.1f s: %d sent, %d received, %d lost to slow joining, %d at"
                + " the HWM, %d unroutable.", report.durationMs() / 1000.0, t.sent(), t.received(), t.lostSlowJoiner(),
                t.lostHwm(), t.unroutable()));
    }

    public void pause() {
        if (run != null) {
            run.pause();
            status.accept("Paused: sources hold. Step sends one message.");
        }
    }

    public void resume() {
        if (run != null) {
            run.resume();
            status.accept("Running.");
        }
    }

    /** One message from the first source (pauses first, so the step is visible). */
    public void step() {
        if (run == null) {
            return;
        }
        run.pause();
        document.topology().nodes().stream().filter(n -> n.behaviour() instanceof Behaviour.Source).findFirst()
                .ifPresent(n -> run.step(n.id()));
    }

    /** Slow motion below 1; applies at once to a live run. */
    public void setSpeed(double multiplier) {
        speed = multiplier;
        if (run != null) {
            run.setRateMultiplier(multiplier);
        }
    }

    public double speed() {
        return speed;
    }

    private void frame(long now) {
        TopologyRun current = run;
        if (current == null) {
            return;
        }
        clock.set(String.format("%.1f s", current.clock() / 1e9));
        LiveFrame frame = accumulator.take();
        frame.linkDepth().forEach((link, d) -> canvas.showLinkDepth(link, d[0], d[1]));
        frame.nodeStates().forEach((node, state) -> canvas.showNodeState(node, state,
                frame.nodeDetails().getOrDefault(node, "")));
        if (now - lastNumbers >= NUMBERS_EVERY_NANOS) {
            lastNumbers = now;
            current.report().nodes().forEach((id, n) -> canvas.showNodeNumbers(id, n.sent(), n.received(),
                    n.dropped(), n.lostSlowJoiner()));
        }
    }
}
