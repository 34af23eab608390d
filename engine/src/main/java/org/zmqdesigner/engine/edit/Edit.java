package org.zmqdesigner.engine.edit;

import org.zmqdesigner.engine.model.Topology;

/**
 * One change to a design, as a value: applying it to a topology gives the changed topology.
 * Undo does not need an inverse: the history keeps the topology from before.
 */
public interface Edit {

    /** The topology after this edit; throws IllegalArgumentException when it does not apply. */
    Topology apply(Topology topology);

    /** What the Edit menu says: "Undo Move 3 nodes". */
    String description();

    /**
     * This edit and a later one as one undo step, or null when they stay apart. Consecutive
     * drags of the same nodes merge, so one gesture is one undo.
     */
    default Edit mergeWith(Edit later) {
        return null;
    }
}
