package org.zmqdesigner.engine.lesson;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.zmqdesigner.engine.format.TopologyFormat;

/**
 * A {@code .zmqlesson} file as written: read by the topology format's strict reader (unknown
 * fields refused, no type names), then turned into a {@link Lesson} by {@link LessonLoader}.
 * Everything that can be checked without other files is checked here, so Jackson locates it.
 */
@JsonIgnoreProperties(value = {"formatVersion"}, allowGetters = false)
record LessonFile(String id, Integer order, String design, List<Step> steps) {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]*");

    LessonFile {
        slug(id, "load.lesson.id");
        if (order == null || order < 1) {
            throw LessonWords.problem("load.lesson.order");
        }
        if (design == null || design.isBlank()) {
            throw LessonWords.problem("load.lesson.design", TopologyFormat.EXTENSION);
        }
        if (steps == null || steps.isEmpty()) {
            throw LessonWords.problem("load.lesson.steps");
        }
        steps = List.copyOf(steps);
        Set<String> ids = new HashSet<>();
        for (Step step : steps) {
            if (!ids.add(step.id())) {
                throw LessonWords.problem("load.step.duplicate", step.id());
            }
        }
    }

    /** One step as written. */
    record Step(String id, List<String> highlight, Check check, String solution) {
        Step {
            slug(id, "load.step.id");
            highlight = highlight == null ? List.of() : List.copyOf(highlight);
            for (String element : highlight) {
                if (element == null || element.isBlank()) {
                    throw LessonWords.problem("load.step.highlight");
                }
            }
            if (solution != null) {
                if (check == null) {
                    throw LessonWords.problem("load.step.solutionWithoutCheck");
                }
            }
        }
    }

    private static void slug(String value, String key) {
        if (value == null || !SLUG.matcher(value).matches()) {
            throw LessonWords.problem(key, value == null ? "" : value);
        }
    }

    /**
     * Why a design file name does not do, or null: it must be a relative name that stays in the
     * lesson's folder (so a lesson is copied as one folder) and name a design.
     */
    static String badDesignName(String value) {
        if (value.isBlank()) {
            return LessonWords.TEXTS.get("load.design.blank", TopologyFormat.EXTENSION);
        }
        Path path;
        try {
            path = Path.of(value);
        } catch (java.nio.file.InvalidPathException e) {
            return LessonWords.TEXTS.get("load.design.notAName", value);
        }
        if (path.isAbsolute() || value.startsWith("/") || value.startsWith("\\") || value.contains(":")
                || value.contains("..")) {
            return LessonWords.TEXTS.get("load.design.leaves", value);
        }
        if (!value.endsWith(TopologyFormat.EXTENSION)) {
            return LessonWords.TEXTS.get("load.design.notDesign", value, TopologyFormat.EXTENSION);
        }
        return null;
    }
}
