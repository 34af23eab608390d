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

    private static Optional<Socket> pick(Node node, String named, boolean sends, boolean receives) {
        if (named != null) {
            return node.socket(named);
        }
        return node.sockets().stream()
                .filter(s -> (!sends || s.type().sends()) && (!receives || s.type().receives()))
                .findFirst();
    }
}
