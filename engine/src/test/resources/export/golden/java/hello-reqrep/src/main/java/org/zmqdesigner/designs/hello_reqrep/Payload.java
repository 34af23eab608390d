package org.zmqdesigner.designs.hello_reqrep;

import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Payload templates, as the designer writes them: {seq} (the message's number, from 1), {rand:MIN..MAX} with an optional integer format ({rand:0..99999:%05d}), {cycle:A|B} (the choices in turn), {pick:A|B|C} (one at random), {payload} (of the message being answered), {node}, {time}; {{ and }} are literal braces.
 */
public final class Payload {
    private static final Pattern INTEGER_FORMAT = Pattern.compile("%(?:[-0]?[1-9][0-9]{0,2})?d");

    private Payload() {
    }

    /**
     * The text of message number {@code seq} made from {@code template}; {@code payload} is the message being answered or passed on (null when there is none).
     */
    public static String render(String template, long seq, String payload, String node,
            Random random) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if ((c == '{' || c == '}') && i + 1 < template.length() && template.charAt(i + 1) == c) {
                out.append(c);
                i += 2;
            } else if (c == '{') {
                int end = template.indexOf('}', i);
                if (end < 0) {
                    throw new IllegalArgumentException("a placeholder that is never closed with } in " + template);
                }
                out.append(placeholder(template.substring(i + 1, end), seq, payload, node, random));
                i = end + 1;
            } else if (c == '}') {
                throw new IllegalArgumentException("a lone } (write }} for a brace) in " + template);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static String placeholder(String body, long seq, String payload, String node,
            Random random) {
        int colon = body.indexOf(':');
        String name = colon < 0 ? body : body.substring(0, colon);
        String argument = colon < 0 ? "" : body.substring(colon + 1);
        switch (name) {
            case "seq" -> {
                return format(argument, seq);
            }
            case "rand" -> {
                String[] parts = argument.split(":", -1);
                String[] range = parts[0].split("\\.\\.", -1);
                long min = Long.parseLong(range[0].trim());
                long max = Long.parseLong(range[range.length - 1].trim());
                return format(parts.length > 1 ? parts[1] : "", between(min, max, random));
            }
            case "cycle" -> {
                String[] choices = argument.split("\\|", -1);
                return choices[(int) Math.floorMod(seq - 1, (long) choices.length)];
            }
            case "pick" -> {
                String[] choices = argument.split("\\|", -1);
                return choices[random.nextInt(choices.length)];
            }
            case "payload" -> {
                return payload == null ? "" : payload;
            }
            case "node" -> {
                return node;
            }
            case "time" -> {
                return Long.toString(System.currentTimeMillis());
            }
            default -> {
                throw new IllegalArgumentException("{" + body + "} is not a placeholder");
            }
        }
    }

    /**
     * A number as the template formats it; only integer formats such as %05d.
     */
    private static String format(String format, long value) {
        if (format.isEmpty()) {
            return Long.toString(value);
        }
        if (!INTEGER_FORMAT.matcher(format).matches()) {
            throw new IllegalArgumentException("not an integer format: " + format);
        }
        return String.format(Locale.ROOT, format, value);
    }

    /**
     * A uniformly random number from min to max, both included.
     */
    private static long between(long min, long max, Random random) {
        if (min > max) {
            throw new IllegalArgumentException("the range " + min + " to " + max);
        }
        long span = max - min + 1;
        if (span > 0) {
            return min + random.nextLong(span);
        }
        // A range wider than the largest long: draw until a number falls inside
        while (true) {
            long value = random.nextLong();
            if (value >= min && value <= max) {
                return value;
            }
        }
    }
}
