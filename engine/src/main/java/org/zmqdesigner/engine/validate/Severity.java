package org.zmqdesigner.engine.validate;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How much a diagnostic matters: an error blocks a run; a warning or info does not. */
public enum Severity {
    @JsonProperty("error") ERROR,
    @JsonProperty("warning") WARNING,
    @JsonProperty("info") INFO;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
