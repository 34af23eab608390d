package org.zmqdesigner.engine.explain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.zmqdesigner.engine.text.Texts;

/**
 * A sentence of the explainer's bundle with its arguments, rendered in any language when read:
 * the findings panel can switch language without running the explainer again. An argument that is
 * itself a phrase is rendered in the same language; numbers are formatted as counts ("1,250").
 */
public record Phrase(String key, List<Object> args) {

    private static final Texts TEXTS = Texts.of(Phrase.class);

    public Phrase {
        args = List.copyOf(args);
    }

    public static Phrase of(String key, Object... args) {
        return new Phrase(key, Arrays.asList(args));
    }

    public String in(Locale locale) {
        Object[] rendered = args.stream().map(a -> a instanceof Phrase p ? p.in(locale) : a).toArray();
        return TEXTS.in(locale, key, rendered);
    }

    static Texts texts() {
        return TEXTS;
    }
}
