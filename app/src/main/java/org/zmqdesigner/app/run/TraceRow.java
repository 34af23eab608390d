package org.zmqdesigner.app.run;

import java.util.Locale;

/**
 * One message in the trace: when it moved (run clock), between which node/socket ends, over which
 * socket types, how many frames it had and a preview of its payload. The message id ties a row back
 * to the engine's event, so an exported trace can be joined with other run output.
 */
public record TraceRow(long nanos, String from, String to, String types, int frames, String payload,
                       long messageId) {

    public TraceRow {
        // The trace must never fail on a missing field: a blank cell says more than an exception.
        from = from == null ? "" : from;
        to = to == null ? "" : to;
        types = types == null ? "" : types;
        payload = payload == null ? "" : payload;
    }

    /** Run-clock seconds with three decimals, the same in every locale so exports compare. */
    public String timeText() {
        return String.format(Locale.ROOT, "%.3f", nanos / 1e9);
    }

    /**
     * True when every word occurs, ignoring case, in the from, to, types or payload text; words may
     * match different fields. No words match every row.
     *
     * @param lowerCaseWords the filter split on whitespace, already lower-cased so that filtering
     *                       thousands of rows does not lower-case the filter again for each
     */
    public boolean matches(String[] lowerCaseWords) {
        for (String word : lowerCaseWords) {
            if (!contains(from, word) && !contains(to, word) && !contains(types, word)
                    && !contains(payload, word)) {
                return false;
            }
        }
        return true;
    }

    // regionMatches compares without building lower-cased copies: filtering runs on every arriving
    // row, and allocating four strings per row per frame would be wasted garbage.
    private static boolean contains(String text, String word) {
        int last = text.length() - word.length();
        for (int i = 0; i <= last; i++) {
            if (text.regionMatches(true, i, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }
}
