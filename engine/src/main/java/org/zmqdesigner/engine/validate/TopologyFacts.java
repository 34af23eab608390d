package org.zmqdesigner.engine.validate;

import java.util.ArrayList;
import java.util.HashMap;
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
 * What the rules ask again and again, worked out once: nodes by id, sockets by reference and the
 * links of each socket. Tolerates duplicates and dangling references; the rules report those.
 *
 * <p>Rules see the design only through these facts, which count the work they hand out: every
 * element of a list, every lookup, every comparison of two nodes' machines. Validation must stay
 * linear in the size of the design (50,000 nodes once took 33 s because one rule compared every
 * bind with every other), and {@link #work()} is what a test holds to that without a clock.
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
    private final Map<String, Node> nodesById = new HashMap<>();
    private final Map<SocketRef, OwnedSocket> sockets = new LinkedHashMap<>();
    private final Map<SocketRef, List<Link>> linksBySocket = new HashMap<>();
    private long work;

    TopologyFacts(Topology topology) {
        this.topology = topology;
        for (Node node : topology.nodes()) {
            nodesById.putIfAbsent(node.id(), node);
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
        work = topology.nodes().size() + sockets.size() + topology.links().size();
    }

    List<Node> nodes() {
        work += topology.nodes().size();
        return topology.nodes();
    }

    List<Link> links() {
        work += topology.links().size();
        return topology.links();
    }

    Iterable<OwnedSocket> sockets() {
        work += sockets.size();
        return sockets.values();
    }

    /** The first node with this id, as {@link Topology#node} would find it. */
    Optional<Node> node(String id) {
        work++;
        return Optional.ofNullable(nodesById.get(id));
    }

    Optional<OwnedSocket> socket(SocketRef ref) {
        work++;
        return Optional.ofNullable(sockets.get(ref));
    }

    List<Link> links(SocketRef ref) {
        List<Link> links = linksBySocket.getOrDefault(ref, List.of());
        work += 1 + links.size();
        return links;
    }

    /** Whether two nodes are declared to run on different machines. A missing host means "here". */
    boolean differentHosts(Node a, Node b) {
        work++;
        return !Objects.equals(hostOf(a), hostOf(b));
    }

    /** Counts work a rule does with its own index, such as one lookup in it. */
    void worked(int steps) {
        work += steps;
    }

    /** Elements handed out, lookups answered and comparisons made since these facts were built. */
    long work() {
        return work;
    }

    /** The endpoint parsed, or empty when it does not parse (the endpoint rule reports that). */
    static Optional<Endpoint> parse(String text) {
        try {
            return Optional.of(Endpoint.parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The machine a node runs on, "" for this one. */
    static String hostOf(Node node) {
        return node.host() == null || node.host().isBlank() ? "" : node.host();
    }

    static String hostLabel(Node node) {
        return hostOf(node).isEmpty() ? RuleTexts.get("host.here") : RuleTexts.get("host.named", node.host());
    }
}
