package org.zmqdesigner.app.canvas;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
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
        String number = perSecond >= 10 ? FORMATS.get().whole.format(perSecond) : FORMATS.get().tenths.format(perSecond);
        return TEXTS.get("live.rate", number);
    }

    private static String grouped(long count) {
        return FORMATS.get().whole.format(count);
    }

    /**
     * The number formats, made once per thread (a DecimalFormat is not thread-safe): String.format
     * builds one per call, which for a hundred nodes a few times a second showed in the profile.
     * Same output as {@code %,d}, {@code %,.0f} and {@code %.1f} in the root locale.
     */
    private static final class Formats {
        final DecimalFormat whole = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        final DecimalFormat tenths = new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.ROOT));

        Formats() {
            whole.setRoundingMode(RoundingMode.HALF_UP);
            tenths.setRoundingMode(RoundingMode.HALF_UP);
        }
    }

    private static final ThreadLocal<Formats> FORMATS = ThreadLocal.withInitial(Formats::new);
}
