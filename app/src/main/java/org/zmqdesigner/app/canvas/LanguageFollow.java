package org.zmqdesigner.app.canvas;

import java.lang.ref.WeakReference;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.zmqdesigner.engine.text.Language;

/**
 * Lets a view say its fixed words again (tab titles, column headers, captions) when the language
 * changes, on the FX thread. The language holds the view only weakly: a closed window's views go
 * with it, and their listener leaves at the next change.
 */
public final class LanguageFollow {
    private LanguageFollow() {
    }

    /**
     * Calls {@code relabel} with {@code view} after every change of language while the view lives.
     * {@code relabel} must not hold the view itself (pass {@code SomeView::relabel}), or the view
     * would never be let go.
     */
    public static <T> void follow(T view, Consumer<T> relabel) {
        WeakReference<T> ref = new WeakReference<>(view);
        Consumer<Locale> listener = new Consumer<>() {
            @Override
            public void accept(Locale locale) {
                if (ref.get() == null) {
                    Language.removeListener(this);
                    return;
                }
                Runnable again = () -> {
                    T alive = ref.get();
                    if (alive != null) {
                        relabel.accept(alive);
                    }
                };
                if (Platform.isFxApplicationThread()) {
                    again.run();
                } else {
                    Platform.runLater(again);
                }
            }
        };
        Language.addListener(listener);
    }
}
