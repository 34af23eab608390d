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
import org.zmqdesigner.app.canvas.LanguageFollow;
import org.zmqdesigner.app.document.DesignDocument;
import org.zmqdesigner.engine.event.RunEvent.NodeState;
import org.zmqdesigner.engine.model.Behaviour;
import org.zmqdesigner.engine.model.Topology;
import org.zmqdesigner.engine.runtime.RunOptions;
import org.zmqdesigner.engine.runtime.RunReport;
import org.zmqdesigner.engine.runtime.RunStartException;
import org.zmqdesigner.engine.runtime.TopologyRun;
import org.zmqdesigner.engine.text.Texts;
import org.zmqdesigner.engine.validate.Diagnostic;
import org.zmqdesigner.engine.validate.Severity;

/**
 * Runs the open design on the engine and shows it live. Starting, stopping and node control happen
 * off the FX thread (they wait for sockets); engine events are folded off the FX thread and applied
 * once per animation frame, so the UI never blocks the engine and the engine never waits for the UI.
 */
public final class RunController {

    private static final Texts TEXTS = Texts.of(RunController.class);

    private final DesignDocument document;
    private final CanvasView canvas;
    private final RunPanel panel;
    private final Consumer<String> status;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper paused = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper clock = new ReadOnlyStringWrapper(RunClock.format(0));
    private RunClock runClock = new RunClock();
    /** The time the clock shows, to say it again in another language. */
    private long clockNanos;
    /** Set once "Finished" has been said for this run, so the status is not rewritten every frame. */
    private boolean finishedSaid;
    /** The window is closing: a run that is still starting is stopped as soon as it is up. */
    private boolean closing;
    private final FramePresenter presenter;
    private volatile TopologyRun run;
    private LiveAccumulator accumulator;
    private LiveNumbers numbers;
    private NodeControl control;
    private double speed = 1;
    private long replyPatienceMillis = RunOptions.DEFAULT_REPLY_PATIENCE_MILLIS;
    /** Set once the engine said it failed, so the run is stopped once, not every frame. */
    private boolean engineFailureSeen;
    /** Makes, for each run, a subscriber that hears its events from the first (the explainer's observer). */
    private java.util.function.Supplier<? extends org.zmqdesigner.engine.event.EventSubscriber> eachRun =
            () -> batch -> { };
    private final AnimationTimer pump = new AnimationTimer() {
        @Override
        public void handle(long now) {
            frame(now);
        }
    };

    public RunController(DesignDocument document, CanvasView canvas, RunPanel panel, Consumer<String> status) {
        this.document = document;
        this.canvas = canvas;
        this.panel = panel;
        this.status = status;
        this.presenter = new FramePresenter(canvas.runOverlay(), panel, status);
        canvas.setRunMenu(this::menuFor);
        document.selection().addListener((javafx.collections.SetChangeListener<String>) c ->
                presenter.select(java.util.Set.copyOf(document.selection()), document.topology()));
        presenter.select(java.util.Set.of(), document.topology());
        // A new design (New, Open, Open Sample) must not show the previous run's clock, chart and trace.
        document.generationProperty().addListener((o, was, now) -> clearLastRun());
        LanguageFollow.follow(this, RunController::relabel);
    }

    private void showClock(long nanos) {
        clockNanos = nanos;
        clock.set(RunClock.format(nanos));
    }

    /** The clock, which stays up between runs, said again in the current language. */
    private void relabel() {
        showClock(clockNanos);
    }

