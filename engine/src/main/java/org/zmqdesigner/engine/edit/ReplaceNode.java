package org.zmqdesigner.engine.edit;

import org.zmqdesigner.engine.model.Link;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.SocketRef;
import org.zmqdesigner.engine.model.Topology;

/**
 * Replaces one node with an edited copy: a rename, a property set in the inspector. When the id
 * changes, links follow it. Successive edits of the same property of the same node merge.
 */
public record ReplaceNode(String id, Node replacement, String description) implements Edit {

    @Override
    public Topology apply(Topology topology) {
        if (topology.node(id).isEmpty()) {
            throw new IllegalArgumentException(EditTexts.get("refused.noNode", id));
        }
        String newId = replacement.id();
        if (!newId.equals(id) && (topology.node(newId).isPresent() || topology.link(newId).isPresent())) {
            throw EditTexts.idTaken(newId);
        }
        Topology replaced = topology.withNodes(topology.nodes().stream()
                .map(n -> n.id().equals(id) ? replacement : n).toList());
        if (newId.equals(id)) {
            return replaced;
        }
        return replaced.withLinks(topology.links().stream().map(l -> new Link(l.id(), rename(l.from(), newId),
                rename(l.to(), newId), l.endpoint())).toList());
    }

    private SocketRef rename(SocketRef ref, String newId) {
        return ref.node().equals(id) ? new SocketRef(newId, ref.socket()) : ref;
    }

    @Override
    public Edit mergeWith(Edit later) {
        if (later instanceof ReplaceNode r && r.id.equals(replacement.id()) && r.description.equals(description)
                && r.id.equals(id)) {
            return new ReplaceNode(id, r.replacement, description);
        }
        return null;
    }
}
