package org.zmqdesigner.app.layout;

import org.zmqdesigner.app.document.DesignDocument;
import org.zmqdesigner.engine.edit.Edit;
import org.zmqdesigner.engine.text.Texts;

/** The layout commands of the Edit menu and the toolbar, on the open design. */
public final class LayoutCommands {

    private static final Texts TEXTS = Texts.of(LayoutCommands.class);

    private LayoutCommands() {
    }

    /** Tidy up as one undo step; what happened, for the status bar. */
    public static String tidyUp(DesignDocument document) {
        if (document.topology().nodes().isEmpty()) {
            return TEXTS.get("tidy.nothing");
        }
        Edit edit = TidyUp.edit(document.topology());
        if (edit == null) {
            return TEXTS.get("tidy.already");
        }
        if (!document.apply(edit)) {
            return document.lastErrorProperty().get();
        }
        return TEXTS.get("tidy.done");
    }
}
