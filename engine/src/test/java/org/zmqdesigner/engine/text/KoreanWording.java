package org.zmqdesigner.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a text shown in Korean the way a reviewer would: it is written in Hangul, and no English
 * sentence was left behind untranslated. ZeroMQ words (REQ, SUB, HWM), option and field names,
 * endpoints, ids and quoted text stay in Latin letters, so what counts as leftover English is a run
 * of three or more Latin words in a row outside quotes and addresses ("the file ends too early").
 */
public final class KoreanWording {

    private static final Pattern HANGUL = Pattern.compile("[\\uAC00-\\uD7A3]");
    /** Quoted text and addresses are the user's or ZeroMQ's own words, the same in every language. */
    private static final Pattern VERBATIM = Pattern.compile("\"[^\"]*\"|'[^']*'|\\S+://\\S*");
    private static final Pattern ENGLISH_RUN = Pattern.compile(
            "(?<![\\p{L}\\p{N}_./-])[A-Za-z]+(?: [a-z]+){2,}(?![\\p{L}\\p{N}_])");

    private KoreanWording() {
    }

    /** Runs {@code action} with the language set to Korean, and sets English back whatever happens. */
    public static <T> T inKorean(Callable<T> action) throws Exception {
        Language.set(Language.KOREAN);
        try {
            return action.call();
        } finally {
            Language.set(Language.ENGLISH);
        }
    }

    /** The first run of English words outside quotes and addresses, or null. */
    public static String leftoverEnglish(String text) {
        Matcher run = ENGLISH_RUN.matcher(VERBATIM.matcher(text).replaceAll(" "));
        return run.find() ? run.group() : null;
    }

    /** Whether {@code text} is Korean: Hangul and no English sentence. */
    public static boolean isKorean(String text) {
        return HANGUL.matcher(text).find() && leftoverEnglish(text) == null;
    }

    /** Asserts {@code text} is Korean: it holds Hangul and no untranslated English sentence. */
    public static void assertKorean(String what, String text) {
        assertThat(text).as("%s is written in Hangul", what).containsPattern(HANGUL);
        assertThat(leftoverEnglish(text)).as("English left in %s: %s", what, text).isNull();
    }
}
