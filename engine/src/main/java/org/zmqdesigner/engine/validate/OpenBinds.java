package org.zmqdesigner.engine.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.zmqdesigner.engine.model.Endpoint;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.Socket;
import org.zmqdesigner.engine.model.SocketRef;
import org.zmqdesigner.engine.model.Topology;

/**
 * The binds of a design that listen on every network interface ({@code *}, {@code 0.0.0.0},
 * {@code [::]}), and the words for them. Written once here, read by the validator (its
 * {@code BIND_ALL_INTERFACES} finding), by {@code run} (its note before anything binds) and by the
 * designer (the mark on the node), so the three never disagree about which binds are open or what
 * to do about them.
 */
public final class OpenBinds {

    /**
     * One bind on every interface.
     *
     * @param socket the socket that binds
     * @param endpoint the endpoint as the design writes it
     * @param port the port as written, or {@link Endpoint#ANY_PORT}
     */
    public record OpenBind(SocketRef socket, String endpoint, long port) {

        /** The same bind kept on this machine: what a lesson or a test usually wants. */
        public String loopbackEndpoint() {
            return "tcp://127.0.0.1:" + (port == Endpoint.ANY_PORT ? "*" : Long.toString(port));
        }

        /** What the bind does, as a sentence that starts with the socket. */
        public String what() {
            return RuleTexts.get("openBind.what", socket, endpoint);
        }

        /** When that is right, and the fix when it is not. */
        public String fix() {
            return RuleTexts.get("openBind.fix", loopbackEndpoint());
        }

        /** What it does and the fix, for places with room for both (a tooltip, a console line). */
        public String explanation() {
            return what() + " " + fix();
        }
    }

    private OpenBinds() {
    }

    /**
     * The open binds of one node, in the order its sockets and binds are written. Endpoints that do
     * not parse or whose port does not exist are left out: the validator reports those as errors,
     * and they bind nothing.
     */
    public static List<OpenBind> of(Node node) {
        List<OpenBind> open = new ArrayList<>();
        for (Socket socket : node.sockets()) {
            for (String bind : socket.binds()) {
                of(new SocketRef(node.id(), socket.id()), bind).ifPresent(open::add);
            }
        }
        return open;
    }

    /** The bind as an open one, or empty when it keeps to some interfaces (or does not parse). */
    public static Optional<OpenBind> of(SocketRef socket, String bind) {
        return TopologyFacts.parse(bind).filter(e -> e.portInRange() && e.isWildcardHost())
                .map(e -> new OpenBind(socket, bind, e.port()));
    }

    /** The open binds of every node of a design. */
    public static List<OpenBind> of(Topology topology) {
        return of(topology, Set.of());
    }

    /**
     * The open binds of the nodes that will run: those in {@code only}, or every node when it is
     * empty (as {@code run --only} reads it).
     */
    public static List<OpenBind> of(Topology topology, Set<String> only) {
        List<OpenBind> open = new ArrayList<>();
        for (Node node : topology.nodes()) {
            if (only.isEmpty() || only.contains(node.id())) {
                open.addAll(of(node));
            }
        }
        return open;
    }
}
