package org.zmqdesigner.engine.format;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seeded damage to a topology file, as a careless editor, a broken disk or an attacker would do it:
 * byte flips, truncations, deleted and duplicated spans, junk (huge numbers, deep nesting, NUL,
 * invalid UTF-8), swapped tokens, unknown fields and class names where the format expects words.
 * Each mutation says what it did, so a failing case can be read without rerunning it.
 *
 * <p>Works on the bytes seen as ISO-8859-1 text: one char per byte, so token edits keep every
 * other byte as it was, including the invalid UTF-8 an earlier mutation put there.
 */
final class LoaderMutations {

    static final String PROBE = FuzzProbe.class.getName();
    /** Every class name a mutation writes into a file. */
    static final List<String> CLASS_NAMES = List.of(PROBE, "java.lang.Runtime", "java.lang.ProcessBuilder");

    /** A mutated file and the mutations that made it, in order. */
    record Mutated(byte[] bytes, List<String> steps) {
    }

    // Possessive quantifiers: a 20,000-character string must not recurse the regex engine into a stack overflow.
    private static final Pattern TOKEN = Pattern.compile(
            "\"(?:[^\"\\\\]++|\\\\.)*+\"|-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?|true|false|null|[{}\\[\\]:,]");
    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]++|\\\\.)*+\"");
    /** A string that is a value, not a field name. */
    private static final Pattern VALUE = Pattern.compile(STRING.pattern() + "(?!\\s*:)");
    private static final Pattern NUMBER = Pattern.compile("(?<![\"\\w.])-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?");
    private static final Pattern TYPE_VALUE = Pattern.compile("\"(?:type|kind)\"\\s*:\\s*(\"[^\"]*\")");

    private static final String[] JUNK = {
        "99999999999999999999999999999999", "-9223372036854775809", "1e999999", "NaN", "Infinity",
        "\u0000", "\"\u0000\"", "{\"@class\": \"" + PROBE + "\"}", "[\"" + PROBE + "\", {}]",
        "\"@type\": \"" + PROBE + "\",", "//", "/*", "'", "\\u", "\ufeff", ",,", "}", "]", "{", "[", ":"};
    private static final String[] HOSTILE_STRINGS = {
        "\"" + PROBE + "\"", "\"java.lang.Runtime\"", "\"java.lang.ProcessBuilder\"", "\"\"", "\"\\u0000\"",
        "\"\\ud800\"", "\"" + "x".repeat(20_000) + "\"", "\"tcp://*:99999999999999\"", "\"{rand:0..9223372036854775807}\"",
        "\"tcp://[::]:5555\"", "\"" + "\\\"".repeat(500) + "\""};
    private static final String[] HOSTILE_NUMBERS = {
        "99999999999999999999", "-1", "0", "2147483648", "-2147483649", "9223372036854775808", "1e308", "1e999",
        "-0", "0.5", "1e-400", "1" + "0".repeat(2_000), "0x10", "01", "true", "null", "\"5\""};

    private final List<Mutation> mutations = List.of(
            new Mutation("flip a bit", (b, r) -> flipBit(b, r)),
            new Mutation("set a byte", (b, r) -> setByte(b, r)),
            new Mutation("truncate", (b, r) -> truncate(b, r)),
            new Mutation("delete a span", (b, r) -> deleteSpan(b, r)),
            new Mutation("duplicate a span", (b, r) -> duplicateSpan(b, r)),
            new Mutation("insert junk", (b, r) -> insert(b, r, pick(JUNK, r))),
            new Mutation("insert invalid UTF-8", (b, r) -> insertBytes(b, r, invalidUtf8(r))),
            new Mutation("swap two tokens", (b, r) -> swap(b, r, TOKEN)),
            // Strings for strings: the file stays well-formed JSON, so the validator and the round
            // trip meet ids, endpoints and payloads in each other's places.
            new Mutation("swap two string values", (b, r) -> swap(b, r, VALUE)),
            new Mutation("replace a string", (b, r) -> replaceOne(b, r, STRING, pick(HOSTILE_STRINGS, r))),
            new Mutation("replace a number", (b, r) -> replaceOne(b, r, NUMBER, pick(HOSTILE_NUMBERS, r))),
            new Mutation("name a class as a type", (b, r) -> replaceType(b, r)),
            new Mutation("add a field", (b, r) -> addField(b, r)),
            new Mutation("nest deeply", (b, r) -> nest(b, r)));

    /**
     * Damage that keeps the file well-formed JSON of the right shape, so the design often still
     * loads and the validator and the round trip meet it: a third of the cases get one of these.
     */
    private final List<Mutation> gentle = List.of(
            new Mutation("swap two string values", (b, r) -> swap(b, r, VALUE)),
            new Mutation("replace a string value", (b, r) -> replaceOne(b, r, VALUE, pick(HOSTILE_STRINGS, r))),
            new Mutation("replace a number", (b, r) -> replaceOne(b, r, NUMBER, pick(HOSTILE_NUMBERS, r))));

    private record Mutation(String name, BiFunction<String, Random, Edit> apply) {
    }

    /** The text after one mutation, and what was done. */
    private record Edit(String text, String what) {
    }

    /** One gentle mutation of {@code original}, or one to three of any kind, drawn from {@code random}. */
    Mutated mutate(byte[] original, Random random) {
        String text = new String(original, StandardCharsets.ISO_8859_1);
        List<String> steps = new ArrayList<>();
        boolean mild = random.nextInt(3) == 0;
        List<Mutation> from = mild ? gentle : mutations;
        int count = mild ? 1 : 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            Mutation mutation = from.get(random.nextInt(from.size()));
            Edit edit = mutation.apply().apply(text, random);
            text = edit.text();
            steps.add(mutation.name() + ": " + edit.what());
        }
        return new Mutated(text.getBytes(StandardCharsets.ISO_8859_1), steps);
    }

    private static Edit flipBit(String text, Random r) {
        if (text.isEmpty()) {
            return new Edit(text, "nothing to flip");
        }
        int at = r.nextInt(text.length());
        int bit = r.nextInt(8);
        char flipped = (char) ((text.charAt(at) ^ (1 << bit)) & 0xff);
        return new Edit(text.substring(0, at) + flipped + text.substring(at + 1), "bit " + bit + " at byte " + at);
    }

    private static Edit setByte(String text, Random r) {
        if (text.isEmpty()) {
            return new Edit(text, "nothing to set");
        }
        int at = r.nextInt(text.length());
        int value = r.nextInt(256);
        return new Edit(text.substring(0, at) + (char) value + text.substring(at + 1),
                String.format("byte %d to 0x%02x", at, value));
    }

    private static Edit truncate(String text, Random r) {
        int at = r.nextInt(text.length() + 1);
        return new Edit(text.substring(0, at), "at byte " + at);
    }

    private static Edit deleteSpan(String text, Random r) {
        int from = r.nextInt(text.length() + 1);
        int to = Math.min(text.length(), from + 1 + r.nextInt(64));
        return new Edit(text.substring(0, from) + text.substring(to), "bytes " + from + ".." + to);
    }

    private static Edit duplicateSpan(String text, Random r) {
        int from = r.nextInt(text.length() + 1);
        int to = Math.min(text.length(), from + 1 + r.nextInt(200));
        int at = r.nextInt(text.length() + 1);
        return new Edit(text.substring(0, at) + text.substring(from, to) + text.substring(at),
                "bytes " + from + ".." + to + " again at " + at);
    }

    private static Edit insert(String text, Random r, String junk) {
        byte[] utf8 = junk.getBytes(StandardCharsets.UTF_8);
        return insertBytes(text, r, utf8);
    }

    private static Edit insertBytes(String text, Random r, byte[] junk) {
        int at = r.nextInt(text.length() + 1);
        String inserted = new String(junk, StandardCharsets.ISO_8859_1);
        return new Edit(text.substring(0, at) + inserted + text.substring(at), shown(inserted) + " at byte " + at);
    }

    private static byte[] invalidUtf8(Random r) {
        byte[][] choices = {{(byte) 0xff}, {(byte) 0xc3, '('}, {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
            {(byte) 0xe2, (byte) 0x82}, {(byte) 0xf8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
            {(byte) 0xc0, (byte) 0xaf}};
        return choices[r.nextInt(choices.length)];
    }

    private static Edit swap(String text, Random r, Pattern what) {
        List<int[]> tokens = spans(what, text);
        if (tokens.size() < 2) {
            return new Edit(text, "fewer than two tokens");
        }
        int[] a = tokens.get(r.nextInt(tokens.size()));
        int[] b = tokens.get(r.nextInt(tokens.size()));
        if (a[0] > b[0]) {
            int[] t = a;
            a = b;
            b = t;
        }
        if (a[0] == b[0]) {
            return new Edit(text, "a token with itself");
        }
        String first = text.substring(a[0], a[1]);
        String second = text.substring(b[0], b[1]);
        String swapped = text.substring(0, a[0]) + second + text.substring(a[1], b[0]) + first + text.substring(b[1]);
        return new Edit(swapped, shown(first) + " at " + a[0] + " with " + shown(second) + " at " + b[0]);
    }

    private static Edit replaceOne(String text, Random r, Pattern what, String with) {
        List<int[]> found = spans(what, text);
        if (found.isEmpty()) {
            return new Edit(text, "none found");
        }
        int[] span = found.get(r.nextInt(found.size()));
        String replacement = new String(with.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        return new Edit(text.substring(0, span[0]) + replacement + text.substring(span[1]),
                shown(text.substring(span[0], span[1])) + " at " + span[0] + " by " + shown(replacement));
    }

    private static Edit replaceType(String text, Random r) {
        Matcher matcher = TYPE_VALUE.matcher(text);
        List<int[]> values = new ArrayList<>();
        while (matcher.find()) {
            values.add(new int[] {matcher.start(1), matcher.end(1)});
        }
        if (values.isEmpty()) {
            return new Edit(text, "no type found");
        }
        int[] span = values.get(r.nextInt(values.size()));
        String name = r.nextBoolean() ? PROBE : "java.lang.ProcessBuilder";
        return new Edit(text.substring(0, span[0]) + "\"" + name + "\"" + text.substring(span[1]),
                text.substring(span[0], span[1]) + " at " + span[0] + " by \"" + name + "\"");
    }

    private static Edit addField(String text, Random r) {
        List<int[]> braces = spans(Pattern.compile("\\{"), text);
        if (braces.isEmpty()) {
            return new Edit(text, "no object found");
        }
        int at = braces.get(r.nextInt(braces.size()))[1];
        String[] fields = {"\"surprise\": 1, ", "\"@class\": \"" + PROBE + "\", ", "\"@type\": \"" + PROBE + "\", ",
            "\"type\": \"" + PROBE + "\", ", "\"formatVersion\": 1, ", "\"\": null, "};
        String field = pick(fields, r);
        return new Edit(text.substring(0, at) + field + text.substring(at), shown(field) + " after the { at " + (at - 1));
    }

    private static Edit nest(String text, Random r) {
        int[] depths = {8, 63, 64, 65, 300, 5_000};
        int depth = depths[r.nextInt(depths.length)];
        boolean objects = r.nextBoolean();
        String open = objects ? "{\"a\":" : "[";
        String close = objects ? "}" : "]";
        String nested = open.repeat(depth) + "1" + close.repeat(depth);
        Edit replaced = replaceOne(text, r, NUMBER, nested);
        return new Edit(replaced.text(), depth + " levels of " + (objects ? "objects" : "lists") + " for a number ("
                + replaced.what().substring(0, Math.min(60, replaced.what().length())) + ")");
    }

    private static List<int[]> spans(Pattern pattern, String text) {
        List<int[]> spans = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            spans.add(new int[] {matcher.start(), matcher.end()});
        }
        return spans;
    }

    private static String pick(String[] choices, Random r) {
        return choices[r.nextInt(choices.length)];
    }

    /** A short printable view of inserted or replaced text for the case's description. */
    private static String shown(String latin1) {
        String clipped = latin1.length() > 40 ? latin1.substring(0, 40) + "…(" + latin1.length() + " bytes)" : latin1;
        StringBuilder view = new StringBuilder("'");
        for (char c : clipped.toCharArray()) {
            view.append(c < 0x20 || (c >= 0x7f && c <= 0xff) ? String.format("\\x%02x", (int) c) : String.valueOf(c));
        }
        return view.append('\'').toString();
    }
}
