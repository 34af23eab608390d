package org.zmqdesigner.engine.validate;

import java.util.ArrayList;
import java.util.List;

/** Collects diagnostics as rules find them. */
final class Findings {
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    void error(String code, String element, String message, String hint) {
        diagnostics.add(new Diagnostic(code, Severity.ERROR, element, message, hint));
    }

    void warning(String code, String element, String message, String hint) {
        diagnostics.add(new Diagnostic(code, Severity.WARNING, element, message, hint));
    }

    void info(String code, String element, String message, String hint) {
        diagnostics.add(new Diagnostic(code, Severity.INFO, element, message, hint));
    }

    List<Diagnostic> list() {
        return List.copyOf(diagnostics);
    }
}
