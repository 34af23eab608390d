package org.zmqdesigner.app.text;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import org.zmqdesigner.engine.text.Texts;

/**
 * Cancel, Close and OK in the designer's language. JavaFX's own {@link ButtonType#CANCEL} and
 * friends are named once, in the system's language, when JavaFX starts; a dialog that must follow
 * View → Language makes its buttons here, when it opens. A dialog compares its answer with the
 * instances it put in, never with JavaFX's constants.
 */
public final class DialogButtons {

    private static final Texts TEXTS = Texts.of(DialogButtons.class);

    private DialogButtons() {
    }

    public static ButtonType cancel() {
        return new ButtonType(TEXTS.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    public static ButtonType close() {
        return new ButtonType(TEXTS.get("button.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    public static ButtonType ok() {
        return new ButtonType(TEXTS.get("button.ok"), ButtonBar.ButtonData.OK_DONE);
    }
}
