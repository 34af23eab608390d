package org.zmqdesigner.engine.edit;

import java.util.Arrays;
import org.zmqdesigner.engine.text.Texts;

/**
 * The words of the edits (their names in Undo/Redo, and why one does not apply), read in the
 * current language each time they are asked for. Arguments are turned into text first, as string
 * concatenation would: "Move 1200 nodes", never "1,200".
 */
final class EditTexts {

    private EditTexts() {
    }

    static String get(String key, Object... args) {
        return Texts.of(EditTexts.class).get(key, Arrays.stream(args).map(String::valueOf).toArray());
    }

    /** The refusal of an edit whose new element would reuse an id. */
    static IllegalArgumentException idTaken(String id) {
        return new IllegalArgumentException(get("refused.idTaken", id));
    }
}
