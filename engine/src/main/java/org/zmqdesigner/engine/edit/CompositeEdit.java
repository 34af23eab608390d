package org.zmqdesigner.engine.edit;

import java.util.List;
import org.zmqdesigner.engine.model.Topology;

/** Several edits as one undo step. */
public record CompositeEdit(List<Edit> edits, String description) implements Edit {
    public CompositeEdit {
        edits = List.copyOf(edits);
    }

    @Override
    public Topology apply(Topology topology) {
        Topology result = topology;
        for (Edit edit : edits) {
            result = edit.apply(result);
        }
        return result;
    }
}
