package org.zmqdesigner.app.actions;

import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.zmqdesigner.engine.text.Texts;

/**
 * The menu bar, laid out by action id. Every action with a shortcut is in a menu: a menu item's
 * accelerator is what makes the shortcut work anywhere in the window.
 */
public final class MainMenus {

    /** Where a line between groups goes. */
    private static final String SEPARATOR = "-";
    private static final Texts TEXTS = Texts.of(MainMenus.class);

    private MainMenus() {
    }

    /**
     * @param recent      File → Open Recent, filled when it opens
     * @param viewToggles View's on/off items (theme, legend), after the zoom actions
     */
    public static MenuBar build(ActionRegistry actions, Menu recent, List<MenuItem> viewToggles) {
        Menu file = menu(actions, TEXTS.get("menu.file"), "new", "open", "open-sample");
        file.getItems().add(recent);
        file.getItems().addAll(items(actions, SEPARATOR, "save", "save-as", SEPARATOR, "export", "export-png", "export-svg",
                SEPARATOR, "exit"));
        Menu edit = menu(actions, TEXTS.get("menu.edit"), "undo", "redo", SEPARATOR, "copy", "paste", "duplicate", "delete",
                "rename", SEPARATOR, "tidy-up", SEPARATOR, "select-all");
        Menu view = menu(actions, TEXTS.get("menu.view"), "fit", "zoom-in", "zoom-out", SEPARATOR);
        view.getItems().addAll(viewToggles);
        Menu run = menu(actions, TEXTS.get("menu.run"), "run-start", "run-pause", "run-step", "run-stop", SEPARATOR,
                "explain");
        Menu help = menu(actions, TEXTS.get("menu.help"), "lessons", SEPARATOR, "shortcuts");
        MenuBar bar = new MenuBar(file, edit, view, run, help);
        bar.setId("menu-bar");
        return bar;
    }

    private static Menu menu(ActionRegistry actions, String title, String... ids) {
        Menu menu = new Menu(title);
        menu.getItems().addAll(items(actions, ids));
        return menu;
    }

    private static List<MenuItem> items(ActionRegistry actions, String... ids) {
        return java.util.Arrays.stream(ids).map(id -> id.equals(SEPARATOR) ? new SeparatorMenuItem()
                : ActionControls.menuItem(actions.get(id))).toList();
    }
}
