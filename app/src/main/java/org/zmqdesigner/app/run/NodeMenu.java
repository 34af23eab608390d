package org.zmqdesigner.app.run;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.MenuItem;

/** A node's context menu while a run is on: kill it, restart it, or start it again late. */
final class NodeMenu {
    private NodeMenu() {
    }

    static List<MenuItem> items(String node, boolean alive, Consumer<String> kill, Consumer<String> restart,
                                Consumer<String> startLate) {
        MenuItem killItem = item("Kill " + node, "run-kill", () -> kill.accept(node));
        killItem.setDisable(!alive);
        MenuItem restartItem = item("Restart " + node, "run-restart", () -> restart.accept(node));
        MenuItem lateItem = item("Start " + node + " late", "run-start-late", () -> startLate.accept(node));
        lateItem.setDisable(alive);
        return List.of(killItem, restartItem, lateItem);
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }
}
