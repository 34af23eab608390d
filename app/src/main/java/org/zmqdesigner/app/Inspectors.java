package org.zmqdesigner.app;

import javafx.scene.control.Label;
import org.zmqdesigner.app.document.DesignDocument;

/** Makes the inspector panel for a document. */
final class Inspectors {
    private Inspectors() {
    }

    static javafx.scene.Node create(DesignDocument document) {
        return new Label("Select a node or link to edit it.");
    }
}
