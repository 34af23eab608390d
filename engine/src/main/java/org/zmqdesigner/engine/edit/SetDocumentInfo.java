package org.zmqdesigner.engine.edit;

import org.zmqdesigner.engine.model.Topology;

/** Sets the design's title and description. */
public record SetDocumentInfo(String title, String text) implements Edit {
    @Override
    public Topology apply(Topology topology) {
        return topology.withTitle(title).withDescription(text);
    }

    @Override
    public String description() {
        return EditTexts.get("documentInfo.edit");
    }
}
