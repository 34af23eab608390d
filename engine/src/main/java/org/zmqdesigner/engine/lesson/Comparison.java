package org.zmqdesigner.engine.lesson;

/**
 * How a number must compare: {@code "is": "zero"}, {@code "is": "set"}, {@code "above": n},
 * {@code "atLeast": n} or {@code "atMost": n}.
 */
public record Comparison(Kind kind, long value) {

    public enum Kind { ZERO, SET, ABOVE, AT_LEAST, AT_MOST }

    public static Comparison zero() {
        return new Comparison(Kind.ZERO, 0);
    }

    public static Comparison atLeast(long n) {
        return new Comparison(Kind.AT_LEAST, n);
    }

    /** Whether the value holds; null is a setting or option the design leaves unset. */
    public boolean holds(Double value) {
        if (value == null) {
            return false;
        }
        return switch (kind) {
            case ZERO -> value == 0;
            case SET -> true;
            case ABOVE -> value > this.value;
            case AT_LEAST -> value >= this.value;
            case AT_MOST -> value <= this.value;
        };
    }

    public boolean holds(long value) {
        return holds((double) value);
    }

    /**
     * Whether a counter that only grows could still come to hold: a count below "at least" may yet
     * reach it; one above "at most" never comes back.
     */
    boolean mayStillHold(long value) {
        return switch (kind) {
            case ZERO, AT_MOST -> holds(value);
            case SET, ABOVE, AT_LEAST -> true;
        };
    }
}
