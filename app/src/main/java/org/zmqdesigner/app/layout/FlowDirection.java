package org.zmqdesigner.app.layout;

import org.zmqdesigner.engine.model.Link;
import org.zmqdesigner.engine.model.SocketType;
import org.zmqdesigner.engine.model.Topology;

/**
 * Which way a link's data flows, for laying a design out from sources to sinks. A link in the
 * model goes from the connecting side to the binding side, which says nothing about the data:
 * a worker's PULL connects to the ventilator's PUSH, yet tasks flow to the worker. The socket
 * types say it: publishers and pushers send to subscribers and pullers; a request-reply client
 * (REQ, or a DEALER talking to a REP or a ROUTER) sends to its server; between two sockets of one
 * kind (DEALER–DEALER, ROUTER–ROUTER, PAIR–PAIR) the connecting side counts as the client.
 */
public final class FlowDirection {

    private FlowDirection() {
    }

    /** Whether data flows from the link's {@code from} (connecting) side to its {@code to} side. */
    public static boolean forward(SocketType from, SocketType to) {
        int a = upstream(from);
        int b = upstream(to);
        return a >= b;
    }

    /**
     * The same for a link of a design; true when a socket is missing (nothing better to go by). A
     * broker's or a device's backend sends work on to the workers whichever side connects: lbbroker's
     * REQ workers and asyncsrv's DEALER workers dial the backend, yet requests flow out to them, so
     * a tidied broker reads clients → broker → workers rather than everyone on one side.
     */
    public static boolean forward(Topology topology, Link link) {
        if (isBackend(topology, link.to())) {
            return false;
        }
        if (isBackend(topology, link.from())) {
            return true;
        }
        SocketType from = type(topology, link.from().node(), link.from().socket());
        SocketType to = type(topology, link.to().node(), link.to().socket());
        return from == null || to == null || forward(from, to);
    }

    /** How far upstream a socket type sits in its pattern: the higher, the nearer the data's source. */
    private static int upstream(SocketType type) {
        return switch (type) {
            case PUB, XPUB, PUSH -> 1;
            case SUB, XSUB, PULL -> 0;
            case REQ -> 3;
            case DEALER -> 2;
            case ROUTER -> 1;
            case REP -> 0;
            case PAIR -> 0;
        };
    }

    private static boolean isBackend(Topology topology, org.zmqdesigner.engine.model.SocketRef socket) {
        return topology.node(socket.node()).map(n -> n.kind().isDevice()
                ? socket.socket().equals(org.zmqdesigner.engine.model.NodeKind.BACKEND)
                : n.behaviour() instanceof org.zmqdesigner.engine.model.Behaviour.Broker b
                        && org.zmqdesigner.engine.model.BehaviourSockets.brokerBackend(n, b)
                                .map(s -> s.id().equals(socket.socket())).orElse(false))
                .orElse(false);
    }

    private static SocketType type(Topology topology, String node, String socket) {
        return topology.node(node)
                .flatMap(n -> n.sockets().stream().filter(s -> s.id().equals(socket)).findFirst())
                .map(s -> s.type())
                .orElse(null);
    }
}
