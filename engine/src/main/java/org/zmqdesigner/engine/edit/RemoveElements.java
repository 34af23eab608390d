package org.zmqdesigner.engine.edit;

import java.util.Set;
import org.zmqdesigner.engine.model.Topology;

/** Deletes nodes (with every link touching them) and links. */
public record RemoveElements(Set<String> nodeIds, Set<String> linkIds) implements Edit {
    public RemoveElements {
        nodeIds = Set.copyOf(nodeIds);
        linkIds = Set.copyOf(linkIds);
    }

    @Override
    public Topology apply(Topology topology) {
        return topology
                .withNodes(topology.nodes().stream().filter(n -> !nodeIds.contains(n.id())).toList())
                .withLinks(topology.links().stream()
                        .filter(l -> !linkIds.contains(l.id()))
                        .filter(l -> !nodeIds.contains(l.from().node()) && !nodeIds.contains(l.to().node()))
                        .toList());
    }

    @Override
    public String description() {
        int count = nodeIds.size() + linkIds.size();
        if (count == 1) {
            return nodeIds.isEmpty() ? EditTexts.get("delete.link", linkIds.iterator().next())
                    : EditTexts.get("delete.node", nodeIds.iterator().next());
        }
        return EditTexts.get("delete.many", count);
    }
}
