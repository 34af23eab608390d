package org.zmqdesigner.engine.export;

import java.util.List;
import java.util.Optional;
import org.zmqdesigner.engine.model.Behaviour;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.NodeKind;

/**
 * One node as an exported program runs it.
 *
 * @param node the design's node (id, label, kind, start delay, host)
 * @param pattern the pattern this node plays, in the zguide's words ("request-reply server, as the
 *     zguide's hwserver")
 * @param sockets its sockets in the design's order, endpoints as the program uses them
 * @param behaviour what it does, with every socket it uses named (none left to "the first that
 *     can"); null for a device or a node without a behaviour
 */
public record NodePlan(Node node, String pattern, List<SocketPlan> sockets, Behaviour behaviour) {
    public NodePlan {
        sockets = List.copyOf(sockets);
    }

    public String id() {
        return node.id();
    }

    public NodeKind kind() {
        return node.kind();
    }

    public Optional<SocketPlan> socket(String socketId) {
        return sockets.stream().filter(s -> s.id().equals(socketId)).findFirst();
    }

    /** How long after the start this node starts: a late joiner; 0 when the design says nothing. */
    public int startDelayMs() {
        return node.startDelayMs() == null ? 0 : node.startDelayMs();
    }
}
