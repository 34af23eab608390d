package org.zmqdesigner.engine.model;

/** Checks for the few fields a model value cannot exist without. */
final class Required {
    private Required() {
    }

    static String text(String value, String field, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " needs a non-empty \"" + field + "\"");
        }
        return value;
    }

    static <T> T value(T value, String field, String what) {
        if (value == null) {
            throw new IllegalArgumentException(what + " needs a \"" + field + "\"");
        }
        return value;
    }
}
