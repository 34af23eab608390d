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
                out.error("DUPLICATE_ID", node.id(), RuleTexts.get("ids.duplicateNode.message", node.id()),
                        RuleTexts.get("ids.duplicateNode.hint"));
            }
            Set<String> socketIds = new HashSet<>();
            for (Socket socket : node.sockets()) {
                if (!socketIds.add(socket.id())) {
                    out.error("DUPLICATE_ID", node.id() + "/" + socket.id(),
                            RuleTexts.get("ids.duplicateSocket.message", node.id(), socket.id()),
                            RuleTexts.get("ids.duplicateSocket.hint"));
                }
            }
        }
        for (Link link : facts.links()) {
            if (!seen.add(link.id())) {
                out.error("DUPLICATE_ID", link.id(), RuleTexts.get("ids.duplicateLink.message", link.id()),
                        RuleTexts.get("ids.duplicateLink.hint"));
            }
        }
    }
}
