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
            throw new IllegalArgumentException("a condition needs one of the fields " + String.join(", ",
                    KINDS.keySet()) + " to say what it checks");
        }
        if (naming.size() > 1) {
            throw new IllegalArgumentException("one condition checks one thing, but this one has "
                    + String.join(" and ", naming) + ": write each as its own {...} in \"conditions\"");
        }
        String kind = naming.get(0);
        for (String field : given.keySet()) {
            if (!field.equals(kind) && !KINDS.get(kind).contains(field)) {
                throw new IllegalArgumentException("\"" + field + "\" does not go with \"" + kind + "\"; "
                        + (KINDS.get(kind).isEmpty() ? "\"" + kind + "\" stands alone"
                        : "it takes " + String.join(", ", KINDS.get(kind).stream().sorted().toList())));
            }
        }
        return switch (kind) {
            case "validates" -> {
                if (!validates) {
                    throw new IllegalArgumentException("\"validates\" can only be true: leave the condition out"
                            + " when the design may have errors");
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
                    throw new IllegalArgumentException("\"subscribes\" needs the \"prefix\" the subscription must"
                            + " start with, such as \"10001\"");
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
            throw new IllegalArgumentException("a \"counter\" condition says whose counter with exactly one of"
                    + " \"node\", \"everyNodeWith\" or \"everyLinkOf\"" + (whose.isEmpty() ? ""
                    : "; this one has " + String.join(" and ", whose)));
        }
        Comparison comparison = comparison(false);
        if (everyLinkOf != null) {
            if (!counter.ofLinks()) {
                throw new IllegalArgumentException("links count only \"sent\" and \"delivered\", not \""
                        + counter.key() + "\"");
            }
            return new RunCondition.EveryLinkOf(text("everyLinkOf", everyLinkOf), counter, comparison);
        }
        if (!counter.ofNodes()) {
            throw new IllegalArgumentException("\"delivered\" is counted per link: use \"everyLinkOf\", or"
                    + " \"received\" for a node");
        }
        return node != null ? new RunCondition.NodeCounter(text("node", node), counter, comparison)
                : new RunCondition.EveryNodeWith(everyNodeWith, counter, comparison);
    }

    private SocketOption socketOption() {
        return SocketOption.byKey(option).orElseThrow(() -> {
            List<String> keys = java.util.Arrays.stream(SocketOption.values()).map(SocketOption::key).toList();
            return new IllegalArgumentException("\"" + option + "\" is not a socket option"
                    + Suggestions.closest(option, keys).map(s -> " — did you mean \"" + s + "\"?")
                    .orElse("; the options are " + String.join(", ", keys)));
        });
    }

    private Comparison comparison(boolean setAllowed) {
        List<Comparison> given = new ArrayList<>();
        if (is == Is.ZERO) {
            given.add(Comparison.zero());
        }
        if (is == Is.SET) {
            if (!setAllowed) {
                throw new IllegalArgumentException("a counter is always there: \"is\" takes \"zero\" here");
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
            throw new IllegalArgumentException("say how the number must compare with exactly one of \"is\": \"zero\""
                    + (setAllowed ? " (or \"set\")" : "") + ", \"above\", \"atLeast\" or \"atMost\""
                    + (given.isEmpty() ? "" : "; this condition has " + given.size()));
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
            throw new IllegalArgumentException("\"" + field + "\" names an element of the design: a node id, or"
                    + " node/socket");
        }
        return value;
    }

    private static String required(String field, String value) {
        if (value == null) {
            throw new IllegalArgumentException("this condition needs \"" + field + "\"");
        }
        return text(field, value);
    }

    private static long positive(String field, long value) {
        if (value < 1) {
            throw new IllegalArgumentException("\"" + field + "\" must be 1 or more, not " + value);
        }
        return value;
    }

    private static long nonNegative(String field, long value) {
        if (value < 0) {
            throw new IllegalArgumentException("\"" + field + "\" must be 0 or more, not " + value);
        }
        return value;
    }
}
