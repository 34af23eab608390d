package org.zmqdesigner.engine.validate;

import org.zmqdesigner.engine.model.Link;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.Socket;

/**
 * Ids are written into reports, traces, endpoints' explanations and command lines ("node/socket",
 * {@code --only a,b}), so they keep to letters, digits, '-', '_' and '.': a '/' or a comma inside
 * one would make two names read as one, or one as two.
 */
final class IdSpellingRule implements Rule {

    static final int MAX_LENGTH = 64;

    @Override
    public void check(TopologyFacts facts, Findings out) {
        for (Node node : facts.nodes()) {
            check("node", node.id(), node.id(), out);
            for (Socket socket : node.sockets()) {
                check("socket", socket.id(), node.id() + "/" + socket.id(), out);
            }
        }
        for (Link link : facts.links()) {
            check("link", link.id(), link.id(), out);
        }
    }

    /** {@code what} is the kind of element: "node", "socket" or "link". */
    private static void check(String what, String id, String element, Findings out) {
        int bad = firstBadCharacter(id);
        String kind = RuleTexts.get("id.what." + what);
        if (bad >= 0) {
            String shown = Character.isWhitespace(id.codePointAt(bad)) ? RuleTexts.get("id.shown.space")
                    : Character.isISOControl(id.codePointAt(bad)) ? RuleTexts.get("id.shown.control")
                    : RuleTexts.get("id.shown.character", new String(Character.toChars(id.codePointAt(bad))));
            out.error("BAD_ID", element, RuleTexts.get("id.badCharacter.message", kind, printable(id), shown),
                    RuleTexts.get("id.badCharacter.hint", suggestion(id)));
        } else if (id.length() > MAX_LENGTH) {
            out.error("BAD_ID", element, RuleTexts.get("id.tooLong.message", kind, id.substring(0, 20), id.length()),
                    RuleTexts.get("id.tooLong.hint", MAX_LENGTH));
        }
    }

    /** Index of the first character an id may not hold, or -1. Letters of any script are fine. */
    static int firstBadCharacter(String id) {
        for (int i = 0; i < id.length(); i += Character.charCount(id.codePointAt(i))) {
            int c = id.codePointAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.')) {
                return i;
            }
        }
        return -1;
    }

    private static String suggestion(String id) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < id.length(); i += Character.charCount(id.codePointAt(i))) {
            int c = id.codePointAt(i);
            out.appendCodePoint(Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.' ? c : '-');
        }
        String s = out.toString().replaceAll("-{2,}", "-").replaceAll("^-|-$", "");
        return s.isEmpty() ? "node-1" : s;
    }

    private static String printable(String id) {
        StringBuilder out = new StringBuilder();
        id.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
