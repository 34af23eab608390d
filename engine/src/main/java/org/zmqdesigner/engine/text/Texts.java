package org.zmqdesigner.engine.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words of one package, read from its resource bundle ({@code messages.properties} in English,
 * {@code messages_ko.properties} in Korean, UTF-8) in the current {@link Language}.
 *
 * <p>Every value is a {@link MessageFormat} pattern, with or without arguments, so one rule holds for
 * every text: an apostrophe is written {@code ''}. Bundles never fall back to the system locale (a
 * Korean machine asking for English gets English).
 */
public final class Texts {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String baseName;
    private final ClassLoader loader;

    private Texts(String baseName, ClassLoader loader) {
        this.baseName = baseName;
        this.loader = loader;
    }

    /** The bundle {@code messages} in the package of {@code anchor}, e.g. {@code Texts.of(Validator.class)}. */
    public static Texts of(Class<?> anchor) {
        return new Texts(anchor.getPackageName() + ".messages", anchor.getClassLoader());
    }

    /** The bundle with this base name, e.g. {@code org.zmqdesigner.app.canvas.messages}. */
    public static Texts named(String baseName, ClassLoader loader) {
        return new Texts(baseName, loader);
    }

    public String baseName() {
        return baseName;
    }

    /** The text for key in the current language, its {@code {0}}… filled with args. */
    public String get(String key, Object... args) {
        return in(Language.current(), key, args);
    }

    /** The text for key in the given language. */
    public String in(Locale locale, String key, Object... args) {
        ResourceBundle bundle = bundle(Language.closest(locale));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new MissingResourceException("no text '" + key + "' in " + baseName + " for "
                    + locale.getDisplayLanguage(Locale.ENGLISH), baseName, key);
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    /** Whether the bundle has this key (for texts that exist only for some values of a type). */
    public boolean has(String key) {
        return bundle(Language.current()).containsKey(key);
    }

    /** The bundle of one language: the base bundle is English. */
    public ResourceBundle bundle(Locale locale) {
        Locale target = Language.ENGLISH.equals(locale) ? Locale.ROOT : locale;
        return ResourceBundle.getBundle(baseName, target, loader, NO_FALLBACK);
    }
}
