package org.zmqdesigner.engine.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.zmqdesigner.engine.text.Texts;

/**
 * A count that is either fixed ({@code 3}) or picked per use from a range ({@code "0..4"}, both
 * ends included), as the zguide's asyncsrv picks how many replies to send. In a file it is a
 * number or a string, and is written back the way it was read.
 */
public record CountRange(int min, int max) {

    /** The most a range may reach: a responder replying more often than this floods its peer. */
    public static final int LIMIT = 1000;

    public CountRange {
        if (min < 0 || max < min || max > LIMIT) {
            throw new IllegalArgumentException(Texts.of(CountRange.class).get("count.outOfRange",
                    String.valueOf(LIMIT), min == max ? String.valueOf(min) : min + ".." + max));
        }
    }

    public static CountRange exactly(int n) {
        return new CountRange(n, n);
    }

    /** Reads {@code 3}, {@code "3"} or {@code "0..4"}; anything else is refused with the reason. */
    @JsonCreator
    public static CountRange of(Object value) {
        if (value instanceof Integer n) {
            return exactly(n);
        }
        if (value instanceof String text) {
            return parse(text);
        }
        throw new IllegalArgumentException(Texts.of(CountRange.class).get("count.notANumber"));
    }

    public static CountRange parse(String text) {
        String t = text.trim();
        int dots = t.indexOf("..");
        try {
            if (dots < 0) {
                return exactly(Integer.parseInt(t));
            }
            return new CountRange(Integer.parseInt(t.substring(0, dots).trim()),
                    Integer.parseInt(t.substring(dots + 2).trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(Texts.of(CountRange.class).get("count.notACount", text));
        }
    }

    public boolean fixed() {
        return min == max;
    }

    /** As the file has it: a number when fixed, else "min..max". */
    @JsonValue
    public Object json() {
        return fixed() ? (Object) min : min + ".." + max;
    }

    @Override
    public String toString() {
        return fixed() ? String.valueOf(min) : min + ".." + max;
    }
}
