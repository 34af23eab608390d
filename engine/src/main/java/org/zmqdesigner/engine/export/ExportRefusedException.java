package org.zmqdesigner.engine.export;

import java.util.List;

/**
 * A design that cannot be exported as it is, with each reason in plain words (the validator's
 * errors, or what the chosen target cannot express). Nothing was written.
 */
public final class ExportRefusedException extends Exception {
    private final List<String> reasons;

    public ExportRefusedException(String summary, List<String> reasons) {
        super(summary + (reasons.isEmpty() ? "" : ":\n  " + String.join("\n  ", reasons)));
        this.reasons = List.copyOf(reasons);
    }

    public List<String> reasons() {
        return reasons;
    }
}
