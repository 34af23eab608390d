package org.zmqdesigner.engine.export.python;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zmqdesigner.engine.export.DesignPlan;
import org.zmqdesigner.engine.export.NodePlan;
import org.zmqdesigner.engine.export.SocketPlan;
import org.zmqdesigner.engine.model.Behaviour;
import org.zmqdesigner.engine.model.Endpoint;
import org.zmqdesigner.engine.model.Link;
import org.zmqdesigner.engine.model.SocketRef;
import org.zmqdesigner.engine.model.SocketType;

/**
 * The sockets whose connections a node's behaviour must see come up, through a monitor socket
 * opened before the socket binds or connects: a source awaiting its peers on a socket that cannot
 * see subscriptions (taskvent's workers), and a synchronised subscriber, whose sync request must
 * follow its connection (syncsub). The same sockets as the Java export watches. An inproc
 * connection sends no handshake event, so the design's inproc peers are not waited for.
 */
final class PythonWatches {
    private final DesignPlan plan;
    private final NodePlan node;
    private final Map<String, String> monitors = new HashMap<>();

    PythonWatches(DesignPlan plan, NodePlan node, Map<String, String> vars) {
        this.plan = plan;
        this.node = node;
        List<String> taken = new ArrayList<>(PythonNames.SCRIPT_NAMES);
        taken.addAll(vars.values());
        for (SocketPlan socket : node.sockets()) {
            if (watches(socket.id())) {
                String name = PythonLiterals.identifier(vars.get(socket.id()) + "_monitor", "monitor", "_2", taken);
                taken.add(name);
                monitors.put(socket.id(), name);
            }
        }
    }

    /** The variable of the socket's monitor, or null when nothing waits for its connections. */
    String monitor(String socketId) {
        return monitors.get(socketId);
    }

    private boolean watches(String socketId) {
        Behaviour b = node.behaviour();
        if (b instanceof Behaviour.Source s && socketId.equals(s.socket()) && s.syncSocket() == null
                && s.awaitPeers() != null && s.awaitPeers() > 0 && !type(socketId).seesSubscriptions()
                && !(type(socketId) == SocketType.REQ && s.replyTimeoutMs() != null)) {
            return s.awaitPeers() - inprocPeers(socketId) > 0;
        }
        if (b instanceof Behaviour.Sink s && s.syncSocket() != null && socketId.equals(s.socket())) {
            SocketPlan socket = node.socket(socketId).orElseThrow();
            return !(socket.binds().stream().allMatch(PythonWatches::inproc)
                    && socket.connects().stream().allMatch(PythonWatches::inproc));
        }
        return false;
    }

    /** The design's links to or from the socket over inproc. */
    int inprocPeers(String socketId) {
        SocketRef self = new SocketRef(node.id(), socketId);
        int n = 0;
        for (Link link : plan.topology().links()) {
            if ((link.from().equals(self) || link.to().equals(self)) && inproc(link.endpoint())) {
                n++;
            }
        }
        return n;
    }

    private SocketType type(String socketId) {
        return node.socket(socketId).map(SocketPlan::type).orElseThrow();
    }

    private static boolean inproc(String endpoint) {
        try {
            return Endpoint.parse(endpoint).transport() == Endpoint.Transport.INPROC;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
