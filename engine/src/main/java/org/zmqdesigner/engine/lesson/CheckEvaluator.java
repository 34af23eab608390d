package org.zmqdesigner.engine.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zmqdesigner.engine.model.Topology;
import org.zmqdesigner.engine.runtime.RunReport;
import org.zmqdesigner.engine.text.Texts;

/**
 * Judges a step's check against the design being edited and, for a run check, a report of a run
 * of that design (the caller makes sure the report is of this design: the designer drops it on an
 * edit). Design conditions come first: a design that cannot pass is told what to change without
 * being asked to run.
 */
public final class CheckEvaluator {

    static final Texts TEXTS = LessonWords.TEXTS;

    private CheckEvaluator() {
    }

    public static CheckResult evaluate(Lesson lesson, LessonStep step, Topology current, Optional<RunReport> run) {
        Check check = step.check().orElseThrow(() ->
                new IllegalArgumentException("step " + step.id() + " of " + lesson.id() + " has no check"));
        return evaluate(check, lesson.start(), current, run);
    }

    /** The same for a check outside a lesson file; {@code start} is the design "unchanged" compares with. */
    public static CheckResult evaluate(Check check, Topology start, Topology current, Optional<RunReport> run) {
        return judge(check, start, current, run).result();
    }

    /** A result with what the player needs besides: whether going on with the run could change it. */
    record Judgement(CheckResult result, boolean settled) {
    }

    static Judgement judge(Check check, Topology start, Topology current, Optional<RunReport> run) {
        DesignChecks design = new DesignChecks(current, start);
        List<Verdict> designVerdicts = check.designConditions().stream().map(design::judge).toList();
        List<String> failed = reasons(designVerdicts, false);
        if (!failed.isEmpty()) {
            return new Judgement(new CheckResult(CheckResult.Status.FAILED, failed), true);
        }
        if (!check.needsRun()) {
            return new Judgement(new CheckResult(CheckResult.Status.PASSED, reasons(designVerdicts, true)), true);
        }
        if (run.isEmpty()) {
            return new Judgement(new CheckResult(CheckResult.Status.NEEDS_RUN, List.of(TEXTS.get("status.needsRun"))),
                    false);
        }
        RunChecks runs = new RunChecks(current, run.get());
        List<Verdict> gates = new ArrayList<>();
        List<Verdict> runVerdicts = new ArrayList<>();
        for (RunCondition condition : check.runConditions()) {
            (condition instanceof RunCondition.RunSent ? gates : runVerdicts).add(runs.judge(condition));
        }
        List<String> tooShort = reasons(gates, false);
        if (!tooShort.isEmpty()) {
            return new Judgement(new CheckResult(CheckResult.Status.RUN_TOO_SHORT, tooShort), false);
        }
        failed = reasons(runVerdicts, false);
        if (!failed.isEmpty()) {
            boolean settled = runVerdicts.stream().anyMatch(v -> !v.holds() && !v.mayStillHold());
            return new Judgement(new CheckResult(CheckResult.Status.FAILED, failed), settled);
        }
        List<String> held = new ArrayList<>(reasons(designVerdicts, true));
        held.addAll(reasons(gates, true));
        held.addAll(reasons(runVerdicts, true));
        return new Judgement(new CheckResult(CheckResult.Status.PASSED, held), true);
    }

    private static List<String> reasons(List<Verdict> verdicts, boolean holding) {
        return verdicts.stream().filter(v -> v.holds() == holding).map(Verdict::reason).toList();
    }
}
