package org.zmqdesigner.engine.validate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.zmqdesigner.engine.model.Behaviour;
import org.zmqdesigner.engine.model.Link;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.NodeKind;
import org.zmqdesigner.engine.model.Socket;
import org.zmqdesigner.engine.model.SocketOptions;
import org.zmqdesigner.engine.model.SocketRef;
import org.zmqdesigner.engine.model.SocketType;
import org.zmqdesigner.engine.model.Topology;

/**
 * Builds topologies for tests in a few words.
 *
 * <pre>{@code
 * Topology t = design(
 *         app("client", socket("req", REQ)).withBehaviour(source("Hello")),
 *         app("server", binding("rep", REP, "tcp://127.0.0.1:5555")).withBehaviour(responder()))
 *     .link("hello", "client/req", "server/rep", "tcp://localhost:5555")
 *     .build();
 * }</pre>
 */
final class Designs {

    private Designs() {
    }

    // ---------------------------------------------------------------- topologies

    static Builder design(Node... nodes) {
        return new Builder().nodes(nodes);
    }

    /** Collects nodes and links; every call adds, nothing is checked (that is the validator's job). */
    static final class Builder {
        private final List<Node> nodes = new ArrayList<>();
        private final List<Link> links = new ArrayList<>();

        Builder nodes(Node... added) {
            nodes.addAll(Arrays.asList(added));
            return this;
        }

        Builder node(Node added) {
            nodes.add(added);
            return this;
        }

        /** A link from {@code from} ("node/socket", the connecting side) to {@code to} (the binding side). */
        Builder link(String id, String from, String to, String endpoint) {
            links.add(new Link(id, ref(from), ref(to), endpoint));
            return this;
        }

        Builder link(Link link) {
            links.add(link);
            return this;
        }

        Topology build() {
            return new Topology("test design", null, nodes, links);
        }
    }

    /** "node/socket" as a reference. */
    static SocketRef ref(String path) {
        int slash = path.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("write a socket reference as node/socket, not " + path);
        }
        return new SocketRef(path.substring(0, slash), path.substring(slash + 1));
    }

    // ---------------------------------------------------------------- nodes

    /** An application node without a behaviour. */
    static Node app(String id, Socket... sockets) {
        return new Node(id, null, NodeKind.APPLICATION, null, null, null, List.of(sockets), null);
    }

    /** A device node (queue, forwarder, streamer) without a behaviour. */
    static Node device(String id, NodeKind kind, Socket... sockets) {
        return new Node(id, null, kind, null, null, null, List.of(sockets), null);
    }

    // ---------------------------------------------------------------- sockets

    /** A socket that neither binds nor connects outside the design; links give it its peers. */
    static Socket socket(String id, SocketType type) {
        return new Socket(id, type);
    }

    static Socket binding(String id, SocketType type, String... endpoints) {
        return new Socket(id, type, List.of(endpoints), List.of(), SocketOptions.DEFAULTS);
    }

    /** A socket that connects to endpoints outside the design. */
    static Socket connecting(String id, SocketType type, String... endpoints) {
        return new Socket(id, type, List.of(), List.of(endpoints), SocketOptions.DEFAULTS);
    }

    /** A SUB socket with the given subscription prefixes. */
    static Socket subscriber(String id, String... prefixes) {
        return new Socket(id, SocketType.SUB).withOptions(options().withSubscribe(List.of(prefixes)));
    }

    /** ZeroMQ's defaults, to change with the {@code with...} methods. */
    static SocketOptions options() {
        return SocketOptions.DEFAULTS;
    }

    // ---------------------------------------------------------------- behaviours

    static Behaviour.Source source(String payload) {
        return new Behaviour.Source(null, null, null, payload, null, null, null);
    }

    static Behaviour.Source sourceOn(String socket, String payload) {
        return new Behaviour.Source(socket, null, null, payload, null, null, null);
    }

    static Behaviour.Responder responder() {
        return new Behaviour.Responder(null, null, "World");
    }

    static Behaviour.Responder responderOn(String socket) {
        return new Behaviour.Responder(socket, null, "World");
    }

    static Behaviour.Worker worker(String input, String output) {
        return new Behaviour.Worker(input, output, null, null, null);
    }

    static Behaviour.Sink sink() {
        return new Behaviour.Sink(null, null);
    }

    static Behaviour.Sink sinkOn(String socket) {
        return new Behaviour.Sink(socket, null);
    }

    static Behaviour.Echo echo() {
        return new Behaviour.Echo(null);
    }

    // ---------------------------------------------------------------- ready-made designs

    /** The zguide's hello world: a REQ client linked to a REP server. Validates without any diagnostic. */
    static Builder helloWorld() {
        return design(
                app("client", socket("requester", SocketType.REQ)).withBehaviour(source("Hello")),
                app("server", binding("responder", SocketType.REP, "tcp://127.0.0.1:5555"))
                        .withBehaviour(responder()))
                .link("hello", "client/requester", "server/responder", "tcp://localhost:5555");
    }

    /**
     * Two application nodes, {@code a} with socket {@code out} of type {@code from} and {@code b} with
     * socket {@code in} of type {@code to} binding tcp://127.0.0.1:5555, linked by {@code ab}.
     */
    static Builder pair(SocketType from, SocketType to) {
        return design(
                app("a", socket("out", from)),
                app("b", binding("in", to, "tcp://127.0.0.1:5555")))
                .link("ab", "a/out", "b/in", "tcp://localhost:5555");
    }
}
