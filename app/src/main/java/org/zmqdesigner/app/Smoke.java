package org.zmqdesigner.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.zmqdesigner.engine.event.RunEvent.NodeState;
import org.zmqdesigner.engine.format.SampleLibrary;
import org.zmqdesigner.engine.format.TopologyFiles;
import org.zmqdesigner.engine.format.TopologyLoadException;
import org.zmqdesigner.engine.model.Topology;
import org.zmqdesigner.engine.runtime.RunReport;
import org.zmqdesigner.engine.runtime.TopologyRun;

/**
 * {@code --smoke}: checks that an installation works, as a user would, without a user. Opens the
 * main window, loads a sample (the pipeline sample, or the file named after {@code --smoke}), runs
 * it for 2 s through the window's own run controller (what the Run button uses), stops it, checks
 * that messages were sent and received and that no node is left running, closes the window.
 * One line per step on stdout; a failure is one plain sentence on stderr and a non-zero exit.
 * It never touches the user's preferences or recovery folder (a throw-away node and folder), and a
 * watchdog ends the process, naming the step it was stuck in, if the whole check takes too long.
 */
public final class Smoke {

    public static final String FLAG = "--smoke";
    /** How long the sample runs. */
    static final long RUN_MILLIS = 2000;
    /** The whole smoke, JavaFX start included, ends within this, whatever hangs. */
    static final long LIMIT_SECONDS = 60;
    static final int FAILED = 1;
    static final int TIMED_OUT = 2;
    /** States of a node that is still doing something: after stop there must be none. */
    private static final Set<NodeState> ALIVE = EnumSet.of(NodeState.WAITING, NodeState.STARTING, NodeState.RUNNING);

    /** What the smoke found: success, or the one sentence saying what failed. */
    public record Outcome(boolean ok, String failure) {
        int exitCode() {
            return ok ? 0 : FAILED;
        }
    }

    /** A step failed; its message is the sentence the user reads. */
    private static final class Failure extends Exception {
        Failure(String sentence) {
            super(sentence);
        }
    }

    /** The smoke of this process, when it was started with {@code --smoke}. */
    private static volatile Smoke commandLine;

    private final Optional<Path> file;
    private final PrintStream out;
    private final PrintStream err;
    private volatile String step = "starting JavaFX";

    /**
     * @param file the design to run; empty for the pipeline sample of the bundled samples folder
     * @param out where the step lines go
     * @param err where the failure sentence goes
     */
    public Smoke(Optional<Path> file, PrintStream out, PrintStream err) {
        this.file = file;
        this.out = out;
        this.err = err;
    }

    /** True when the program's arguments ask for a smoke. */
    public static boolean requested(List<String> args) {
        return args.contains(FLAG);
    }

    /**
     * From {@code main}: arms the watchdog, then starts JavaFX, whose start calls
     * {@link #start(Stage)}. A JavaFX that cannot start (no display) fails the smoke too.
     */
    static void launch(String[] args) {
        List<String> rest = List.of(args).stream().filter(a -> !a.equals(FLAG)).toList();
        Smoke smoke = new Smoke(rest.stream().findFirst().map(Path::of), System.out, System.err);
        commandLine = smoke;
        // halt, not exit: a stuck shutdown hook or thread must not keep the process alive.
        smoke.watchdog(TimeUnit.SECONDS.toMillis(LIMIT_SECONDS), Runtime.getRuntime()::halt);
        try {
            Application.launch(DesignerApp.class, args);
        } catch (RuntimeException e) {
            smoke.fail("the main window did not open, because JavaFX could not start: " + rootMessage(e));
            System.exit(FAILED);
        }
    }

    /** True when this process runs a smoke: DesignerApp's start hands the stage to it. */
    static boolean active() {
        return commandLine != null;
    }

    /** From JavaFX's start: runs the smoke off the FX thread and exits with its outcome. */
    static void start(Stage stage) {
        Smoke smoke = commandLine;
        // Closing the window must not end JavaFX, and with it the JVM (exit code 0), before the
        // smoke has said how it went: the exit code is the smoke's.
        Platform.setImplicitExit(false);
        Thread driver = new Thread(() -> {
            Outcome outcome = smoke.check(stage);
            System.out.flush();
            System.exit(outcome.exitCode());
        }, "zmq-designer-smoke");
        driver.setDaemon(false);
        driver.start();
    }

