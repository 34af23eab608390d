package org.zmqdesigner.app.actions;

import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;

/**
 * One thing the user can do: its text, icon, shortcut, when it is enabled and what it does. Menus,
 * the toolbar, context menus and the shortcut list are all built from these, so a shortcut shown
 * anywhere is the one that works. Configured once while the window is wired, then read-only.
 */
public final class Action {

    private final String id;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper();
    private final Runnable handler;
    private Ikon icon;
    private KeyCombination shortcut;
    private String description;
    private ObservableBooleanValue enabled = Bindings.createBooleanBinding(() -> true);

    /** {@code text} may carry a mnemonic ("_Open…"); it is stripped where mnemonics do not apply. */
    public Action(String id, String text, Runnable handler) {
        this.id = Objects.requireNonNull(id);
        this.text.set(text);
        this.handler = Objects.requireNonNull(handler);
    }

    public Action icon(Ikon value) {
        this.icon = value;
        return this;
    }

    /** A shortcut in JavaFX's notation: "Shortcut+Shift+O", "F5", "Shift+F5". */
    public Action shortcut(String combination) {
        this.shortcut = KeyCombination.keyCombination(combination);
        return this;
    }

    /** What the action does, for tooltips, when the text alone does not say it. */
    public Action describe(String value) {
        this.description = value;
        return this;
    }

    public Action enabledWhen(ObservableBooleanValue condition) {
        this.enabled = Objects.requireNonNull(condition);
        return this;
    }

    /** Text that changes with the state ("Undo Move worker-1", "Resume"). */
    public Action textFrom(ObservableStringValue value) {
        this.text.bind(value);
        return this;
    }

    public String id() {
        return id;
    }

    public ObservableStringValue textProperty() {
        return text.getReadOnlyProperty();
    }

    /** The text without its mnemonic marker and ellipsis: "Open Sample", "예제 열기" (from "예제 열기(_S)…"). */
    public String plainText() {
        return text.get().replaceAll("\\(_.\\)", "").replace("_", "").replace("…", "");
    }

    public Ikon icon() {
        return icon;
    }

    public KeyCombination shortcut() {
        return shortcut;
    }

    /** The shortcut as the platform writes it ("Ctrl+Shift+O"), or empty. */
    public String shortcutText() {
        return shortcut == null ? "" : shortcut.getDisplayText();
    }

    public String description() {
        return description == null ? plainText() : description;
    }

    public ObservableBooleanValue enabledProperty() {
        return enabled;
    }

    public boolean isEnabled() {
        return enabled.get();
    }

    /** Runs the action if it is enabled (a disabled action does nothing, whoever asks). */
    public void perform() {
        if (enabled.get()) {
            handler.run();
        }
    }
}
