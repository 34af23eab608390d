package org.zmqdesigner.engine.edit;

import java.util.ArrayList;
import java.util.List;
import org.zmqdesigner.engine.model.Link;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.Topology;

/** Adds nodes and links (a palette drop, a paste, a duplicate). Ids must be new. */
public record AddElements(List<Node> nodes, List<Link> links, String description) implements Edit {
    public AddElements {
        nodes = List.copyOf(nodes);
        links = List.copyOf(links);
    }

    public static AddElements node(Node node, String description) {
        return new AddElements(List.of(node), List.of(), description);
    }

    @Override
    public Topology apply(Topology topology) {
        for (Node node : nodes) {
            if (topology.node(node.id()).isPresent() || topology.link(node.id()).isPresent()) {
                throw EditTexts.idTaken(node.id());
            }
        }
        for (Link link : links) {
            if (topology.link(link.id()).isPresent() || topology.node(link.id()).isPresent()) {
                throw EditTexts.idTaken(link.id());
            }
        }
        List<Node> allNodes = new ArrayList<>(topology.nodes());
        allNodes.addAll(nodes);
        List<Link> allLinks = new ArrayList<>(topology.links());
        allLinks.addAll(links);
        return topology.withNodes(allNodes).withLinks(allLinks);
    }
}
