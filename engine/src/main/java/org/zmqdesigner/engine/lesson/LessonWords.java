package org.zmqdesigner.engine.lesson;

import org.zmqdesigner.engine.text.Texts;

/** The words of this package: check results, the player's lines and lesson load errors, in both languages. */
final class LessonWords {

    static final Texts TEXTS = Texts.of(LessonWords.class);

    private LessonWords() {
    }

    /** A problem with a lesson file, in the current language, for Jackson to locate. */
    static IllegalArgumentException problem(String key, Object... args) {
        return new IllegalArgumentException(TEXTS.get(key, args));
    }
}
