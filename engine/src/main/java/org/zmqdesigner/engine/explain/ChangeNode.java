package org.zmqdesigner.engine.explain;

import java.util.function.UnaryOperator;
import org.zmqdesigner.engine.edit.Edit;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.Topology;

/**
 * A fix that changes one node of whatever design it is applied to, not a copy taken when the run
 * was explained: applied after other edits, it changes only what it is about (a socket option, a
 * behaviour field) and keeps the rest of the node as the designer has it now.
 */
record ChangeNode(String nodeId, UnaryOperator<Node> change, String description) implements Edit {

    @Override
    public Topology apply(Topology topology) {
        Node node = topology.node(nodeId)
                .orElseThrow(() -> new IllegalArgumentException("no node \"" + nodeId + "\""));
        return topology.replaceNode(change.apply(node));
    }
}
