package org.zmqdesigner.engine.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zmqdesigner.engine.model.Link;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.Socket;
import org.zmqdesigner.engine.model.SocketRef;

/**
 * What the behaviour rules share: saying that a named socket is missing, and finding who is linked
 * to a socket, so a rule can read the behaviour at the other end of a link.
 */
final class BehaviourPeers {
    private BehaviourPeers() {
    }

    /**
     * Reports that the field (named by its text key) of the node names a socket it lacks; returns the socket when it
     * exists.
     */
    static Optional<Socket> named(Node node, String fieldKey, String named, String code, Findings out) {
        Optional<Socket> socket = node.socket(named);
        if (socket.isEmpty()) {
            out.error(code, node.id(), RuleTexts.get("named.missing.message", RuleTexts.get(fieldKey), node.id(),
                    named), node.sockets().isEmpty()
                    ? RuleTexts.get("named.missing.hint")
                    : nameOne(node));
        }
        return socket;
    }

    /** "Name one of the node's sockets: a, b." */
    static String nameOne(Node node) {
        return RuleTexts.get("socket.nameOne", String.join(", ", node.sockets().stream().map(Socket::id).toList()));
    }

    /** The sockets linked to this socket of this node, with their nodes; dangling links are skipped. */
    static List<TopologyFacts.OwnedSocket> linked(TopologyFacts facts, Node node, Socket socket) {
        SocketRef here = new SocketRef(node.id(), socket.id());
        List<TopologyFacts.OwnedSocket> peers = new ArrayList<>();
        for (Link link : facts.links(here)) {
            SocketRef there = link.from().equals(here) ? link.to() : link.from();
            facts.socket(there).ifPresent(peers::add);
        }
        return peers;
    }
}
