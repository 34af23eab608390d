package org.zmqdesigner.engine.validate;

import java.util.Arrays;
import java.util.Iterator;
import org.zmqdesigner.engine.text.Texts;

/**
 * The validator's words, read from this package's bundle in the current language each time a
 * diagnostic is made. Arguments are turned into text first, as string concatenation would: a port
 * stays "5555" and a rate "0.0", never "5,555" or "0".
 */
final class RuleTexts {

    private RuleTexts() {
    }

    static String get(String key, Object... args) {
        return Texts.of(RuleTexts.class).get(key, Arrays.stream(args).map(String::valueOf).toArray());
    }

    /** "A or B or C" in English, "A, B 또는 C" in Korean: the last pair joined apart from the rest. */
    static String orList(Iterable<?> items) {
        Iterator<?> it = items.iterator();
        String out = String.valueOf(it.next());
        while (it.hasNext()) {
            Object next = it.next();
            out = get(it.hasNext() ? "list.orMore" : "list.or", out, next);
        }
        return out;
    }
}
