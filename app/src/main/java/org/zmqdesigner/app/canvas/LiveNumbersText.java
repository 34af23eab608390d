package org.zmqdesigner.app.canvas;

import java.util.Locale;
import org.zmqdesigner.engine.text.Texts;

/**
 * A node's live numbers: one count a line (they stay within the box's width, in the room under it
 * that link labels keep clear of: {@link NodeGeometry#footprint}), counts with thousands
 * separators, rates whole from ten a second.
 */
final class LiveNumbersText {
    private static final Texts TEXTS = Texts.of(LiveNumbersText.class);

    private LiveNumbersText() {
    }

    static String line(long sent, long received, long dropped, long publishedWhileAway, double sentPerSecond,
                       double receivedPerSecond) {
        StringBuilder text = new StringBuilder(TEXTS.get("live.sentReceived", grouped(sent), rate(sentPerSecond),
                grouped(received), rate(receivedPerSecond)));
        if (dropped > 0) {
            text.append('\n').append(TEXTS.get("live.dropped", grouped(dropped)));
        }
        if (publishedWhileAway > 0) {
            text.append('\n').append(TEXTS.get("live.publishedWhileAway", grouped(publishedWhileAway)));
        }
        return text.toString();
    }

    static String rate(double perSecond) {
        String number = perSecond >= 10 ? String.format(Locale.ROOT, "%,.0f", perSecond)
                : String.format(Locale.ROOT, "%.1f", perSecond);
        return TEXTS.get("live.rate", number);
    }

    private static String grouped(long count) {
        return String.format(Locale.ROOT, "%,d", count);
    }
}
