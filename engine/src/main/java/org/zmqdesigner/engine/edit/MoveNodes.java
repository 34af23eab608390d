package org.zmqdesigner.engine.edit;

import java.util.Set;
import org.zmqdesigner.engine.model.Topology;

/** Moves nodes by an offset. Successive moves of the same nodes merge: one drag, one undo. */
public record MoveNodes(Set<String> nodeIds, double dx, double dy) implements Edit {
    public MoveNodes {
        nodeIds = Set.copyOf(nodeIds);
    }

    @Override
    public Topology apply(Topology topology) {
        return topology.withNodes(topology.nodes().stream()
                .map(n -> nodeIds.contains(n.id()) ? n.withPosition(n.position().translate(dx, dy)) : n)
                .toList());
    }

    @Override
    public String description() {
        return nodeIds.size() == 1 ? EditTexts.get("move.one", nodeIds.iterator().next())
                : EditTexts.get("move.many", nodeIds.size());
    }

    @Override
    public Edit mergeWith(Edit later) {
        if (later instanceof MoveNodes m && m.nodeIds.equals(nodeIds)) {
            return new MoveNodes(nodeIds, dx + m.dx, dy + m.dy);
        }
        return null;
    }
}
