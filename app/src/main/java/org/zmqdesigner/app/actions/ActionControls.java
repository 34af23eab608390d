package org.zmqdesigner.app.actions;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;
import org.zmqdesigner.app.controls.LazyTooltip;
import org.zmqdesigner.engine.text.Texts;

/** Turns actions into controls: menu items (with the shortcut) and toolbar buttons (with a tooltip naming it). */
public final class ActionControls {

    private ActionControls() {
    }

    /** A menu bar item: text, shortcut (which makes the shortcut work while the menu bar is shown), enabled state. */
    public static MenuItem menuItem(Action action) {
        MenuItem item = contextItem(action);
        item.setId("menu-" + action.id());
        item.setAccelerator(action.shortcut());
        return item;
    }

    /**
     * A context menu item: the same action, with its shortcut written beside it as a reminder but
     * not registered again (the menu bar's item already answers to it).
     */
    public static MenuItem contextItem(Action action) {
        MenuItem item = new MenuItem();
        item.textProperty().bind(action.textProperty());
        item.disableProperty().bind(Bindings.createBooleanBinding(() -> !action.isEnabled(), action.enabledProperty()));
        item.setOnAction(e -> action.perform());
        return item;
    }

    /** An icon button named by its tooltip: "Run (F5)". */
    public static Button button(Action action) {
        Button button = new Button(null, action.icon() == null ? null : new FontIcon(action.icon()));
        if (action.icon() == null) {
            button.textProperty().bind(action.textProperty());
        }
        button.setId(action.id());
        // Named for screen readers now; the tooltip that shows the same words is made on first hover.
        button.accessibleTextProperty().bind(Bindings.createStringBinding(() -> tooltip(action), action.textProperty()));
        LazyTooltip.install(button, () -> {
            Tooltip tip = new Tooltip();
            tip.textProperty().bind(button.accessibleTextProperty());
            return tip;
        });
        button.getStyleClass().add("flat");
        button.disableProperty().bind(Bindings.createBooleanBinding(() -> !action.isEnabled(),
                action.enabledProperty()));
        button.setOnAction(e -> action.perform());
        return button;
    }

    static String tooltip(Action action) {
        String text = action.description();
        return action.shortcut() == null ? text
                : Texts.of(ActionControls.class).get("tooltip.withShortcut", text, action.shortcutText());
    }
}
