package org.zmqdesigner.engine.lesson;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.zmqdesigner.engine.format.TopologyLoadException;
import org.zmqdesigner.engine.model.Topology;
import org.zmqdesigner.engine.runtime.RunOptions;
import org.zmqdesigner.engine.runtime.RunReport;
import org.zmqdesigner.engine.runtime.RunStartException;
import org.zmqdesigner.engine.runtime.TopologyRun;
import org.zmqdesigner.engine.text.Texts;

/**
 * Plays a lesson as a teacher would check it: for every checked step, the check must fail on the
 * design the student has when the step begins (the starting design, or the solution of the last
 * checked step before it) and pass on the step's solution. Run checks run the design for real,
 * with {@link TopologyRun}, until the check is decided or {@code maxRun} has passed.
 */
public final class LessonPlayer {

    private static final Texts TEXTS = CheckEvaluator.TEXTS;
    private static final long POLL_MILLIS = 50;
    private static final long FINISH_GRACE_NANOS = 300_000_000L;

    /** How one checked step behaved: its check on the design before it and with its solution. */
    public record StepPlay(String step, CheckResult before, Optional<CheckResult> withSolution, boolean behaves) {
    }

    /** The lesson's steps as played; it behaves when every checked step does. */
    public record Outcome(Lesson lesson, List<StepPlay> steps) {
        public boolean behaves() {
            return steps.stream().allMatch(StepPlay::behaves);
        }
    }

    private final Duration maxRun;
    private final Consumer<String> out;

    /**
     * @param maxRun the longest a design runs for one check; a check the run has not decided by
     *     then is judged on what the run counted so far
     * @param out receives one line per step as it is played
     */
    public LessonPlayer(Duration maxRun, Consumer<String> out) {
        this.maxRun = maxRun;
        this.out = out;
    }

    public Outcome play(Path lessonFile) throws TopologyLoadException, InterruptedException {
        return play(new LessonLoader().load(lessonFile));
    }

    public Outcome play(Lesson lesson) throws InterruptedException {
        List<StepPlay> plays = new ArrayList<>();
        Topology before = lesson.start();
        String beforeStep = null;
        for (LessonStep step : lesson.steps()) {
            if (step.check().isEmpty()) {
                continue;
            }
            Check check = step.check().get();
            String prefix = lesson.id() + " " + TEXTS.get("player.step", step.id()) + " ";
            Timed onBefore = judge(check, lesson.start(), before);
            boolean failsBefore = !onBefore.result().passed();
            if (failsBefore) {
                String reasons = String.join(" ", onBefore.result().reasons());
                out.accept(prefix + (beforeStep == null ? TEXTS.get("player.failsOnStart", reasons)
                        : TEXTS.get("player.failsOnPrevious", beforeStep, reasons)));
            } else {
                out.accept(prefix + TEXTS.get("player.passesOnStart", String.join(" ", onBefore.result().reasons())));
            }
            Optional<Topology> solution = lesson.solution(step);
            if (solution.isEmpty()) {
                out.accept(prefix + TEXTS.get("player.noSolution"));
                plays.add(new StepPlay(step.id(), onBefore.result(), Optional.empty(), false));
                continue;
            }
            Timed onSolution = judge(check, lesson.start(), solution.get());
            boolean passes = onSolution.result().passed();
            String ran = onSolution.ranMillis() < 0 ? "" : " (" + TEXTS.get("player.ran", onSolution.ranMillis()) + ")";
            out.accept(prefix + (passes ? TEXTS.get("player.passesWithSolution") + ran
                    : TEXTS.get("player.failsWithSolution", onSolution.result().status(),
                    String.join(" ", onSolution.result().reasons()))));
            plays.add(new StepPlay(step.id(), onBefore.result(), Optional.of(onSolution.result()),
                    failsBefore && passes));
            before = solution.get();
            beforeStep = step.id();
        }
        Outcome outcome = new Outcome(lesson, plays);
        long bad = plays.stream().filter(p -> !p.behaves()).count();
        out.accept(bad == 0 ? TEXTS.get("player.lessonOk", lesson.id()) : TEXTS.get("player.lessonBad", lesson.id(), bad));
        return outcome;
    }

    /** A result, and how long the design ran for it (-1: judged on the design alone). */
    private record Timed(CheckResult result, long ranMillis) {
    }

    private Timed judge(Check check, Topology start, Topology design) throws InterruptedException {
        CheckEvaluator.Judgement withoutRun = CheckEvaluator.judge(check, start, design, Optional.empty());
        if (withoutRun.result().status() != CheckResult.Status.NEEDS_RUN) {
            return new Timed(withoutRun.result(), -1);
        }
        TopologyRun run;
        try {
            run = TopologyRun.start(design, RunOptions.DEFAULTS);
        } catch (RunStartException e) {
            return new Timed(new CheckResult(CheckResult.Status.FAILED,
                    List.of(TEXTS.get("player.cannotRun", e.getMessage()))), 0);
        }
        long started = System.nanoTime();
        long deadline = started + maxRun.toNanos();
        try {
            while (true) {
                // Judged on a live report: a node's state is still what the run made of it, not "stopped".
                boolean finished = run.awaitFinished(POLL_MILLIS);
                RunReport report = run.report();
                CheckEvaluator.Judgement judged = CheckEvaluator.judge(check, start, design, Optional.of(report));
                long now = System.nanoTime();
                if (judged.result().passed() || judged.settled() || now >= deadline) {
                    return new Timed(judged.result(), (now - started) / 1_000_000);
                }
                if (finished) {
                    // The counted nodes are done; what is still in flight arrives within moments.
                    deadline = Math.min(deadline, now + FINISH_GRACE_NANOS);
                }
                Thread.sleep(POLL_MILLIS);
            }
        } finally {
            run.stop();
        }
    }
}
