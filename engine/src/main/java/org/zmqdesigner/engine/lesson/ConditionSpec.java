package org.zmqdesigner.engine.lesson;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zmqdesigner.engine.format.Suggestions;
import org.zmqdesigner.engine.model.SocketOption;
import org.zmqdesigner.engine.model.SocketType;

/**
 * A condition as a lesson file writes it: one naming field ({@code "nodesWith"},
 * {@code "counter"}, ...) and the fields that go with it. Only {@link #condition()} reads it, and
 * it refuses a mixture that means nothing, saying which fields belong together, so that a mistyped
 * check fails when the lesson loads rather than never passing.
 */
public record ConditionSpec(
        Boolean validates,
        SocketType nodesWith,
        SocketType reachingOne,
        String unchanged,
        String subscribes,
        String prefix,
        Boolean only,
        String option,
        String socket,
        Setting setting,
        Long messages,
        Counter counter,
        String node,
        SocketType everyNodeWith,
        String everyLinkOf,
        String filtered,
        EndState state,
        Is is,
        Long above,
        Long atLeast,
        Long atMost) {

    /** The words {@code "is"} takes. */
    public enum Is {
        @JsonProperty("zero") ZERO,
        @JsonProperty("set") SET
    }

    /** The fields that name a condition, each with the fields it takes besides itself. */
    private static final Map<String, Set<String>> KINDS = kinds();

    private static Map<String, Set<String>> kinds() {
        Map<String, Set<String>> kinds = new LinkedHashMap<>();
        Set<String> comparisons = Set.of("is", "above", "atLeast", "atMost");
        kinds.put("validates", Set.of());
        kinds.put("nodesWith", Set.of("reachingOne", "atLeast"));
        kinds.put("unchanged", Set.of());
        kinds.put("subscribes", Set.of("prefix", "only"));
        kinds.put("option", with(comparisons, "socket"));
        kinds.put("setting", with(comparisons, "node"));
        kinds.put("messages", Set.of());
        kinds.put("counter", with(comparisons, "node", "everyNodeWith", "everyLinkOf"));
        kinds.put("filtered", Set.of());
        kinds.put("state", Set.of("node"));
        return kinds;
    }

    private static Set<String> with(Set<String> base, String... more) {
        Set<String> out = new java.util.HashSet<>(base);
        out.addAll(List.of(more));
        return Set.copyOf(out);
    }

    /** The typed condition these fields describe; an IllegalArgumentException says what is wrong. */
    Condition condition() {
        Map<String, Object> given = given();
        List<String> naming = given.keySet().stream().filter(KINDS::containsKey).toList();
        if (naming.isEmpty()) {
            throw LessonWords.problem("load.condition.none", String.join(", ", KINDS.keySet()));
        }
        if (naming.size() > 1) {
            throw LessonWords.problem("load.condition.several", String.join(", ", naming));
        }
        String kind = naming.get(0);
        for (String field : given.keySet()) {
            if (!field.equals(kind) && !KINDS.get(kind).contains(field)) {
                throw KINDS.get(kind).isEmpty() ? LessonWords.problem("load.condition.alone", field, kind)
                        : LessonWords.problem("load.condition.notWith", field, kind,
                        String.join(", ", KINDS.get(kind).stream().sorted().toList()));
            }
        }
        return switch (kind) {
            case "validates" -> {
                if (!validates) {
                    throw LessonWords.problem("load.validates.true");
                }
                yield new DesignCondition.Validates();
            }
            case "nodesWith" -> {
                long n = atLeast == null ? 1 : positive("atLeast", atLeast);
                yield reachingOne == null ? new DesignCondition.NodesWith(nodesWith, n)
                        : new DesignCondition.ServedByOne(nodesWith, reachingOne, n);
            }
            case "unchanged" -> new DesignCondition.Unchanged(text("unchanged", unchanged));
            case "subscribes" -> {
                if (prefix == null) {
                    throw LessonWords.problem("load.subscribes.prefix");
                }
                yield new DesignCondition.Subscribes(text("subscribes", subscribes), prefix, Boolean.TRUE.equals(only));
            }
            case "option" -> new DesignCondition.OptionLimit(socketOption(), required("socket", socket),
                    comparison(true));
            case "setting" -> new DesignCondition.SettingLimit(setting, required("node", node), comparison(true));
            case "messages" -> new RunCondition.RunSent(positive("messages", messages));
            case "counter" -> counterCondition();
            case "filtered" -> new RunCondition.Filtered(text("filtered", filtered));
            case "state" -> new RunCondition.EndedIn(required("node", node), state);
            default -> throw new IllegalStateException(kind);
        };
    }

    private Condition counterCondition() {
        List<String> whose = new ArrayList<>();
        if (node != null) {
            whose.add("node");
        }
        if (everyNodeWith != null) {
            whose.add("everyNodeWith");
        }
        if (everyLinkOf != null) {
            whose.add("everyLinkOf");
        }
        if (whose.size() != 1) {
            throw whose.isEmpty() ? LessonWords.problem("load.counter.whose")
                    : LessonWords.problem("load.counter.whoseSeveral", String.join(", ", whose));
        }
        Comparison comparison = comparison(false);
        if (everyLinkOf != null) {
            if (!counter.ofLinks()) {
                throw LessonWords.problem("load.counter.links", counter.key());
            }
            return new RunCondition.EveryLinkOf(text("everyLinkOf", everyLinkOf), counter, comparison);
        }
        if (!counter.ofNodes()) {
            throw LessonWords.problem("load.counter.delivered");
        }
        return node != null ? new RunCondition.NodeCounter(text("node", node), counter, comparison)
                : new RunCondition.EveryNodeWith(everyNodeWith, counter, comparison);
    }

    private SocketOption socketOption() {
        return SocketOption.byKey(option).orElseThrow(() -> {
            List<String> keys = java.util.Arrays.stream(SocketOption.values()).map(SocketOption::key).toList();
            return Suggestions.closest(option, keys)
                    .map(s -> LessonWords.problem("load.option.guess", option, s))
                    .orElseGet(() -> LessonWords.problem("load.option.unknown", option, String.join(", ", keys)));
        });
    }

    private Comparison comparison(boolean setAllowed) {
        List<Comparison> given = new ArrayList<>();
        if (is == Is.ZERO) {
            given.add(Comparison.zero());
        }
        if (is == Is.SET) {
            if (!setAllowed) {
                throw LessonWords.problem("load.is.counter");
            }
            given.add(new Comparison(Comparison.Kind.SET, 0));
        }
        if (above != null) {
            given.add(new Comparison(Comparison.Kind.ABOVE, nonNegative("above", above)));
        }
        if (atLeast != null) {
            given.add(Comparison.atLeast(nonNegative("atLeast", atLeast)));
        }
        if (atMost != null) {
            given.add(new Comparison(Comparison.Kind.AT_MOST, nonNegative("atMost", atMost)));
        }
        if (given.size() != 1) {
            throw LessonWords.problem(given.isEmpty() ? "load.comparison.none" : "load.comparison.several",
                    String.valueOf(given.size()));
        }
        return given.get(0);
    }

    private Map<String, Object> given() {
        Map<String, Object> given = new LinkedHashMap<>();
        Object[] values = {validates, nodesWith, reachingOne, unchanged, subscribes, prefix, only, option, socket,
                setting, messages, counter, node, everyNodeWith, everyLinkOf, filtered, state, is, above, atLeast,
                atMost};
        var components = ConditionSpec.class.getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            if (values[i] != null) {
                given.put(components[i].getName(), values[i]);
            }
        }
        return given;
    }

    private static String text(String field, String value) {
        if (value.isBlank()) {
            throw LessonWords.problem("load.element", field);
        }
        return value;
    }

    private static String required(String field, String value) {
        if (value == null) {
            throw LessonWords.problem("load.required", field);
        }
        return text(field, value);
    }

    private static long positive(String field, long value) {
        if (value < 1) {
            throw LessonWords.problem("load.positive", field, String.valueOf(value));
        }
        return value;
    }

    private static long nonNegative(String field, long value) {
        if (value < 0) {
            throw LessonWords.problem("load.nonNegative", field, String.valueOf(value));
        }
        return value;
    }
}
