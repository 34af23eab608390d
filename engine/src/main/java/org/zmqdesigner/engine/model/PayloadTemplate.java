package org.zmqdesigner.engine.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongUnaryOperator;
import org.zmqdesigner.engine.text.Texts;

/**
 * A payload with placeholders, compiled once and rendered per message.
 *
 * <ul>
 *   <li>{@code {seq}} the message's number in its stream, from 1;</li>
 *   <li>{@code {rand:MIN..MAX}} a random integer from MIN to MAX inclusive, optionally formatted
 *       as in printf: {@code {rand:0..99999:%05d}} gives wuserver's zip codes;</li>
 *   <li>{@code {cycle:A|B}} the choices in turn by the message's number (A for 1, B for 2, A for 3):
 *       psenvpub's alternating keys, kept in step between the topic and payload templates;</li>
 *   <li>{@code {pick:A|B|C}} one of the choices at random: espresso's letters;</li>
 *   <li>{@code {payload}} the payload of the message being answered or forwarded;</li>
 *   <li>{@code {node}} the node's id; {@code {time}} milliseconds since the epoch;</li>
 *   <li>{@code {{} and {@code }}} a literal brace.</li>
 * </ul>
 */
public final class PayloadTemplate {

    /** The syntax errors' words, in the current language. */
    private static final Texts TEXTS = Texts.of(PayloadTemplate.class);

    /** What rendering needs to know about the message being made. */
    public interface Context {
        long seq();

        String payload();

        String node();

        long nowMillis();

        /** A uniformly random long in [min, max]. */
        long random(long min, long max);
    }

    /** A template that does not parse, with the column (from 1) where the problem starts. */
    public static final class SyntaxException extends IllegalArgumentException {
        private final int column;

        SyntaxException(String message, int column) {
            super(message);
            this.column = column;
        }

        public int column() {
            return column;
        }
    }

    private sealed interface Part permits Literal, Seq, Rand, Choice, Payload, NodeId, Time {
    }

    private record Literal(String text) implements Part {
    }

    private record Seq(String format) implements Part {
    }

    private record Rand(long min, long max, String format) implements Part {
    }

    /** One of several texts: in turn by sequence number ({@code cycle}) or at random ({@code pick}). */
    private record Choice(List<String> choices, boolean random) implements Part {
    }

    private record Payload() implements Part {
    }

    private record NodeId() implements Part {
    }

    private record Time() implements Part {
    }

    private final String source;
    private final List<Part> parts;

    private PayloadTemplate(String source, List<Part> parts) {
        this.source = source;
        this.parts = parts;
    }

