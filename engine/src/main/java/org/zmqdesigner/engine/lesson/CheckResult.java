package org.zmqdesigner.engine.lesson;

import java.util.List;

/**
 * How a step's check came out, with the reasons in plain words and the engine's numbers, in the
 * current language: what is missing when it failed, what holds when it passed.
 */
public record CheckResult(Status status, List<String> reasons) {

    public enum Status {
        PASSED,
        FAILED,
        /** A run check, and no run to judge yet. */
        NEEDS_RUN,
        /** A run, but it has sent fewer messages than the check needs to judge it. */
        RUN_TOO_SHORT
    }

    public CheckResult {
        reasons = List.copyOf(reasons);
    }

    public boolean passed() {
        return status == Status.PASSED;
    }
}