    /**
     * Ends the process with {@link #TIMED_OUT} (through {@code exit}) if the smoke is still going
     * after {@code limitMillis}, saying which step it was stuck in.
     */
    Thread watchdog(long limitMillis, java.util.function.IntConsumer exit) {
        Thread dog = new Thread(() -> {
            try {
                Thread.sleep(limitMillis);
            } catch (InterruptedException e) {
                return;
            }
            fail("timed out after " + (limitMillis % 1000 == 0 ? limitMillis / 1000 + " s" : limitMillis + " ms")
                    + " while " + step);
            exit.accept(TIMED_OUT);
        }, "zmq-designer-smoke-watchdog");
        dog.setDaemon(true);
        dog.start();
        return dog;
    }

    /**
     * Runs every step on the given stage; call it off the JavaFX thread. Every wait is bounded, so
     * it returns within about a minute even when a step hangs. Leaves no preferences or files.
     */
    public Outcome check(Stage stage) {
        Preferences preferences = Preferences.userRoot().node("zmq-designer-smoke-" + UUID.randomUUID());
        Path recovery = null;
        DesignerWindow window = null;
        try {
            recovery = Files.createTempDirectory("zmq-designer-smoke");
            window = openWindow(stage, recovery, preferences);
            load(window);
            TopologyRun run = startRun(window);
            ranAndDelivered(run);
            stop(window, run);
            close(window);
            out.println("smoke: ok");
            return new Outcome(true, null);
        } catch (Failure e) {
            fail(e.getMessage());
            giveUp(window);
            return new Outcome(false, e.getMessage());
        } catch (IOException | RuntimeException e) {
            String sentence = "an unexpected error while " + step + ": " + rootMessage(e);
            fail(sentence);
            giveUp(window);
            return new Outcome(false, sentence);
        } finally {
            forget(preferences, recovery);
        }
    }

    private DesignerWindow openWindow(Stage stage, Path recovery, Preferences preferences) throws Failure {
        step = "opening the main window";
        DesignerWindow window = onFx(() -> {
            DesignerWindow opened = DesignerApp.open(stage, Optional.empty(), recovery, preferences);
            stage.show();
            return opened;
        }, 20);
        if (!onFx(stage::isShowing, 5)) {
            throw new Failure("the main window did not open");
        }
        out.println("smoke: window open");
        return window;
    }

    private void load(DesignerWindow window) throws Failure {
        step = "finding the sample";
        Path design = file.isPresent() ? file.get() : pipelineSample();
        if (!Files.isRegularFile(design)) {
            throw new Failure("the design " + design + " does not exist");
        }
        step = "loading " + design.getFileName();
        Topology topology;
        try {
            topology = new TopologyFiles().load(design);
        } catch (TopologyLoadException e) {
            throw new Failure("the design " + design + " did not load: " + e.getMessage());
        }
        // As Open Sample does: a new, unsaved design, so nothing is ever written back to the sample.
        onFx(() -> {
            window.document().replace(topology, null);
            window.canvas().fitToView();
            return null;
        }, 10);
        out.println("smoke: loaded " + design.getFileName());
    }

    private static Path pipelineSample() throws Failure {
        SampleLibrary library = SampleLibrary.discover().orElseThrow(() -> new Failure(
                "no sample found: there is no samples folder next to the program (nor one set with -D"
                        + SampleLibrary.PROPERTY + ")"));
        Path sample = library.folder().resolve(DesignerApp.FIRST_SAMPLE);
        if (!Files.isRegularFile(sample)) {
            throw new Failure("no sample found: " + library.folder() + " has no " + DesignerApp.FIRST_SAMPLE);
        }
        return sample;
    }

    private TopologyRun startRun(DesignerWindow window) throws Failure {
        step = "starting the run";
        var runs = window.runs();
        onFx(() -> {
            runs.start();
            return null;
        }, 5);
        // The controller starts on a thread of its own: it is running, or it gave up (not busy).
        await(10, () -> runs.runningProperty().get() || !runs.busyProperty().get(),
                "the run did not start within 10 s");
        Optional<TopologyRun> run = onFx(runs::run, 5);
        if (!onFx(() -> runs.runningProperty().get(), 5) || run.isEmpty()) {
            throw new Failure("the run did not start: " + onFx(() -> window.status().getText(), 5));
        }
        return run.get();
    }

