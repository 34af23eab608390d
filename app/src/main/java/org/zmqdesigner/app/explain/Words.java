package org.zmqdesigner.app.explain;

import java.util.Locale;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.zmqdesigner.engine.explain.Measure;
import org.zmqdesigner.engine.text.Language;
import org.zmqdesigner.engine.text.Texts;

/** This package's texts, and the current language as a property the views redraw on. */
final class Words {

    static final Texts TEXTS = Texts.of(Words.class);
    private static final ReadOnlyObjectWrapper<Locale> LANGUAGE = new ReadOnlyObjectWrapper<>(Language.current());

    static {
        // One listener for the whole application: views bind to the property, not to Language.
        Language.addListener(locale -> {
            if (Platform.isFxApplicationThread()) {
                LANGUAGE.set(locale);
            } else {
                Platform.runLater(() -> LANGUAGE.set(locale));
            }
        });
    }

    private Words() {
    }

    static String get(String key, Object... args) {
        return TEXTS.get(key, args);
    }

    static ReadOnlyObjectProperty<Locale> language() {
        return LANGUAGE.getReadOnlyProperty();
    }

    /** "sent 1,000": a measure and its value, as the findings view lists them. */
    static String measure(Measure measure, long value) {
        StringBuilder key = new StringBuilder("measure.");
        boolean upper = false;
        for (char c : measure.name().toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                key.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return get(key.toString(), value);
    }
}
