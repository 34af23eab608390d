package org.zmqdesigner.engine.validate;

import java.util.Optional;
import java.util.stream.Collectors;
import org.zmqdesigner.engine.model.Endpoint;
import org.zmqdesigner.engine.model.Link;
import org.zmqdesigner.engine.model.SocketRef;
import org.zmqdesigner.engine.model.SocketType;

/**
 * A link joins two existing sockets that ZeroMQ lets talk, and its endpoint is one the binding side
 * really binds, reachable from the connecting side's machine.
 */
final class LinkRule implements Rule {
    @Override
    public void check(TopologyFacts facts, Findings out) {
        for (Link link : facts.links()) {
            Optional<TopologyFacts.OwnedSocket> from = end(facts, link, link.from(), "connecting", out);
            Optional<TopologyFacts.OwnedSocket> to = end(facts, link, link.to(), "binding", out);
            if (from.isEmpty() || to.isEmpty()) {
                continue;
            }
            if (link.from().equals(link.to())) {
                out.error("SELF_LINK", link.id(), "Link " + link.id() + " connects " + link.from()
                        + " to itself.", "A socket cannot be its own peer; link it to another socket.");
                continue;
            }
            compatible(link, from.get(), to.get(), out);
            bindingSide(facts, link, from.get(), to.get(), out);
        }
    }

    private static Optional<TopologyFacts.OwnedSocket> end(TopologyFacts facts, Link link, SocketRef ref,
                                                           String side, Findings out) {
        Optional<TopologyFacts.OwnedSocket> owned = facts.socket(ref);
        if (owned.isEmpty()) {
            boolean nodeExists = facts.node(ref.node()).isPresent();
            out.error("DANGLING_LINK", link.id(), "Link " + link.id() + " has its " + side + " side on "
                            + (nodeExists ? "socket \"" + ref.socket() + "\" of node \"" + ref.node()
                            + "\", which has no such socket." : "node \"" + ref.node() + "\", which does not exist."),
                    "Delete the link, or point it at an existing socket.");
        }
        return owned;
    }

    private static void compatible(Link link, TopologyFacts.OwnedSocket from, TopologyFacts.OwnedSocket to,
                                   Findings out) {
        SocketType a = from.socket().type();
        SocketType b = to.socket().type();
        if (a.canTalkTo(b)) {
            return;
        }
        out.error("INCOMPATIBLE_SOCKETS", link.id(), "A " + a + " socket cannot talk to a " + b + " socket:"
                + " ZeroMQ refuses the handshake, so nothing will ever flow on link " + link.id() + ".",
                (a == b ? "A " + a + " pairs with " + names(a) + ", never with another " + a + "."
                        : "A " + a + " pairs with " + names(a) + ", and a " + b + " with " + names(b) + ".")
                        + " Change one side's type, e.g. " + suggestion(a) + ".");
    }

    private static String names(SocketType type) {
        return type.peers().stream().map(Enum::name).collect(Collectors.joining(" or "));
    }

    private static String suggestion(SocketType type) {
        return "make the other side a " + type.peers().iterator().next();
    }

    private static void bindingSide(TopologyFacts facts, Link link, TopologyFacts.OwnedSocket from,
                                    TopologyFacts.OwnedSocket to, Findings out) {
        Optional<Endpoint> target = TopologyFacts.parse(link.endpoint());
        if (target.isEmpty()) {
            return;
        }
        Endpoint endpoint = target.get();
        boolean bound = to.socket().binds().stream()
                .map(TopologyFacts::parse).flatMap(Optional::stream)
                .anyMatch(endpoint::reaches);
        if (!bound) {
            boolean reversed = from.socket().binds().stream()
                    .map(TopologyFacts::parse).flatMap(Optional::stream)
                    .anyMatch(endpoint::reaches);
            String hint;
            if (reversed) {
                hint = "It is " + from.element() + " that binds it: a link points from the side that connects"
                        + " to the side that binds. Reverse the link.";
            } else if (to.socket().binds().isEmpty()) {
                hint = "Let " + to.element() + " bind " + bindFor(endpoint) + ", or have the link connect to an"
                        + " endpoint it binds.";
            } else {
                hint = to.element() + " binds " + String.join(", ", to.socket().binds())
                        + "; connect the link to one of those.";
            }
            out.error("LINK_NO_BINDING_SIDE", link.id(), "Link " + link.id() + " connects " + from.element()
                    + " to " + link.endpoint() + ", but " + to.element() + " does not bind that endpoint,"
                    + " so the connection would wait for a peer that never comes.", hint);
        }
        if (endpoint.isLocalOnly() && facts.differentHosts(from.node(), to.node())) {
            boolean inproc = endpoint.transport() == Endpoint.Transport.INPROC;
            out.error(inproc ? "INPROC_ACROSS_HOSTS" : "IPC_ACROSS_HOSTS", link.id(), "Link " + link.id()
                            + " uses " + endpoint.transport().scheme() + " between " + from.node().id() + " on "
                            + TopologyFacts.hostLabel(from.node()) + " and " + to.node().id() + " on "
                            + TopologyFacts.hostLabel(to.node()) + ", but " + (inproc
                            ? "inproc only joins threads of one process."
                            : "ipc only joins processes on one machine."),
                    "Use tcp between machines, as in tcp://" + hostName(to.node()) + ":"
                            + (endpoint.isTcp() && endpoint.port() > 0 ? endpoint.port() : 5555) + ".");
        }
        if (endpoint.isTcp() && endpoint.isLoopbackHost() && facts.differentHosts(from.node(), to.node())) {
            out.error("LOOPBACK_ACROSS_HOSTS", link.id(), "Link " + link.id() + " connects " + from.node().id()
                            + " on " + TopologyFacts.hostLabel(from.node()) + " to " + link.endpoint() + ", which is"
                            + " that machine itself, but " + to.node().id() + " binds on "
                            + TopologyFacts.hostLabel(to.node()) + ".",
                    "Connect to the binding machine by name, as in tcp://" + hostName(to.node()) + ":"
                            + endpoint.port() + ", and let it bind an interface the other machine can reach.");
        }
    }

    private static String bindFor(Endpoint endpoint) {
        if (endpoint.isTcp() && endpoint.port() == Endpoint.ANY_PORT) {
            return "a fixed port such as tcp://127.0.0.1:5555";
        }
        if (endpoint.isTcp() && endpoint.isLoopbackHost()) {
            return "tcp://127.0.0.1:" + endpoint.port();
        }
        return endpoint.toString();
    }

    private static String hostName(org.zmqdesigner.engine.model.Node node) {
        String host = TopologyFacts.hostOf(node);
        return host.isEmpty() ? "localhost" : host;
    }
}
