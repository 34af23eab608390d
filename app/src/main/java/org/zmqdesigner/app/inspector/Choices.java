package org.zmqdesigner.app.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

/**
 * Drop-down choices. Each applies its edit the moment a value is picked: a choice has no
 * half-typed state to protect, unlike a text field.
 */
final class Choices {

    static final String DEFAULT = "default";
    static final String ON = "on";
    static final String OFF = "off";

    private Choices() {
    }

    /** The word shown for one of {@link #DEFAULT}, {@link #ON} and {@link #OFF}, which stay the values. */
    static String shown(String choice) {
        return InspectorContext.text("choice." + choice);
    }

    static <T> ComboBox<T> of(String id, List<T> items, T value, Function<T, String> label, Consumer<T> onPick) {
        ComboBox<T> combo = new ComboBox<>();
        combo.setId(id);
        combo.getItems().setAll(items);
        combo.setConverter(new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : label.apply(item);
            }

            @Override
            public T fromString(String text) {
                return combo.getItems().stream().filter(i -> label.apply(i).equals(text)).findFirst().orElse(null);
            }
        });
        combo.setValue(value);
        // Listening only after the value is set keeps building the panel from making edits.
        combo.valueProperty().addListener((o, was, now) -> {
            if (now != null && !now.equals(was)) {
                onPick.accept(now);
            }
        });
        return combo;
    }

    /** An option ZeroMQ defaults when unset: "default" leaves it out of the file, unlike "off". */
    static ComboBox<String> triState(String id, Boolean value, Consumer<Boolean> onPick) {
        String shown = value == null ? DEFAULT : value ? ON : OFF;
        return of(id, List.of(DEFAULT, ON, OFF), shown, Choices::shown,
                s -> onPick.accept(s.equals(DEFAULT) ? null : s.equals(ON)));
    }

    /**
     * A socket of the node for a behaviour, or "" for "the first that fits" (null in the model). A
     * name the node no longer has stays listed, so the validator's complaint about it makes sense.
     */
    static ComboBox<String> socket(String id, String value, List<String> socketIds, Consumer<String> onPick) {
        return socket(id, value, socketIds, InspectorContext.text("socket.choice.automatic"), onPick);
    }

    /** The same, where "" reads as {@code unset}: "none" for a socket that is optional, such as a sync socket. */
    static ComboBox<String> socket(String id, String value, List<String> socketIds, String unset,
                                   Consumer<String> onPick) {
        List<String> items = new ArrayList<>();
        items.add("");
        items.addAll(socketIds);
        if (value != null && !items.contains(value)) {
            items.add(value);
        }
        return of(id, items, value == null ? "" : value,
                s -> s.isEmpty() ? unset
                        : socketIds.contains(s) ? s : InspectorContext.text("socket.choice.missing", s),
                s -> onPick.accept(s.isEmpty() ? null : s));
    }
}
