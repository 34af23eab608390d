package org.zmqdesigner.app.run;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.zmqdesigner.engine.text.Texts;

/**
 * A short, safe text for a message's frames: text frames as text, binary ones as hex, an empty
 * frame (the envelope delimiter of request-reply) as such, frames separated by a bar.
 */
final class PayloadPreview {

    private static final Texts TEXTS = Texts.of(PayloadPreview.class);

    static final int MAX_CHARS = 80;
    private static final int HEX_BYTES = 12;

    private PayloadPreview() {
    }

    static String of(List<byte[]> frames) {
        if (frames == null || frames.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < frames.size() && text.length() < MAX_CHARS; i++) {
            if (i > 0) {
                text.append(" | ");
            }
            text.append(frame(frames.get(i)));
        }
        return text.length() <= MAX_CHARS ? text.toString() : text.substring(0, MAX_CHARS - 1) + "…";
    }

    static String frame(byte[] frame) {
        if (frame.length == 0) {
            return TEXTS.get("payload.empty");
        }
        String text = decode(frame);
        if (text != null) {
            return text;
        }
        StringBuilder hex = new StringBuilder("0x");
        for (int i = 0; i < Math.min(frame.length, HEX_BYTES); i++) {
            hex.append(String.format(Locale.ROOT, "%02x", frame[i] & 0xff));
        }
        if (frame.length > HEX_BYTES) {
            return TEXTS.get("payload.bytes", hex.toString(), Integer.toString(frame.length));
        }
        return hex.toString();
    }

    /** The frame as text if it is valid UTF-8 without control characters, else null. */
    private static String decode(byte[] frame) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(frame)).toString();
            for (int i = 0; i < text.length(); i++) {
                if (Character.isISOControl(text.charAt(i))) {
                    return null;
                }
            }
            return text;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** What a subscriber filters on: the first frame's leading word (the zguide's topics). */
    static String topic(List<byte[]> frames) {
        if (frames == null || frames.isEmpty()) {
            return "";
        }
        String first = frame(frames.get(0));
        int space = first.indexOf(' ');
        return space < 0 ? first : first.substring(0, space);
    }
}
