package org.zmqdesigner.engine.model;

import java.util.Optional;

/**
 * Which socket a behaviour uses. A behaviour may leave its socket unnamed when the node's choice is
 * obvious: the first socket that can do what the behaviour needs.
 */
public final class BehaviourSockets {
    private BehaviourSockets() {
    }

    public static Optional<Socket> sending(Node node, String named) {
        return pick(node, named, true, false);
    }

    public static Optional<Socket> receiving(Node node, String named) {
        return pick(node, named, false, true);
    }

    public static Optional<Socket> replying(Node node, String named) {
        return pick(node, named, true, true);
    }

    /**
     * A broker's frontend, where clients connect: the socket it names, else the node's first
     * ROUTER.
     */
    public static Optional<Socket> brokerFrontend(Node node, Behaviour.Broker broker) {
        if (broker.frontend() != null) {
            return node.socket(broker.frontend());
        }
        return node.sockets().stream().filter(s -> s.type() == SocketType.ROUTER).findFirst();
    }

    /**
     * A broker's backend, where workers connect: the socket it names, else the node's first
     * ROUTER or DEALER other than the frontend. A DEALER backend makes the broker pass messages
     * both ways (the zguide's rrbroker); a ROUTER backend makes it a load balancer (lbbroker).
     */
    public static Optional<Socket> brokerBackend(Node node, Behaviour.Broker broker) {
        if (broker.backend() != null) {
            return node.socket(broker.backend());
        }
        String frontend = brokerFrontend(node, broker).map(Socket::id).orElse(null);
        return node.sockets().stream()
                .filter(s -> s.type() == SocketType.ROUTER || s.type() == SocketType.DEALER)
                .filter(s -> !s.id().equals(frontend))
                .findFirst();
    }

    private static Optional<Socket> pick(Node node, String named, boolean sends, boolean receives) {
        if (named != null) {
            return node.socket(named);
        }
        return node.sockets().stream()
                .filter(s -> (!sends || s.type().sends()) && (!receives || s.type().receives()))
                .findFirst();
    }
}
