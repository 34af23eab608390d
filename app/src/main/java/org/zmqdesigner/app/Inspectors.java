package org.zmqdesigner.app;

import org.zmqdesigner.app.document.DesignDocument;
import org.zmqdesigner.app.inspector.InspectorView;

/** Makes the inspector panel for a document. */
final class Inspectors {
    private Inspectors() {
    }

    static javafx.scene.Node create(DesignDocument document) {
        return new InspectorView(document).view();
    }
}
