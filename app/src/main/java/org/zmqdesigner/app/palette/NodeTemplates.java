package org.zmqdesigner.app.palette;

import java.util.List;
import org.zmqdesigner.engine.edit.Ids;
import org.zmqdesigner.engine.model.Behaviour;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.NodeKind;
import org.zmqdesigner.engine.model.Position;
import org.zmqdesigner.engine.model.Socket;
import org.zmqdesigner.engine.model.SocketOptions;
import org.zmqdesigner.engine.model.SocketType;
import org.zmqdesigner.engine.model.Topology;

/**
 * The node a palette entry creates: a socket of that type with the behaviour of its usual role,
 * ready to run once linked (a REQ client says "Hello" as hwclient does, a device has its frontend
 * and backend).
 *
 * <p>A SUB subscribes to everything, and the inspector shows that subscription as an item reading
 * "everything". The alternative, no subscription and the validator's warning that it will receive
 * nothing, teaches ZeroMQ's rule too, but only to someone who reads the warning before pressing Run:
 * a first PUB-to-SUB run that shows nothing looks broken. A visible subscription that can be removed
 * (and then draws the warning) lets both lessons be seen.
 */
public final class NodeTemplates {
    private NodeTemplates() {
    }

    public static Node create(PaletteEntry entry, Topology topology, Position at) {
        String id = Ids.fresh(topology, entry.idBase());
        return switch (entry) {
            case REQ -> app(id, at, socket("requester", SocketType.REQ),
                    new Behaviour.Source(null, 1.0, 10L, "Hello", null, null, null));
            case REP -> app(id, at, socket("responder", SocketType.REP),
                    new Behaviour.Responder(null, 100, "World"));
            case PUB -> app(id, at, socket("publisher", SocketType.PUB),
                    new Behaviour.Source(null, 10.0, null, "update {seq}", null, null, null));
            case SUB -> app(id, at, new Socket("subscriber", SocketType.SUB, List.of(), List.of(),
                    SocketOptions.DEFAULTS.withSubscribe(List.of(""))), new Behaviour.Sink(null, null));
            case PUSH -> app(id, at, socket("sender", SocketType.PUSH),
                    new Behaviour.Source(null, 10.0, 100L, "{rand:1..100}", null, null, null));
            case PULL -> app(id, at, socket("receiver", SocketType.PULL), new Behaviour.Sink(null, null));
            case WORKER -> new Node(id, null, NodeKind.APPLICATION, at, null, null,
                    List.of(socket("receiver", SocketType.PULL), socket("sender", SocketType.PUSH)),
                    new Behaviour.Worker("receiver", "sender", 10, null, "{payload}"));
            case DEALER -> app(id, at, socket("dealer", SocketType.DEALER),
                    new Behaviour.Source(null, 5.0, null, "request {seq}", null, null, null));
            case ROUTER -> app(id, at, socket("router", SocketType.ROUTER),
                    new Behaviour.Responder(null, 0, "reply to {payload}"));
            case XPUB -> app(id, at, socket("publisher", SocketType.XPUB),
                    new Behaviour.Source(null, 10.0, null, "update {seq}", null, 1, null));
            case XSUB -> app(id, at, socket("subscriber", SocketType.XSUB), new Behaviour.Sink(null, null));
            case PAIR -> app(id, at, socket("pair", SocketType.PAIR), new Behaviour.Echo(null));
            case QUEUE, FORWARDER, STREAMER -> device(id, entry.kind(), at);
        };
    }

    private static Socket socket(String id, SocketType type) {
        return new Socket(id, type);
    }

    private static Node app(String id, Position at, Socket socket, Behaviour behaviour) {
        return new Node(id, null, NodeKind.APPLICATION, at, null, null, List.of(socket), behaviour);
    }

    private static Node device(String id, NodeKind kind, Position at) {
        var types = kind.deviceSockets();
        return new Node(id, null, kind, at, null, null, List.of(
                socket(NodeKind.FRONTEND, types.get(NodeKind.FRONTEND)),
                socket(NodeKind.BACKEND, types.get(NodeKind.BACKEND))), null);
    }
}