    private void ranAndDelivered(TopologyRun run) throws Failure {
        step = "running the design for " + RUN_MILLIS / 1000 + " s";
        try {
            // The check is "it runs for 2 s": the time itself is what is asked, not a condition.
            Thread.sleep(RUN_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure("the smoke was interrupted while " + step);
        }
        RunReport.Totals totals = run.report().totals();
        if (run.engineFailure().isPresent()) {
            throw new Failure("the run failed: " + run.engineFailure().get());
        }
        if (totals.sent() == 0 || totals.received() == 0) {
            throw new Failure("the run delivered nothing in " + RUN_MILLIS / 1000 + " s: " + totals.sent()
                    + " sent, " + totals.received() + " received");
        }
        out.println("smoke: ran " + RUN_MILLIS / 1000 + " s: " + totals.sent() + " sent, " + totals.received()
                + " received");
    }

    private void stop(DesignerWindow window, TopologyRun run) throws Failure {
        step = "stopping the run";
        var runs = window.runs();
        onFx(() -> {
            runs.stop();
            return null;
        }, 5);
        await(10, () -> runs.run().isEmpty() && !runs.busyProperty().get() && !runs.runningProperty().get(),
                "the run did not stop within 10 s");
        List<String> alive = run.nodeStates().entrySet().stream().filter(e -> ALIVE.contains(e.getValue()))
                .map(e -> e.getKey() + " (" + e.getValue().name().toLowerCase(java.util.Locale.ROOT) + ")").toList();
        if (!alive.isEmpty()) {
            throw new Failure("after stop, " + alive.size() + " node(s) were still running: " + String.join(", ", alive));
        }
        out.println("smoke: stopped, 0 nodes running");
    }

    private void close(DesignerWindow window) throws Failure {
        step = "closing the window";
        if (onFx(() -> window.document().isDirty(), 5)) {
            // Closing would ask about unsaved changes, and nobody is there to answer.
            throw new Failure("the design changed while running, so closing would ask to save it");
        }
        boolean closed = onFx(() -> {
            window.exit();
            return !window.stage().isShowing();
        }, 10);
        if (!closed) {
            throw new Failure("the window did not close");
        }
        out.println("smoke: closed");
    }

    /** After a failure: stop a run still going and hide the window, without asking anything. */
    private static void giveUp(DesignerWindow window) {
        if (window == null) {
            return;
        }
        try {
            CompletableFuture<Void> done = new CompletableFuture<>();
            Platform.runLater(() -> {
                try {
                    window.runs().shutdown();
                    window.stage().hide();
                } finally {
                    done.complete(null);
                }
            });
            done.get(5, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException | IllegalStateException e) {
            // Best effort: the process ends (or the test goes on) either way.
        }
    }

    private void fail(String sentence) {
        err.println("smoke: FAILED: " + sentence + (sentence.endsWith(".") ? "" : "."));
        err.flush();
    }

    /** Runs on the JavaFX thread and waits for the answer, at most {@code seconds}. */
    private <T> T onFx(Callable<T> action, long seconds) throws Failure {
        CompletableFuture<T> answer = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                answer.complete(action.call());
            } catch (Throwable t) {
                answer.completeExceptionally(t);
            }
        });
        try {
            return answer.get(seconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new Failure("the window did not answer within " + seconds + " s while " + step);
        } catch (ExecutionException e) {
            throw new Failure("an error while " + step + ": " + rootMessage(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure("the smoke was interrupted while " + step);
        }
    }

    /** Polls a condition on the JavaFX thread until it holds; the sentence says what did not happen. */
    private void await(long seconds, BooleanSupplier condition, String otherwise) throws Failure {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!onFx(condition::getAsBoolean, 5)) {
            if (System.nanoTime() > deadline) {
                throw new Failure(otherwise);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Failure("the smoke was interrupted while " + step);
            }
        }
    }

    private static void forget(Preferences preferences, Path recovery) {
        try {
            preferences.removeNode();
        } catch (BackingStoreException | IllegalStateException e) {
            // A throw-away node that cannot be removed harms nobody.
        }
        if (recovery != null) {
            try (Stream<Path> files = Files.walk(recovery)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // A temporary folder the system cleans up anyway.
            }
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
