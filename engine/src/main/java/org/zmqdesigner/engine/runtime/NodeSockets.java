package org.zmqdesigner.engine.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zeromq.ZMQ;
import org.zeromq.ZMQException;
import org.zmqdesigner.engine.model.Socket;
import org.zmqdesigner.engine.model.SocketRef;
import org.zmqdesigner.engine.text.Texts;

/**
 * The sockets of one node and their taps, on the node's thread: how each is opened (options,
 * observation, binds, connects) and closed (its connections retired, its subscriber life ended).
 * One place does it, so a socket a behaviour reopens (the Lazy Pirate client's fresh REQ) is set
 * up exactly as the node's start set it up.
 */
final class NodeSockets {

    private final NodeRunner owner;
    private final Map<String, ZMQ.Socket> sockets = new LinkedHashMap<>();
    private final Map<String, SocketTap> taps = new LinkedHashMap<>();

    NodeSockets(NodeRunner owner) {
        this.owner = owner;
    }

    Map<String, SocketTap> taps() {
        return taps;
    }

    ZMQ.Socket socket(String id) {
        return sockets.get(id);
    }

    /**
     * Opens every socket of the node: all are created first, then all bind, then all connect, so a
     * node linked to itself finds its own binds.
     */
    void openAll() {
        for (Socket model : owner.node.sockets()) {
            if (model.type().subscribesByOption()) {
                // The subscriber has started when its node starts: creating, connecting and
                // subscribing all take time during which its publishers' messages pass it by.
                owner.run.subscriber(new SocketRef(owner.node.id(), model.id())).started();
            }
        }
        for (Socket model : owner.node.sockets()) {
            create(model);
        }
        for (Socket model : owner.node.sockets()) {
            bind(model);
        }
        for (Socket model : owner.node.sockets()) {
            connect(model);
        }
    }

    /** Closes one socket and opens it again, as designed; returns its new tap. */
    SocketTap reopen(String socketId) {
        Socket model = owner.node.socket(socketId)
                .orElseThrow(() -> new NodeRunner.SetupFailure(Texts.of(NodeSockets.class).get("node.noSocket", owner.node.id(),
                        socketId)));
        close(model, System.nanoTime());
        if (model.type().subscribesByOption()) {
            owner.run.subscriber(new SocketRef(owner.node.id(), model.id())).started();
        }
        create(model);
        bind(model);
        connect(model);
        return taps.get(socketId);
    }

    private void create(Socket model) {
        ZMQ.Socket socket = owner.run.context().createSocket(org.zeromq.SocketType.valueOf(model.type().name()));
        sockets.put(model.id(), socket);
        SocketSetup.configure(socket, model);
        List<String> endpoints = new ArrayList<>(model.binds());
        endpoints.addAll(SocketSetup.connectsOf(owner.run, owner.node, model));
        SocketSetup.enableIpv6IfNeeded(socket, endpoints);
        // A blocking receive wakes at least once a tick to observe and to check for stop; it is
        // far cheaper per message than polling (a device polls, and receives without waiting).
        socket.setReceiveTimeOut(RunContext.TICK_MILLIS);
        SocketTap tap = new SocketTap(owner.node.id(), model.id(), model.type(), socket, owner.run);
        tap.pollers(owner.run.context().createPoller(1), owner.run.context().createPoller(1));
        taps.put(model.id(), tap);
        // Every publishing socket counts its subscribers' losses, whatever sends on it (a worker,
        // an echo, a device's XPUB passing on what came from upstream).
        PubLossTracker tracker = PubWatches.trackerFor(owner, tap);
        if (tracker != null) {
            tap.pubTracker(tracker);
        }
        SocketSetup.watchConnections(owner.run, owner.node, socket, model);
    }

    private void bind(Socket model) {
        ZMQ.Socket socket = sockets.get(model.id());
        for (String endpoint : model.binds()) {
            try {
                socket.bind(endpoint);
            } catch (ZMQException | IllegalArgumentException e) {
                throw new NodeRunner.SetupFailure(Texts.of(NodeSockets.class).get("node.cannotBind", owner.node.id(),
                        model.id(), endpoint, BindErrors.explain(e, endpoint)));
            }
        }
    }

    private void connect(Socket model) {
        ZMQ.Socket socket = sockets.get(model.id());
        for (String endpoint : SocketSetup.connectsOf(owner.run, owner.node, model)) {
            try {
                socket.connect(endpoint);
            } catch (ZMQException | IllegalArgumentException e) {
                throw new NodeRunner.SetupFailure(Texts.of(NodeSockets.class).get("node.cannotConnect", owner.node.id(),
                        model.id(), endpoint, ZmqErrors.words(e)));
            }
        }
    }

    /** Closes every socket the node opened; whatever fails, the rest are still closed. */
    void closeAll() {
        long now = System.nanoTime();
        for (Socket model : owner.node.sockets()) {
            close(model, now);
        }
        // Sockets that are not (or no longer) in the model, should there be any.
        for (String id : new ArrayList<>(sockets.keySet())) {
            SocketTap tap = taps.remove(id);
            if (tap != null) {
                tap.closePollers();
            }
            destroy(sockets.remove(id));
        }
    }

    /**
     * Closes one socket: its last traffic told, its connections retired (so peers and the report
     * see them end), then the socket itself.
     */
    private void close(Socket model, long now) {
        SocketTap tap = taps.remove(model.id());
        ZMQ.Socket socket = sockets.remove(model.id());
        if (tap != null) {
            tap.closePollers();
            try {
                tap.tick(now);
            } catch (RuntimeException e) {
                // The socket may be half set up; its last traffic is then not told.
            }
            try {
                tap.closeAll(now);
            } catch (RuntimeException e) {
                // Every connection is retired all the same (closeAll sees to it); closing below matters.
            }
        }
        if (model.type().subscribesByOption()) {
            owner.run.subscriber(new SocketRef(owner.node.id(), model.id())).stopped();
        }
        destroy(socket);
    }

    private void destroy(ZMQ.Socket socket) {
        if (socket == null) {
            return;
        }
        try {
            socket.setEventHook(null, 0);
        } catch (RuntimeException e) {
            // Already closed.
        }
        owner.run.context().destroySocket(socket);
    }
}
