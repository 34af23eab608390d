package org.zmqdesigner.engine.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zmqdesigner.engine.text.Texts;

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
        Texts texts = Texts.of(StartFailures.class);
        Map<String, List<Failure>> byReason = new LinkedHashMap<>();
        for (Failure f : failures) {
            String reason = f.message().replace(texts.get("node.named", f.node()), "node {}");
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
                        : texts.get("start.andMore", String.join(", ", others.subList(0, 5)),
                        String.valueOf(others.size() - 5));
                lines.add(texts.get(others.size() == 1 ? "start.sameFor.one" : "start.sameFor.many", first.message(),
                        String.valueOf(others.size()), named));
            }
        }
        return String.join("\n", lines);
    }
}
