package org.zmqdesigner.engine.edit;

import org.zmqdesigner.engine.model.Link;
import org.zmqdesigner.engine.model.Topology;

/** Replaces one link with an edited copy (its endpoint, its id). */
public record ReplaceLink(String id, Link replacement, String description) implements Edit {
    @Override
    public Topology apply(Topology topology) {
        if (topology.link(id).isEmpty()) {
            throw new IllegalArgumentException(EditTexts.get("refused.noLink", id));
        }
        String newId = replacement.id();
        if (!newId.equals(id) && (topology.link(newId).isPresent() || topology.node(newId).isPresent())) {
            throw EditTexts.idTaken(newId);
        }
        return topology.withLinks(topology.links().stream().map(l -> l.id().equals(id) ? replacement : l).toList());
    }
}
