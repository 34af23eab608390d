package org.zmqdesigner.engine.lesson;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * What a step asks for: conditions that must all hold. A design check ({@code "on": "design"})
 * holds only design conditions and is judged at any time; a run check ({@code "on": "run"}) may
 * hold both, and its design conditions are judged first, so a student is told what to change
 * before being asked to run.
 */
public record Check(On on, List<Condition> conditions) {

    public enum On {
        @JsonProperty("design") DESIGN,
        @JsonProperty("run") RUN
    }

    public Check {
        if (on == null) {
            throw LessonWords.problem("load.check.on");
        }
        if (conditions == null || conditions.isEmpty()) {
            throw LessonWords.problem("load.check.conditions");
        }
        conditions = List.copyOf(conditions);
        if (on == On.DESIGN && conditions.stream().anyMatch(c -> c instanceof RunCondition)) {
            throw LessonWords.problem("load.check.designWithRun");
        }
        if (on == On.RUN && conditions.stream().noneMatch(c -> c instanceof RunCondition)) {
            throw LessonWords.problem("load.check.runWithoutRun");
        }
    }

    public List<DesignCondition> designConditions() {
        return conditions.stream().filter(DesignCondition.class::isInstance).map(DesignCondition.class::cast)
                .toList();
    }

    public List<RunCondition> runConditions() {
        return conditions.stream().filter(RunCondition.class::isInstance).map(RunCondition.class::cast).toList();
    }

    /** Whether judging this check needs a run. */
    public boolean needsRun() {
        return on == On.RUN;
    }
}
