package org.zmqdesigner.engine.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.zmqdesigner.engine.explain.Explainer;
import org.zmqdesigner.engine.explain.Finding;
import org.zmqdesigner.engine.text.Language;
import org.zmqdesigner.engine.text.Texts;

/**
 * {@code run --explain}: the explainer's findings after the report table, in the words the designer
 * shows, wrapped for a terminal. One numbered block per finding: the cause and headline, the
 * paragraph, and the fix the designer would apply, by its name.
 */
final class FindingsPrinter {

    static final int WIDTH = 100;
    private static final Texts TEXTS = Texts.of(Explainer.class);

    private FindingsPrinter() {
    }

    static void print(List<Finding> findings, PrintWriter out) {
        Locale locale = Language.current();
        out.println();
        out.println(TEXTS.in(locale, "print.title"));
        int n = 1;
        for (Finding f : findings) {
            out.println();
            out.println(n++ + ". [" + f.cause().name().toLowerCase(Locale.ROOT).replace('_', '-') + "] "
                    + f.headline(locale));
            wrap(f.text(locale), "   ", out);
            String fix = f.fix().map(e -> TEXTS.in(locale, "print.fix", e.description())).orElse(null);
            if (fix != null) {
                wrap(fix, "   ", out);
            }
        }
        out.flush();
    }

    /** Writes the text in lines of at most {@link #WIDTH} terminal columns, each with the indent. */
    static void wrap(String text, String indent, PrintWriter out) {
        StringBuilder line = new StringBuilder(indent);
        int columns = indent.length();
        for (String word : text.split(" ")) {
            int width = columns(word);
            if (columns > indent.length() && columns + 1 + width > WIDTH) {
                out.println(line);
                line = new StringBuilder(indent);
                columns = indent.length();
            }
            if (columns > indent.length()) {
                line.append(' ');
                columns++;
            }
            line.append(word);
            columns += width;
        }
        if (columns > indent.length()) {
            out.println(line);
        }
    }

    /** Columns a terminal gives the text: Hangul and other East Asian wide characters take two. */
    static int columns(String text) {
        return text.codePoints().map(c -> (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF)
                || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFF60)
                ? 2 : 1).sum();
    }
}
