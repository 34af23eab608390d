package org.zmqdesigner.engine.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Why a run could not start, said once per reason: when the machine runs out of file
 * descriptors, thousands of nodes fail for the same reason, and one line must say so, not
 * thousands.
 */
final class StartFailures {

    /** One node's reason; the message names the node. */
    record Failure(String node, String message) {
    }

    private StartFailures() {
    }

    static String summary(List<Failure> failures) {
        Map<String, List<Failure>> byReason = new LinkedHashMap<>();
        for (Failure f : failures) {
            String reason = f.message().replace("node " + f.node(), "node {}");
            byReason.computeIfAbsent(reason, k -> new ArrayList<>()).add(f);
        }
        List<String> lines = new ArrayList<>();
        for (List<Failure> same : byReason.values()) {
            Failure first = same.get(0);
            if (same.size() == 1) {
                lines.add(first.message());
            } else {
                List<String> others = same.subList(1, same.size()).stream().map(Failure::node).toList();
                String named = others.size() <= 5 ? String.join(", ", others)
                        : String.join(", ", others.subList(0, 5)) + " and " + (others.size() - 5) + " more";
                lines.add(first.message() + " — the same for " + others.size() + " more node"
                        + (others.size() == 1 ? "" : "s") + " (" + named + ")");
            }
        }
        return String.join("\n", lines);
    }
}
