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
        slug("id", id, "a lesson");
        if (order == null || order < 1) {
            throw new IllegalArgumentException("a lesson needs \"order\": its place in the course, 1 or more");
        }
        if (design == null || design.isBlank()) {
            throw new IllegalArgumentException("a lesson needs \"design\": its starting design, a "
                    + TopologyFormat.EXTENSION + " file beside the lesson");
        }
        if (steps == null || steps.isEmpty()) {
            throw new IllegalArgumentException("a lesson needs \"steps\": a list of at least one step");
        }
        steps = List.copyOf(steps);
        Set<String> ids = new HashSet<>();
        for (Step step : steps) {
            if (!ids.add(step.id())) {
                throw new IllegalArgumentException("two steps have the id \"" + step.id() + "\"; each step needs its"
                        + " own, since its texts are found by it");
            }
        }
    }

    /** One step as written. */
    record Step(String id, List<String> highlight, Check check, String solution) {
        Step {
            slug("id", id, "a step");
            highlight = highlight == null ? List.of() : List.copyOf(highlight);
            for (String element : highlight) {
                if (element == null || element.isBlank()) {
                    throw new IllegalArgumentException("\"highlight\" names elements of the design: node ids, node/socket"
                            + " or link ids, not an empty string");
                }
            }
            if (solution != null) {
                if (check == null) {
                    throw new IllegalArgumentException("only a step with a \"check\" has a \"solution\": it is the"
                            + " design that passes the check");
                }
            }
        }
    }

    private static void slug(String field, String value, String what) {
        if (value == null || !SLUG.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " needs \"" + field + "\": lower-case letters, digits and"
                    + " dashes, such as \"run-it\"" + (value == null ? "" : "; \"" + value + "\" is not"));
        }
    }

    /**
     * Why a design file name does not do, or null: it must be a relative name that stays in the
     * lesson's folder (so a lesson is copied as one folder) and name a design.
     */
    static String badDesignName(String value) {
        if (value.isBlank()) {
            return "name the " + TopologyFormat.EXTENSION + " file beside the lesson";
        }
        Path path;
        try {
            path = Path.of(value);
        } catch (java.nio.file.InvalidPathException e) {
            return "\"" + value + "\" is not a file name";
        }
        if (path.isAbsolute() || value.startsWith("/") || value.startsWith("\\") || value.contains(":")
                || value.contains("..")) {
            return "\"" + value + "\" leaves the lesson's folder; name a file in it, such as"
                    + " \"01-hello-reqrep.zmqtopo\", so the lesson can be copied as one folder";
        }
        if (!value.endsWith(TopologyFormat.EXTENSION)) {
            return "\"" + value + "\" is not a design: its name must end in " + TopologyFormat.EXTENSION;
        }
        return null;
    }
}