    /** Forgets what the last run left on screen: clock, chart, trace, node states. Not while running. */
    private void clearLastRun() {
        if (run != null || busy.get()) {
            return;
        }
        showClock(0);
        panel.reset();
        presenter.reset(document.topology());
        presenter.select(java.util.Set.copyOf(document.selection()), document.topology());
        canvas.runOverlay().clear();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** True while starting or stopping: the controls wait. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True while the sources hold (Pause or Step); the clock stands still. */
    public ReadOnlyBooleanProperty pausedProperty() {
        return paused.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty clockProperty() {
        return clock.getReadOnlyProperty();
    }

    /** Each run started from now also feeds a subscriber made by {@code watcher} (on the FX thread, at Run). */
    public void alsoFeedEachRun(java.util.function.Supplier<? extends org.zmqdesigner.engine.event.EventSubscriber> watcher) {
        this.eachRun = java.util.Objects.requireNonNull(watcher);
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
            panel.showProblems();
            status.accept(TEXTS.get("run.cannotRun.errors", Integer.toString(errors.size()),
                    errors.get(0).explanation()));
            return;
        }
        Topology topology = document.topology();
        document.lockedProperty().set(true);
        busy.set(true);
        accumulator = new LiveAccumulator(topology);
        runClock = new RunClock();
        finishedSaid = false;
        paused.set(false);
        showClock(0);
        LiveAccumulator live = accumulator;
        org.zmqdesigner.engine.event.EventSubscriber also = eachRun.get();
        org.zmqdesigner.engine.event.EventSubscriber events = batch -> {
            live.onEvents(batch);
            also.onEvents(batch);
        };
        double startSpeed = speed;
        long patience = replyPatienceMillis;
        engineFailureSeen = false;
        panel.reset();
        panel.showLive();
        presenter.reset(topology);
        presenter.select(java.util.Set.copyOf(document.selection()), topology);
        status.accept(TEXTS.get("run.starting"));
        Thread starter = new Thread(() -> {
            try {
                TopologyRun started = TopologyRun.start(topology, RunOptions.DEFAULTS.withRateMultiplier(startSpeed)
                        .withReplyPatienceMillis(patience), events);
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
        if (closing) {
            // The window closed while the run was starting: stop it as the close asked.
            numbers = new LiveNumbers(started);
            control = new NodeControl(started, message -> { });
            busy.set(false);
            running.set(true);
            stop();
            return;
        }
        numbers = new LiveNumbers(started);
        numbers.start();
        control = new NodeControl(started, message -> Platform.runLater(() -> status.accept(message)));
        busy.set(false);
        running.set(true);
        pump.start();
        status.accept(TEXTS.get("run.started"));
    }

    private void failed(String why) {
        busy.set(false);
        document.lockedProperty().set(false);
        status.accept(TEXTS.get("run.cannotRun", why));
    }

    /**
     * What closing the window and File → Exit both do (one path): stops a run, or one still starting,
     * on a thread the JVM waits for, so no engine thread or bound port outlives the window.
     */
    public void shutdown() {
        closing = true;
        stop();
    }

    /** Stops the run; every engine thread, socket and port is gone once it is not busy. */
    public void stop() {
        TopologyRun stopping = run;
        if (stopping == null || busy.get()) {
            return;
        }
        busy.set(true);
        pump.stop();
        LiveNumbers reader = numbers;
        NodeControl nodes = control;
        Thread stopper = new Thread(() -> {
            RunReport report = null;
            try {
                reader.stop();
                nodes.close();
                stopping.stop();
                report = stopping.report();
            } finally {
                // Whatever happened, the design must not stay locked.
                RunReport last = report;
                Platform.runLater(() -> stopped(last));
            }
        }, "zmq-designer-run-stop");
        // Not a daemon: when the window closes mid-run the JVM waits for the ports to be freed.
        stopper.setDaemon(false);
        stopper.start();
    }

    private void stopped(RunReport report) {
        run = null;
        numbers = null;
        control = null;
        busy.set(false);
        running.set(false);
        paused.set(false);
        canvas.runOverlay().clear();
        document.lockedProperty().set(false);
        if (report == null) {
            status.accept(TEXTS.get("run.stoppedUnclean"));
            return;
        }
        status.accept(EndWords.stopped(report));
    }

    /**
     * How long a designed REQ waits for a reply, in runs started from now, before its node gives up
     * (the engine's 30 s unless set). The designer has no control for it yet; tests shorten it so a
     * client facing a server that never answers gives up within their time.
     */
    public void setReplyPatienceMillis(long millis) {
        replyPatienceMillis = millis;
    }

    public void pause() {
        if (run != null) {
            holdSources();
            status.accept(TEXTS.get("run.paused"));
        }
    }

    private void holdSources() {
        run.pause();
        runClock.pause(run.clock());
        paused.set(true);
    }

    public void resume() {
        if (run != null) {
            run.resume();
            runClock.resume(run.clock());
            paused.set(false);
            status.accept(TEXTS.get("run.resumed"));
        }
    }

    /** Pause when running, resume when paused: the toolbar's one button. */
    public void togglePause() {
        if (paused.get()) {
            resume();
        } else {
            pause();
        }
    }

    /**
     * One message from the first source that can still send (pauses first, so the step is
     * visible); when every source is done, says so and why instead of claiming a step.
     */
    public void step() {
        if (run == null) {
            return;
        }
        // The running design, not the document (which cannot change while running, but is not the run).
        List<org.zmqdesigner.engine.model.Node> sources = run.topology().nodes().stream()
                .filter(n -> n.behaviour() instanceof Behaviour.Source).toList();
        if (sources.isEmpty()) {
            status.accept(TEXTS.get("run.noSources"));
            return;
        }
        var next = sources.stream().filter(n -> !RunWords.done(presenter.state(n.id()))).findFirst();
        if (next.isEmpty()) {
            status.accept(RunWords.nothingLeft(sources, presenter::state, presenter::stateWord));
            return;
        }
        holdSources();
        run.step(next.get().id());
        status.accept(TEXTS.get("run.stepped", next.get().label()));
    }

    /** Slow motion below 1; applies at once to a live run. */
    public void setSpeed(double multiplier) {
        speed = multiplier;
        canvas.runOverlay().setSpeed(multiplier);
        if (run != null) {
            run.setRateMultiplier(multiplier);
        }
    }

    public double speed() {
        return speed;
    }

    /** Kills a node of the live run, as its context menu does; peers see it disconnect. */
    public void kill(String node) {
        if (control != null) {
            control.kill(node);
        }
    }

    public void restart(String node) {
        if (control != null) {
            control.restart(node);
        }
    }

    /** Starts a stopped node again, with fresh sockets: a late joiner. */
    public void startLate(String node) {
        if (control != null) {
            control.startLate(node);
        }
    }

    /** What a node's context menu offers while running: empty when no run is on. */
    private List<javafx.scene.control.MenuItem> menuFor(String node) {
        if (run == null || control == null) {
            return List.of();
        }
        NodeState state = presenter.state(node);
        boolean alive = state == NodeState.WAITING || state == NodeState.STARTING || state == NodeState.RUNNING
                || state == NodeState.FINISHED;
        return NodeMenu.items(node, alive, this::kill, this::restart, this::startLate);
    }

    private void frame(long now) {
        TopologyRun current = run;
        if (current == null) {
            return;
        }
        long engineClock = current.clock();
        showClock(runClock.shown(engineClock));
        LiveFrame frame = accumulator.take();
        presenter.apply(frame, numbers.take(), engineClock, now);
        // The event says it first; the run's own flag covers an event the full bus had to skip.
        if (!engineFailureSeen && (frame.engineFailure() != null || current.engineFailure().isPresent())) {
            engineFailureSeen = true;
            String reason = frame.engineFailure() != null ? frame.engineFailure() : current.engineFailure().get();
            status.accept(TEXTS.get("run.engineFailed", reason));
            // The engine is done: end the run as Stop does, on its thread. Stopping a run whose
            // engine failed is quick (its context is left to the JVM); the report says why.
            stop();
            return;
        }
        sayWhenFinished(current);
    }

    /** Once no node of the run is left doing anything, the status stops saying "Running". */
    private void sayWhenFinished(TopologyRun current) {
        var nodes = current.topology().nodes();
        boolean allDone = !nodes.isEmpty() && nodes.stream().allMatch(n -> RunWords.done(presenter.state(n.id())));
        if (allDone && !finishedSaid) {
            finishedSaid = true;
            status.accept(RunWords.finished(nodes, presenter::state, presenter::stateWord));
        } else if (!allDone) {
            finishedSaid = false;
        }
    }
}
