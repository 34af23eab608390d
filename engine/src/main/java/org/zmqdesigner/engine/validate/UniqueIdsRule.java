package org.zmqdesigner.engine.validate;

import java.util.HashSet;
import java.util.Set;
import org.zmqdesigner.engine.model.Link;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.Socket;

/** Ids name elements in links, diagnostics and reports, so each must name exactly one thing. */
final class UniqueIdsRule implements Rule {
    @Override
    public void check(TopologyFacts facts, Findings out) {
        Set<String> seen = new HashSet<>();
        for (Node node : facts.nodes()) {
            if (!seen.add(node.id())) {
                out.error("DUPLICATE_ID", node.id(), "Two elements share the id \"" + node.id() + "\", so links"
                        + " and reports cannot tell them apart.", "Give each node and link an id of its own.");
            }
            Set<String> socketIds = new HashSet<>();
            for (Socket socket : node.sockets()) {
                if (!socketIds.add(socket.id())) {
                    out.error("DUPLICATE_ID", node.id() + "/" + socket.id(), "Node \"" + node.id()
                                    + "\" has two sockets called \"" + socket.id() + "\".",
                            "Rename one of them, for example \"in\" and \"out\".");
                }
            }
        }
        for (Link link : facts.links()) {
            if (!seen.add(link.id())) {
                out.error("DUPLICATE_ID", link.id(), "Two elements share the id \"" + link.id() + "\", so"
                        + " diagnostics and reports cannot tell them apart.", "Give each link an id of its own.");
            }
        }
    }
}
