package org.zmqdesigner.app.export;

import java.util.Locale;

/**
 * Text in SVG: made safe for XML, shortened to fit (SVG has no text metrics before rendering, so
 * widths are estimates), numbers written compactly.
 */
final class SvgText {
    private SvgText() {
    }

    /** Average advance of a character, in ems, of the sans-serif fonts used: no metrics until drawn. */
    static final double BOLD_EM = 0.6;
    static final double REGULAR_EM = 0.54;

    /**
     * {@code text} made safe for XML character data and attribute values: control characters
     * (tabs and line breaks included: every label is one line) become spaces, unpaired surrogates and
     * non-characters become U+FFFD, and {@code & < > " '} become references. Null is empty.
     */
    static String escape(String text) {
        String clean = clean(text);
        StringBuilder out = new StringBuilder(clean.length() + 16);
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** {@code text} with the characters XML cannot carry, or a label should not, replaced. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int count = Character.charCount(cp);
            if (count == 1 && Character.isSurrogate((char) cp)) {
                out.append('\uFFFD');
            } else if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) {
                out.append(' ');
            } else if (cp == 0xFFFE || cp == 0xFFFF) {
                out.append('\uFFFD');
            } else {
                out.appendCodePoint(cp);
            }
            i += count;
        }
        return out.toString();
    }

    /**
     * A rough width of a one-line text: SVG has no text metrics before it is rendered. Hangul and
     * CJK characters are square, a full em each; the rest average {@link #REGULAR_EM} or {@link #BOLD_EM}.
     */
    static double textWidth(String text, double size, boolean bold) {
        double ems = text.codePoints().mapToDouble(cp -> wide(cp) ? 1.0 : bold ? BOLD_EM : REGULAR_EM).sum();
        return ems * size;
    }

    private static boolean wide(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HANGUL || script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA;
    }

    /** {@code text} cut with an ellipsis so that it fits {@code width}; it is already clean. */
    static String fit(String text, double width, double size, boolean bold) {
        if (textWidth(text, size, bold) <= width) {
            return text;
        }
        int keep = (int) Math.floor(width / (size * (bold ? BOLD_EM : REGULAR_EM))) - 1;
        if (keep <= 0) {
            return "\u2026";
        }
        int end = text.offsetByCodePoints(0, Math.min(keep, text.codePointCount(0, text.length())));
        return text.substring(0, end).stripTrailing() + "\u2026";
    }

    static String num(double value) {
        if (!Double.isFinite(value)) {
            return "0";
        }
        double rounded = Math.round(value * 100) / 100.0;
        if (rounded == Math.rint(rounded)) {
            return Long.toString((long) rounded);
        }
        String text = String.format(Locale.ROOT, "%.2f", rounded);
        return text.endsWith("0") ? text.substring(0, text.length() - 1) : text;
    }
}
