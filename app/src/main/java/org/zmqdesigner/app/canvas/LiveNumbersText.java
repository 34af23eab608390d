package org.zmqdesigner.app.canvas;

import java.util.Locale;

/**
 * A node's live numbers: one count a line (they stay within the box's width, in the room under it
 * that link labels keep clear of: {@link NodeGeometry#footprint}), counts with thousands
 * separators, rates whole from ten a second.
 */
final class LiveNumbersText {
    private LiveNumbersText() {
    }

    static String line(long sent, long received, long dropped, long publishedWhileAway, double sentPerSecond,
                       double receivedPerSecond) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "sent %,d (%s)%nreceived %,d (%s)", sent,
                rate(sentPerSecond), received, rate(receivedPerSecond)));
        if (dropped > 0) {
            text.append(String.format(Locale.ROOT, "%ndropped %,d", dropped));
        }
        if (publishedWhileAway > 0) {
            text.append(String.format(Locale.ROOT, "%n%,d published while it was not running: never for it",
                    publishedWhileAway));
        }
        return text.toString();
    }

    static String rate(double perSecond) {
        if (perSecond >= 10) {
            return String.format(Locale.ROOT, "%,.0f/s", perSecond);
        }
        return String.format(Locale.ROOT, "%.1f/s", perSecond);
    }
}
