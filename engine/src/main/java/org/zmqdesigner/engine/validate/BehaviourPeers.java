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
     * Reports that {@code field} of the node names a socket it lacks; returns the socket when it
     * exists.
     */
    static Optional<Socket> named(Node node, String field, String named, String code, Findings out) {
        Optional<Socket> socket = node.socket(named);
        if (socket.isEmpty()) {
            out.error(code, node.id(), "The " + field + " of " + node.id() + " names socket \"" + named
                    + "\", which the node does not have.", node.sockets().isEmpty()
                    ? "Add the socket to the node."
                    : "Name one of the node's sockets: " + String.join(", ",
                    node.sockets().stream().map(Socket::id).toList()) + ".");
        }
        return socket;
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
