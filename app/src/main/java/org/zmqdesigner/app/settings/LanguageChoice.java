package org.zmqdesigner.app.settings;

import java.util.Locale;
import java.util.Optional;
import java.util.prefs.Preferences;
import org.zmqdesigner.engine.text.Language;

/**
 * The language chosen in View → Language, kept in the preferences node passed in (as
 * {@link WindowSettings} keeps the window's looks). Until the user chooses one, nothing is kept
 * and the designer follows the system's locale ({@link Language}'s start).
 */
public final class LanguageChoice {

    private static final String KEY = "language";

    private final Preferences node;

    public LanguageChoice(Preferences preferences) {
        this.node = preferences;
    }

    /** The language chosen last time, if the user ever chose one (and it is still supported). */
    public Optional<Locale> saved() {
        String tag = node.get(KEY, null);
        if (tag == null) {
            return Optional.empty();
        }
        Locale locale = Locale.forLanguageTag(tag);
        return Language.supported().contains(locale) ? Optional.of(locale) : Optional.empty();
    }

    public void save(Locale locale) {
        node.put(KEY, Language.closest(locale).toLanguageTag());
    }

    /** Switches to the saved language, if any; at start, before any text is read. */
    public void restore() {
        saved().ifPresent(Language::set);
    }
}
