package org.zmqdesigner.app.layout;

import org.zmqdesigner.app.document.DesignDocument;
import org.zmqdesigner.engine.edit.Edit;

/** The layout commands of the Edit menu and the toolbar, on the open design. */
public final class LayoutCommands {

    private LayoutCommands() {
    }

    /** Tidy up as one undo step; what happened, for the status bar. */
    public static String tidyUp(DesignDocument document) {
        if (document.topology().nodes().isEmpty()) {
            return "Nothing to tidy up.";
        }
        Edit edit = TidyUp.edit(document.topology());
        if (edit == null) {
            return "Already tidy: every node is where Tidy up puts it.";
        }
        if (!document.apply(edit)) {
            return document.lastErrorProperty().get();
        }
        return "Tidied up: sources on the left, sinks on the right (Undo puts everything back).";
    }
}
