package org.zmqdesigner.app.inspector;


import java.util.ArrayList;
import java.util.List;
import org.zmqdesigner.engine.model.CountRange;
import org.zmqdesigner.engine.model.Endpoint;
import org.zmqdesigner.engine.model.PayloadTemplate;

/**
 * Turns what a student typed into a model value, or says in plain words why it cannot. A field
 * whose text does not parse applies nothing, so the design never holds a value the inspector made
 * up. Optional fields read empty text as "the default" (null), which the file then leaves out.
 */
final class Parse {

    private Parse() {
    }

    /** Why a field's text was refused; the message is shown under the field. */
    static final class Invalid extends Exception {
        Invalid(String message) {
            super(message, null, false, false);
        }
    }

    @FunctionalInterface
    interface Parser<T> {
        T parse(String text) throws Invalid;
    }

    static Parser<String> text() {
        return text -> text;
    }

    /** Blank text is "not set", so a cleared name falls back to the id instead of a blank label. */
    static Parser<String> optionalText() {
        return text -> text.isBlank() ? null : text;
    }

    /** An id of a node, socket or link ({@code what} is "node", "socket" or "link"). */
    static Parser<String> id(String what) {
        return text -> {
            String id = text.strip();
            if (id.isEmpty()) {
                throw new Invalid(InspectorContext.text("parse.id.empty", InspectorContext.text("parse.id." + what)));
            }
            // Diagnostics and links name sockets as "node/socket": a slash would make that ambiguous.
            if (id.contains("/")) {
                throw new Invalid(InspectorContext.text("parse.id.slash"));
            }
            return id;
        };
    }

    static Parser<Integer> optionalInt(int min) {
        return text -> {
            Long value = optionalLong(min).parse(text);
            if (value != null && value > Integer.MAX_VALUE) {
                throw new Invalid(InspectorContext.text("parse.tooLarge", text.strip(),
                        String.valueOf(Integer.MAX_VALUE)));
            }
            return value == null ? null : value.intValue();
        };
    }

    static Parser<Long> optionalLong(long min) {
        return text -> {
            String s = text.strip();
            if (s.isEmpty()) {
                return null;
            }
            long value;
            try {
                value = Long.parseLong(s);
            } catch (NumberFormatException e) {
                throw new Invalid(InspectorContext.text("parse.notWhole", s));
            }
            if (value < min) {
                throw new Invalid(min == -1 ? InspectorContext.text("parse.lingerRange")
                        : InspectorContext.text("parse.tooSmall", String.valueOf(min), String.valueOf(value)));
            }
            return value;
        };
    }

    /** A rate: empty is "as fast as possible", zero would mean never sending, so it is refused. */
    static Parser<Double> optionalPositive() {
        return text -> {
            String s = text.strip();
            if (s.isEmpty()) {
                return null;
            }
            double value = number(s);
            if (value <= 0) {
                throw new Invalid(InspectorContext.text("parse.notPositive"));
            }
            return value;
        };
    }

    /** A chance from 0 (never) to 1 (always); empty is "not set". */
    static Parser<Double> optionalChance() {
        return text -> {
            String s = text.strip();
            if (s.isEmpty()) {
                return null;
            }
            double value = number(s);
            if (value < 0 || value > 1) {
                throw new Invalid(InspectorContext.text("parse.chance"));
            }
            return value;
        };
    }

    /** A count or a range such as 0..4, as {@link CountRange} reads it from a file; empty is "not set". */
    static Parser<CountRange> optionalCount() {
        return text -> {
            String s = text.strip();
            if (s.isEmpty()) {
                return null;
            }
            try {
                return CountRange.parse(s);
            } catch (IllegalArgumentException e) {
                throw new Invalid(sentence(e.getMessage()));
            }
        };
    }

    static Parser<Double> coordinate() {
        return text -> {
            String s = text.strip();
            if (s.isEmpty()) {
                throw new Invalid(InspectorContext.text("parse.position"));
            }
            return number(s);
        };
    }

    private static double number(String s) throws Invalid {
        try {
            double value = Double.parseDouble(s);
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, in the same words as any other non-number
        }
        throw new Invalid(InspectorContext.text("parse.notANumber", s));
    }

    static Parser<String> endpoint() {
        return text -> {
            String s = text.strip();
            if (s.isEmpty()) {
                throw new Invalid(InspectorContext.text("parse.endpoint.empty"));
            }
            checkEndpoint(s);
            return s;
        };
    }

    /** One endpoint per line; blank lines are ignored. */
    static Parser<List<String>> endpoints() {
        return text -> {
            List<String> result = new ArrayList<>();
            for (String line : text.split("\n")) {
                String s = line.strip();
                if (!s.isEmpty()) {
                    checkEndpoint(s);
                    result.add(s);
                }
            }
            return List.copyOf(result);
        };
    }

    private static void checkEndpoint(String s) throws Invalid {
        try {
            Endpoint.parse(s);
        } catch (Endpoint.SyntaxException e) {
            throw new Invalid(capitalise(e.getMessage()) + ".");
        }
    }

    static Parser<String> template(boolean optional) {
        return text -> {
            if (optional && text.isEmpty()) {
                return null;
            }
            checkTemplate(text);
            return text;
        };
    }

    static void checkTemplate(String text) throws Invalid {
        try {
            PayloadTemplate.compile(text);
        } catch (PayloadTemplate.SyntaxException e) {
            throw new Invalid(InspectorContext.text("parse.template", String.valueOf(e.column()), e.getMessage()));
        }
    }

    /** Numbers as a person writes them: 360 rather than 360.0. */
    static String show(Number value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString(d.longValue());
        }
        return value.toString();
    }

    static String show(String value) {
        return value == null ? "" : value;
    }

    private static String sentence(String message) {
        String s = capitalise(message.strip());
        return s.endsWith(".") ? s : s + ".";
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
