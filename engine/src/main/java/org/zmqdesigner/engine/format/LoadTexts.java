package org.zmqdesigner.engine.format;

import java.util.Arrays;
import org.zmqdesigner.engine.text.Texts;

/**
 * The words of a load error (the problem after "file:line:column: path: "), read in the current
 * language when the error is made. Arguments are turned into text first, as string concatenation
 * would: a version stays "99999999999999999999", never grouped into "99,999,…".
 */
final class LoadTexts {

    private LoadTexts() {
    }

    static String get(String key, Object... args) {
        return Texts.of(LoadTexts.class).get(key, Arrays.stream(args).map(String::valueOf).toArray());
    }
}
