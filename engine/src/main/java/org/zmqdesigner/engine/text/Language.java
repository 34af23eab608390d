package org.zmqdesigner.engine.text;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The one language every text of the product is shown in: English or Korean. It starts from the
 * system locale (Korean when the system's language is Korean, English otherwise) and the designer's
 * View → Language changes it. Engine threads only read it; listeners are told on the thread that
 * changed it.
 */
public final class Language {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale KOREAN = Locale.KOREAN;

    private static final List<Locale> SUPPORTED = List.of(ENGLISH, KOREAN);
    private static final List<Consumer<Locale>> LISTENERS = new CopyOnWriteArrayList<>();
    private static volatile Locale current = closest(Locale.getDefault());

    private Language() {
    }

    /** The languages every bundle is written in; the first is the base bundle's. */
    public static List<Locale> supported() {
        return SUPPORTED;
    }

    public static Locale current() {
        return current;
    }

    /** Switches every text read from now on; listeners hear of it when it is a change. */
    public static void set(Locale locale) {
        Locale next = closest(Objects.requireNonNull(locale, "locale"));
        if (next.equals(current)) {
            return;
        }
        current = next;
        for (Consumer<Locale> listener : LISTENERS) {
            listener.accept(next);
        }
    }

    /** The supported language for a locale: Korean for any Korean locale, English for the rest. */
    public static Locale closest(Locale locale) {
        return KOREAN.getLanguage().equals(locale.getLanguage()) ? KOREAN : ENGLISH;
    }

    public static void addListener(Consumer<Locale> listener) {
        LISTENERS.add(listener);
    }

    public static void removeListener(Consumer<Locale> listener) {
        LISTENERS.remove(listener);
    }
}
