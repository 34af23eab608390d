package org.zmqdesigner.engine.export.deploy;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Names a deployment makes from user strings (host names, node and socket ids, the design's name):
 * Kubernetes and Compose accept only RFC 1123 / RFC 1035 DNS labels (lower-case letters, digits and
 * '-', starting with a letter, at most 63 characters), and a host's folder must never climb out of
 * the export. Anything else in the user's string is dropped or turned into '-', so two strings may
 * sanitise alike: {@link Unique} keeps every name of one kind apart.
 */
final class DeployNames {

    /** The longest DNS label (RFC 1123). */
    static final int MAX_LABEL = 63;

    private DeployNames() {
    }

    /**
     * {@code text} as a DNS label: accents dropped, lower case, runs of anything else as one '-',
     * starting with a letter ({@code fallback} put in front otherwise), at most {@code max} characters.
     */
    static String label(String text, String fallback, int max) {
        String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (ok) {
                out.append(c);
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != '-') {
                out.append('-');
            }
        }
        String s = trimDashes(out.toString());
        if (s.isEmpty()) {
            s = fallback;
        } else if (!Character.isLetter(s.charAt(0))) {
            s = fallback + "-" + s;
        }
        return trimDashes(s.length() > max ? s.substring(0, max) : s);
    }

    static String label(String text, String fallback) {
        return label(text, fallback, MAX_LABEL);
    }

    private static String trimDashes(String s) {
        return s.replaceAll("^-+|-+$", "");
    }

    /** Text for a one-line comment: control characters (newlines among them) shown as \\uXXXX. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder();
        (text == null ? "" : text).codePoints().forEach(c -> {
            if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /** Hands out labels of one kind with none twice: "server", then "server-2", cut to fit. */
    static final class Unique {
        private final Set<String> taken = new HashSet<>();
        private final int max;

        Unique(int max) {
            this.max = max;
        }

        Unique() {
            this(MAX_LABEL);
        }

        /** Reserves a name no {@link #next} may give. */
        void reserve(String name) {
            taken.add(name);
        }

        String next(String label) {
            String name = label.length() > max ? trimDashes(label.substring(0, max)) : label;
            for (int n = 2; !taken.add(name); n++) {
                String suffix = "-" + n;
                name = trimDashes(label.substring(0, Math.min(label.length(), max - suffix.length()))) + suffix;
            }
            return name;
        }
    }
}
