package org.zmqdesigner.engine.lesson;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zmqdesigner.engine.model.Topology;

/**
 * A loaded lesson: its starting design, its steps and its texts, everything read and checked when
 * it loaded (the designs, the solutions, the English texts), so nothing fails halfway through.
 *
 * @param order the lesson's place in the course
 * @param file the {@code .zmqlesson} file
 * @param start the starting design
 * @param solutions the solution designs by step id
 */
public record Lesson(String id, int order, Path file, Topology start, List<LessonStep> steps, LessonTexts texts,
                     Map<String, Topology> solutions) {

    public static final String EXTENSION = ".zmqlesson";

    public Lesson {
        steps = List.copyOf(steps);
        solutions = Map.copyOf(solutions);
    }

    /** The teacher's answer design for a checked step, when the lesson has one. */
    public Optional<Topology> solution(LessonStep step) {
        return Optional.ofNullable(solutions.get(step.id()));
    }

    public Optional<LessonStep> step(String id) {
        return steps.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
