package org.zmqdesigner.engine.validate;

import java.util.List;
import org.zmqdesigner.engine.model.Link;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.SocketType;

/** Sockets whose number of peers makes no sense: a crowded PAIR, a PUSH with nobody to push to. */
final class PeerCountRule implements Rule {
    @Override
    public void check(TopologyFacts facts, Findings out) {
        for (TopologyFacts.OwnedSocket owned : facts.sockets()) {
            List<Link> links = facts.links(owned.ref());
            int peers = links.size() + owned.socket().connects().size();
            SocketType type = owned.socket().type();
            if (type.onePeer() && peers > 1) {
                out.error("PAIR_MULTIPLE_PEERS", owned.element(), "PAIR socket " + owned.element() + " has " + peers
                        + " peers, but a PAIR talks to exactly one: the others would never get a message.",
                        "Keep one link. To fan out use PUB/SUB or PUSH/PULL; to serve many use ROUTER.");
            }
            if (type == SocketType.PUSH && peers == 0) {
                out.warning("PUSH_NO_DOWNSTREAM", owned.element(), "PUSH socket " + owned.element() + " has no"
                        + " PULL to push to. Messages wait in its queue, and once it is full, send blocks.",
                        "Link it to a PULL socket, a worker's input or a sink.");
            } else if (peers == 0 && owned.socket().binds().isEmpty()) {
                out.info("UNUSED_SOCKET", owned.element(), "Socket " + owned.element() + " neither binds nor"
                        + " connects, so it will never carry a message.", "Link it to another socket, or remove it.");
            }
        }
        for (Node node : facts.nodes()) {
            if (node.sockets().isEmpty()) {
                out.warning("NO_SOCKETS", node.id(), "Node " + node.id() + " has no sockets, so it cannot"
                        + " send or receive anything.", "Add a socket from the palette, or delete the node.");
            }
        }
    }
}
