package org.zmqdesigner.app.lesson;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.zmqdesigner.engine.lesson.CheckEvaluator;
import org.zmqdesigner.engine.lesson.CheckResult;
import org.zmqdesigner.engine.lesson.Lesson;
import org.zmqdesigner.engine.lesson.LessonStep;
import org.zmqdesigner.engine.model.Topology;
import org.zmqdesigner.engine.runtime.RunReport;

/**
 * One lesson being taken: the step the student is on, the latest result of its check against the
 * design on the canvas and the run of it, whether a try failed (then the hint shows), and which
 * steps passed. It holds no view and no JavaFX; the panel reads it after every change. FX thread only.
 */
final class LessonSession {

    private final Lesson lesson;
    private final LessonProgress progress;
    private final Set<String> passed = new HashSet<>();
    private int step;
    private Topology design;
    /** The latest reading of a run, kept while the design on the canvas is the one that ran. */
    private RunWatch.Reading run;
    private boolean running;
    /** The step the current (or last) run was started on: only its own run is a try of a step. */
    private int runStep = -1;
    private CheckResult result;
    private boolean failedTry;

    LessonSession(Lesson lesson, int step, Topology design, LessonProgress progress) {
        this.lesson = lesson;
        this.progress = progress;
        this.design = design;
        this.step = Math.max(0, Math.min(step, lesson.steps().size() - 1));
        // Steps before the one the student comes back to were passed on an earlier day.
        for (int i = 0; i < this.step; i++) {
            passed.add(lesson.steps().get(i).id());
        }
        enter();
    }

    Lesson lesson() {
        return lesson;
    }

    int stepIndex() {
        return step;
    }

    LessonStep step() {
        return lesson.steps().get(step);
    }

    int stepCount() {
        return lesson.steps().size();
    }

    boolean first() {
        return step == 0;
    }

    boolean last() {
        return step == lesson.steps().size() - 1;
    }

    /** The latest result of this step's check; empty when the step has none. */
    Optional<CheckResult> result() {
        return Optional.ofNullable(result);
    }

    /** This step's check held (now or earlier), or it has no check: the student may go on. */
    boolean stepDone() {
        return step().check().isEmpty() || passed.contains(step().id());
    }

    /** Every step of the lesson done. */
    boolean lessonDone() {
        return last() && stepDone();
    }

    /** A try at this step failed (a run of it ended failing, or Check said no): show the hint. */
    boolean failedTry() {
        return failedTry && !stepDone();
    }

    boolean running() {
        return running;
    }

    /** What the highlighted elements of this step are. */
    List<String> highlight() {
        return step().highlight();
    }

    void back() {
        if (step > 0) {
            step--;
            enter();
        }
    }

    void next() {
        if (!last() && stepDone()) {
            step++;
            enter();
        }
    }

    /** The design on the canvas changed: a run of an older design no longer says anything about it. */
    void design(Topology now) {
        design = now;
        if (run != null && !run.design().equals(now)) {
            run = null;
        }
        evaluate();
    }

    void runStarted() {
        running = true;
        runStep = step;
        run = null;
        evaluate();
    }

    /** A reading of the run; an ended run that fails its check is a failed try of the step it was started on. */
    void run(RunWatch.Reading reading) {
        if (!reading.design().equals(design)) {
            return;
        }
        run = reading;
        if (reading.ended()) {
            running = false;
        }
        evaluate();
        if (reading.ended() && runStep == step && result != null && result.status() == CheckResult.Status.FAILED
                && step().needsRun()) {
            failedTry = true;
        }
    }

    /** The Check button: evaluates now, and a failing answer is a failed try (the hint shows). */
    void check() {
        evaluate();
        if (result != null && result.status() == CheckResult.Status.FAILED) {
            failedTry = true;
        }
    }

    private void enter() {
        failedTry = false;
        progress.onStep(lesson.id(), step);
        evaluate();
    }

    private void evaluate() {
        LessonStep current = step();
        if (current.check().isEmpty()) {
            result = null;
            if (last()) {
                progress.passed(lesson.id());
            }
            return;
        }
        Optional<RunReport> report = Optional.ofNullable(run).map(RunWatch.Reading::report);
        result = CheckEvaluator.evaluate(lesson, current, design, report);
        if (result.status() == CheckResult.Status.PASSED && passed.add(current.id())) {
            failedTry = false;
            if (last()) {
                progress.passed(lesson.id());
            }
        }
    }
}
