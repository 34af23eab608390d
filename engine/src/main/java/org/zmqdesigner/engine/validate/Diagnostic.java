package org.zmqdesigner.engine.validate;

import java.util.Objects;

/**
 * One finding of the validator.
 *
 * @param code stable identifier, such as {@code INCOMPATIBLE_SOCKETS}; documented in the README
 * @param element id of the node or link, or {@code node/socket} for a socket; empty for the topology
 * @param message what is wrong, in plain words
 * @param hint how to fix it
 */
public record Diagnostic(String code, Severity severity, String element, String message, String hint) {
    public Diagnostic {
        Objects.requireNonNull(code);
        Objects.requireNonNull(severity);
        element = element == null ? "" : element;
        Objects.requireNonNull(message);
        hint = hint == null ? "" : hint;
    }

    /** Message and hint as one sentence pair, for places with room for one line. */
    public String explanation() {
        return hint.isEmpty() ? message : message + " " + hint;
    }
}
