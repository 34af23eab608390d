package org.zmqdesigner.app.canvas;

import java.util.List;
import javafx.scene.control.MenuItem;

/**
 * What the canvas's right-click menus offer while editing; the window fills them from its actions.
 * The element right-clicked is selected before its menu is asked for.
 */
public interface CanvasMenus {

    CanvasMenus NONE = new CanvasMenus() {
        @Override
        public List<MenuItem> background() {
            return List.of();
        }

        @Override
        public List<MenuItem> node(String id) {
            return List.of();
        }

        @Override
        public List<MenuItem> link(String id) {
            return List.of();
        }
    };

    List<MenuItem> background();

    List<MenuItem> node(String id);

    List<MenuItem> link(String id);
}
