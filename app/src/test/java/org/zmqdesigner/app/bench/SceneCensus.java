package org.zmqdesigner.app.bench;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * Counts the nodes of a scene graph by class: JavaFX walks the whole graph every pulse (bounds,
 * mouse picking while the pointer is over the window) and the renderer walks what is visible,
 * so the count is part of the cost of a frame.
 */
final class SceneCensus {

    private final Map<String, Integer> byClass = new HashMap<>();
    private final Map<String, Integer> hiddenByClass = new HashMap<>();
    private int nodes;
    private int visible;

    static SceneCensus of(Node root) {
        SceneCensus census = new SceneCensus();
        census.walk(root, true);
        return census;
    }

    private void walk(Node node, boolean shown) {
        nodes++;
        boolean nowShown = shown && node.isVisible();
        if (nowShown) {
            visible++;
        }
        String name = node.getClass().getSimpleName().isEmpty() ? node.getClass().getName()
                : node.getClass().getSimpleName();
        byClass.merge(name, 1, Integer::sum);
        if (!nowShown) {
            hiddenByClass.merge(name, 1, Integer::sum);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, nowShown);
            }
        }
    }

    /** "4,812 nodes (3,100 shown); most: Text 900, Path 800, ...; most hidden: ..." */
    String line() {
        return String.format(Locale.ROOT, "%,d nodes (%,d shown); most: %s; most hidden: %s", nodes, visible,
                most(byClass), most(hiddenByClass));
    }

    private static String most(Map<String, Integer> byClass) {
        return byClass.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(8)
                .map(e -> e.getKey() + " " + String.format(Locale.ROOT, "%,d", e.getValue()))
                .collect(Collectors.joining(", "));
    }
}
