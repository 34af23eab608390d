package org.zmqdesigner.app.canvas;

import org.zmqdesigner.engine.text.Texts;

/**
 * A node's loss and retry badges and the explanations behind them, in the zguide's teaching voice,
 * read from the canvas's bundle in the current language each time a badge is shown.
 */
final class BadgeWords {
    private static final Texts TEXTS = Texts.of(BadgeWords.class);

    private BadgeWords() {
    }

    /** "12 lost joining". */
    static String slowJoinerLabel(long count) {
        return TEXTS.get("badge.slowJoiner", Long.toString(count));
    }

    static String slowJoiner(long count) {
        return TEXTS.get("badge.slowJoiner.tooltip", Long.toString(count), count);
    }

    /** "3 unroutable". */
    static String unroutableLabel(long count) {
        return TEXTS.get("badge.unroutable", Long.toString(count));
    }

    static String unroutable(long count, boolean mandatory) {
        return TEXTS.get("badge.unroutable.tooltip", Long.toString(count), count) + " "
                + TEXTS.get(mandatory ? "badge.unroutable.mandatory" : "badge.unroutable.silent");
    }

    /** "retry 2 of 3 · 5 in all": the latest retry of the request it waits on, and the run's count. */
    static String retryLabel(int attempt, int of, long retriesSoFar) {
        return TEXTS.get("badge.retry", Integer.toString(attempt), Integer.toString(of), Long.toString(retriesSoFar));
    }

    static String retries(int attempt, int of, long retriesSoFar) {
        return TEXTS.get("badge.retry.tooltip", Integer.toString(attempt), Integer.toString(of),
                Long.toString(retriesSoFar), retriesSoFar, of);
    }
}
