package org.zmqdesigner.app.canvas;

import java.util.Locale;

/** Rates as a node's live line shows them: whole numbers from ten a second, one decimal below. */
final class LiveNumbersText {
    private LiveNumbersText() {
    }

    static String rate(double perSecond) {
        if (perSecond >= 10) {
            return String.format(Locale.ROOT, "%,.0f/s", perSecond);
        }
        return String.format(Locale.ROOT, "%.1f/s", perSecond);
    }
}
