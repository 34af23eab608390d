package org.zmqdesigner.engine.validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.zmqdesigner.engine.model.Endpoint;
import org.zmqdesigner.engine.model.Link;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.Socket;
import org.zmqdesigner.engine.model.SocketRef;
import org.zmqdesigner.engine.model.Topology;

/**
 * What the rules ask again and again, worked out once: sockets by reference, parsed endpoints and
 * the links of each socket. Tolerates duplicates and dangling references; the rules report those.
 */
final class TopologyFacts {

    /** A socket with the node that owns it. */
    record OwnedSocket(Node node, Socket socket) {
        SocketRef ref() {
            return new SocketRef(node.id(), socket.id());
        }

        String element() {
            return node.id() + "/" + socket.id();
        }
    }

    private final Topology topology;
    private final Map<SocketRef, OwnedSocket> sockets = new LinkedHashMap<>();
    private final Map<SocketRef, List<Link>> linksBySocket = new LinkedHashMap<>();

    TopologyFacts(Topology topology) {
        this.topology = topology;
        for (Node node : topology.nodes()) {
            for (Socket socket : node.sockets()) {
                sockets.putIfAbsent(new SocketRef(node.id(), socket.id()), new OwnedSocket(node, socket));
            }
        }
        for (Link link : topology.links()) {
            linksBySocket.computeIfAbsent(link.from(), k -> new ArrayList<>()).add(link);
            if (!link.to().equals(link.from())) {
                linksBySocket.computeIfAbsent(link.to(), k -> new ArrayList<>()).add(link);
            }
        }
    }

    Topology topology() {
        return topology;
    }

    Iterable<OwnedSocket> sockets() {
        return sockets.values();
    }

    Optional<OwnedSocket> socket(SocketRef ref) {
        return Optional.ofNullable(sockets.get(ref));
    }

    List<Link> links(SocketRef ref) {
        return linksBySocket.getOrDefault(ref, List.of());
    }

    /** The endpoint parsed, or empty when it does not parse (the endpoint rule reports that). */
    static Optional<Endpoint> parse(String text) {
        try {
            return Optional.of(Endpoint.parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether two nodes are declared to run on different machines. A missing host means "here". */
    static boolean differentHosts(Node a, Node b) {
        return !Objects.equals(hostOf(a), hostOf(b));
    }

    static String hostOf(Node node) {
        return node.host() == null || node.host().isBlank() ? "" : node.host();
    }

    static String hostLabel(Node node) {
        return hostOf(node).isEmpty() ? "this machine" : "host \"" + node.host() + "\"";
    }
}
