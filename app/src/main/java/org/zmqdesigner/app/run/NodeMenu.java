package org.zmqdesigner.app.run;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.MenuItem;
import org.zmqdesigner.engine.text.Texts;

/** A node's context menu while a run is on: kill it, restart it, or start it again late. */
final class NodeMenu {
    private static final Texts TEXTS = Texts.of(NodeMenu.class);

    private NodeMenu() {
    }

    static List<MenuItem> items(String node, boolean alive, Consumer<String> kill, Consumer<String> restart,
                                Consumer<String> startLate) {
        MenuItem killItem = item(TEXTS.get("node.kill", node), "run-kill", () -> kill.accept(node));
        killItem.setDisable(!alive);
        MenuItem restartItem = item(TEXTS.get("node.restart", node), "run-restart", () -> restart.accept(node));
        MenuItem lateItem = item(TEXTS.get("node.startLate", node), "run-start-late", () -> startLate.accept(node));
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
