package org.zmqdesigner.engine.lesson;

/**
 * One condition judged: whether it holds, the sentence that says so, and whether a run that goes
 * on could still make it hold (a count below "at least" may yet grow; a loss never shrinks).
 */
record Verdict(boolean holds, String reason, boolean mayStillHold) {

    static Verdict of(boolean holds, String reason) {
        return new Verdict(holds, reason, true);
    }
}
