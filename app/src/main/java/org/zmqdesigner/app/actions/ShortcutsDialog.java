package org.zmqdesigner.app.actions;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.zmqdesigner.app.text.DialogButtons;
import org.zmqdesigner.engine.text.Texts;

/** Help → Keyboard Shortcuts: every action that has a shortcut, read from the registry. */
public final class ShortcutsDialog {

    private ShortcutsDialog() {
    }

    /** The list itself: one row per action, its name and its keys. */
    public static GridPane table(ActionRegistry registry) {
        GridPane grid = new GridPane();
        grid.setId("shortcuts-table");
        grid.setHgap(24);
        grid.setVgap(4);
        int row = 0;
        for (Action action : registry.withShortcuts()) {
            Label name = new Label(action.description());
            name.getStyleClass().add("shortcut-action");
            Label keys = new Label(action.shortcutText());
            keys.getStyleClass().add("shortcut-keys");
            keys.setId("shortcut-" + action.id());
            // The keys are the point of the list: never cut to "Ctrl+Shift…"; a long name wraps instead.
            keys.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            name.setWrapText(true);
            grid.addRow(row++, name, keys);
        }
        return grid;
    }

    /** Shows the list without blocking: it can stay open beside the window while the user tries the keys. */
    public static Alert show(Window owner, ActionRegistry registry) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, null, DialogButtons.close());
        Texts texts = Texts.of(ShortcutsDialog.class);
        alert.setTitle(texts.get("shortcuts.title"));
        alert.setHeaderText(texts.get("shortcuts.header"));
        ScrollPane scroll = new ScrollPane(table(registry));
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(420);
        alert.getDialogPane().setContent(scroll);
        alert.getDialogPane().setId("shortcuts");
        alert.initOwner(owner);
        alert.initModality(javafx.stage.Modality.NONE);
        alert.show();
        return alert;
    }
}
