package org.zmqdesigner.engine.model;

import org.zmqdesigner.engine.text.Texts;

/**
 * Checks for the few fields a model value cannot exist without. The messages reach the student
 * (a file that leaves a field out), so they are in the current language; {@code field} is the
 * file's own word and {@code what} names the value by its key in the bundle ({@code required.node}).
 */
final class Required {
    private Required() {
    }

    static String text(String value, String field, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(message("required.text", field, what));
        }
        return value;
    }

    static <T> T value(T value, String field, String what) {
        if (value == null) {
            throw new IllegalArgumentException(message("required.value", field, what));
        }
        return value;
    }

    /** "a socket needs a \"type\"", in the current language. */
    static String message(String key, String field, String what) {
        Texts texts = Texts.of(Required.class);
        return texts.get(key, texts.get("required.what." + what), field);
    }
}
