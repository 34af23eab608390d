package org.zmqdesigner.engine.lesson;

import java.util.List;
import java.util.Optional;

/**
 * One step of a lesson.
 *
 * @param highlight the elements the step talks about: node ids, {@code node/socket}, link ids
 * @param solutionFile the file of the teacher's answer design, for a checked step
 */
public record LessonStep(String id, List<String> highlight, Optional<Check> check, Optional<String> solutionFile) {

    public LessonStep {
        highlight = highlight == null ? List.of() : List.copyOf(highlight);
    }

    /** True when the step's check is judged on a run. */
    public boolean needsRun() {
        return check.map(Check::needsRun).orElse(false);
    }
}