    public static PayloadTemplate compile(String source) {
        List<Part> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '{' && i + 1 < source.length() && source.charAt(i + 1) == '{') {
                literal.append('{');
                i += 2;
            } else if (c == '}' && i + 1 < source.length() && source.charAt(i + 1) == '}') {
                literal.append('}');
                i += 2;
            } else if (c == '}') {
                throw new SyntaxException(TEXTS.get("template.loneClose", "}", "}}"), i + 1);
            } else if (c == '{') {
                int end = source.indexOf('}', i);
                if (end < 0) {
                    throw new SyntaxException(TEXTS.get("template.unclosed", "{", "}", "{{"), i + 1);
                }
                if (literal.length() > 0) {
                    parts.add(new Literal(literal.toString()));
                    literal.setLength(0);
                }
                parts.add(placeholder(source.substring(i + 1, end), i + 1));
                i = end + 1;
            } else {
                literal.append(c);
                i++;
            }
        }
        if (literal.length() > 0) {
            parts.add(new Literal(literal.toString()));
        }
        return new PayloadTemplate(source, List.copyOf(parts));
    }

    private static Part placeholder(String body, int column) {
        String[] pieces = body.split(":", -1);
        String name = pieces[0];
        switch (name) {
            case "cycle", "pick" -> {
                // Everything after the first colon, so a choice may hold a colon itself.
                String list = pieces.length < 2 ? "" : body.substring(name.length() + 1);
                List<String> choices = List.of(list.split("\\|", -1));
                if (pieces.length < 2 || choices.size() < 2) {
                    throw new SyntaxException(TEXTS.get("template.choices", "{" + name + "}", "|",
                            "{" + name + ":A|B}"), column);
                }
                return new Choice(choices, name.equals("pick"));
            }
            case "seq" -> {
                if (pieces.length > 2) {
                    throw new SyntaxException(TEXTS.get("template.seq", "{seq}", "{seq:%06d}"), column);
                }
                return new Seq(pieces.length == 2 ? checkFormat(pieces[1], column) : null);
            }
            case "rand" -> {
                if (pieces.length < 2 || pieces.length > 3) {
                    throw new SyntaxException(TEXTS.get("template.randRange", "{rand}", "{rand:1..100}",
                            "{rand:0..99999:%05d}"), column);
                }
                String[] range = pieces[1].split("\\.\\.", -1);
                long min;
                long max;
                try {
                    if (range.length != 2) {
                        throw new NumberFormatException();
                    }
                    min = Long.parseLong(range[0].trim());
                    max = Long.parseLong(range[1].trim());
                } catch (NumberFormatException e) {
                    throw new SyntaxException(TEXTS.get("template.notARange", pieces[1], "{rand:1..100}"), column);
                }
                if (min > max) {
                    throw new SyntaxException(TEXTS.get("template.emptyRange", pieces[1]), column);
                }
                return new Rand(min, max, pieces.length == 3 ? checkFormat(pieces[2], column) : null);
            }
            case "payload", "node", "time" -> {
                if (pieces.length != 1) {
                    throw new SyntaxException(TEXTS.get("template.noArguments", "{" + name + "}"), column);
                }
                return switch (name) {
                    case "payload" -> new Payload();
                    case "node" -> new NodeId();
                    default -> new Time();
                };
            }
            default -> throw new SyntaxException(TEXTS.get("template.unknown", "{" + body + "}",
                    "{seq}, {rand:MIN..MAX}, {cycle:A|B}, {pick:A|B}, {payload}, {node}", "{time}", "{{"), column);
        }
    }

    /** Only integer formats: anything else would let a file smuggle odd format strings through. */
    private static String checkFormat(String format, int column) {
        if (!format.matches("%(?:[-0]?[1-9][0-9]{0,2})?d")) {
            throw new SyntaxException(TEXTS.get("template.format", format), column);
        }
        return format;
    }

    public String source() {
        return source;
    }

    /** Whether the template reads the incoming message's payload. */
    public boolean usesPayload() {
        return parts.stream().anyMatch(p -> p instanceof Payload);
    }

    public String render(Context context) {
        StringBuilder out = new StringBuilder();
        for (Part part : parts) {
            if (part instanceof Literal l) {
                out.append(l.text());
            } else if (part instanceof Seq s) {
                out.append(format(s.format(), context.seq()));
            } else if (part instanceof Rand r) {
                out.append(format(r.format(), context.random(r.min(), r.max())));
            } else if (part instanceof Choice c) {
                int size = c.choices().size();
                int index = c.random() ? (int) context.random(0, size - 1) : (int) Math.floorMod(context.seq() - 1, (long) size);
                out.append(c.choices().get(index));
            } else if (part instanceof Payload) {
                out.append(context.payload() == null ? "" : context.payload());
            } else if (part instanceof NodeId) {
                out.append(context.node());
            } else if (part instanceof Time) {
                out.append(context.nowMillis());
            }
        }
        return out.toString();
    }

    private static String format(String format, long value) {
        return format == null ? Long.toString(value) : String.format(Locale.ROOT, format, value);
    }

    /** A constant template renders without a context; used to cheaply reuse bytes per message. */
    public boolean isConstant() {
        return parts.stream().allMatch(p -> p instanceof Literal);
    }

    /** For tests and tools: renders with a fixed sequence number and a random source. */
    public String render(long seq, String payload, String node, LongUnaryOperator randomBelow) {
        return render(new Context() {
            @Override
            public long seq() {
                return seq;
            }

            @Override
            public String payload() {
                return payload;
            }

            @Override
            public String node() {
                return node;
            }

            @Override
            public long nowMillis() {
                return System.currentTimeMillis();
            }

            @Override
            public long random(long min, long max) {
                return between(min, max, randomBelow);
            }
        });
    }

    /**
     * A uniformly random long in [min, max] from a source of longs below a bound. A range of more
     * than Long.MAX_VALUE numbers ({rand:0..9223372036854775807}) has no long bound, so a full
     * 64-bit value is drawn and kept when it falls inside (more than half do); after 64 misses,
     * which only a source that is not random makes, the range's minimum.
     */
    static long between(long min, long max, LongUnaryOperator randomBelow) {
        long span = max - min + 1;
        if (span > 0) {
            return min + randomBelow.applyAsLong(span);
        }
        for (int attempt = 0; attempt < 64; attempt++) {
            long value = randomBelow.applyAsLong(Long.MAX_VALUE) | (randomBelow.applyAsLong(2) << 63);
            if (value >= min && value <= max) {
                return value;
            }
        }
        return min;
    }

    @Override
    public String toString() {
        return source;
    }
}
