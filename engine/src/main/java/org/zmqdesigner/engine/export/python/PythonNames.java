package org.zmqdesigner.engine.export.python;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zmqdesigner.engine.export.DesignPlan;
import org.zmqdesigner.engine.export.NodePlan;
import org.zmqdesigner.engine.export.SocketPlan;
import org.zmqdesigner.engine.model.Behaviour;

/**
 * The Python names of a plan: each node's module (its script is {@code <module>.py}) and, per
 * node, each socket's variable. Made from the design's ids through {@link PythonLiterals#identifier},
 * so they are plain, collision-free (ignoring case, for file systems that ignore it too) and never
 * shadow a keyword, a builtin, a module of the standard library or pyzmq, nor a name the generated
 * code itself uses.
 */
final class PythonNames {

    /** The names a node script uses besides its sockets': module-level names and the loops' locals. */
    static final List<String> SCRIPT_NAMES = List.of("zmq", "support", "time", "random", "NODE", "run", "context",
            "stop", "counts", "seq", "message", "reply", "request", "envelope", "body", "payload", "topic", "rng",
            "poller", "events", "workers", "worker_id", "rest", "received", "interval", "due", "now", "attempt",
            "stall_ms", "replies", "work_ms", "work_until", "forward", "until", "end", "synced", "text", "answer",
            "open_socket", "prelude", "count", "n");

    private final Map<String, String> modules = new LinkedHashMap<>();

    PythonNames(DesignPlan plan) {
        // run_all.py imports every node's module next to these names of its own.
        List<String> taken = new ArrayList<>(List.of("support", "args", "NODES", "zmq"));
        for (NodePlan node : plan.nodes()) {
            String module = PythonLiterals.identifier(node.id(), "node", "_node", taken);
            taken.add(module);
            modules.put(node.id(), module);
        }
    }

    /** The module of node {@code nodeId}: its script is this plus ".py". */
    String module(String nodeId) {
        String module = modules.get(nodeId);
        if (module == null) {
            throw new IllegalArgumentException("the design has no node " + nodeId);
        }
        return module;
    }

    /** The variable of each socket of {@code node}, by socket id, in the design's order. */
    static Map<String, String> sockets(NodePlan node) {
        List<String> taken = new ArrayList<>(SCRIPT_NAMES);
        Map<String, String> names = new LinkedHashMap<>();
        for (SocketPlan socket : node.sockets()) {
            String name = PythonLiterals.identifier(socket.id(), "socket", "_socket", taken);
            taken.add(name);
            names.put(socket.id(), name);
        }
        return names;
    }

    /** Whether the behaviour needs the random module (a seeded random.Random). */
    static boolean usesRandom(Behaviour behaviour) {
        return behaviour instanceof Behaviour.Responder r
                && (r.faults() != null && !r.faults().isEmpty() || r.replies() != null && !r.replies().fixed());
    }
}
