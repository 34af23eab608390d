package org.zmqdesigner.app.export;

import java.util.Locale;
import org.zmqdesigner.engine.export.ExportTarget;
import org.zmqdesigner.engine.text.Texts;

/** Each export target in the designer's words: its title and one line on what you get. */
public final class ExportTargets {

    private ExportTargets() {
    }

    private static final Texts TEXTS = Texts.of(ExportTargets.class);

    /** "Java project": the target as the dialog's choice names it. */
    public static String title(ExportTarget target) {
        return TEXTS.get("target." + key(target));
    }

    /** The target inside a sentence ("Exporting java project…"). */
    public static String inSentence(ExportTarget target) {
        return TEXTS.get("target." + key(target) + ".inSentence");
    }

    public static String whatYouGet(ExportTarget target) {
        return TEXTS.get("target." + key(target) + ".what");
    }

    private static String key(ExportTarget target) {
        return target.name().toLowerCase(Locale.ROOT);
    }
}
