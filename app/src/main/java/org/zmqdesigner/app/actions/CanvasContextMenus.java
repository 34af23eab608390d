package org.zmqdesigner.app.actions;

import java.util.Arrays;
import java.util.List;
import javafx.scene.control.MenuItem;
import org.zmqdesigner.app.canvas.CanvasMenus;

/** The canvas's right-click menus, made of the same actions as the menu bar. */
public final class CanvasContextMenus implements CanvasMenus {

    private final ActionRegistry actions;

    public CanvasContextMenus(ActionRegistry actions) {
        this.actions = actions;
    }

    @Override
    public List<MenuItem> background() {
        return items("paste", "select-all", "fit");
    }

    @Override
    public List<MenuItem> node(String id) {
        return items("rename", "duplicate", "copy", "delete");
    }

    @Override
    public List<MenuItem> link(String id) {
        return items("delete");
    }

    private List<MenuItem> items(String... ids) {
        return Arrays.stream(ids).map(id -> ActionControls.contextItem(actions.get(id))).toList();
    }
}
