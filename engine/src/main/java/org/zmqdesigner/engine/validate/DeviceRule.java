package org.zmqdesigner.engine.validate;

import java.util.Map;
import java.util.Optional;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.NodeKind;
import org.zmqdesigner.engine.model.Socket;
import org.zmqdesigner.engine.model.SocketType;

/** A device is ZeroMQ's proxy: it needs its frontend and backend of the right types, and nothing else. */
final class DeviceRule implements Rule {

    @Override
    public void check(TopologyFacts facts, Findings out) {
        for (Node node : facts.nodes()) {
            if (!node.kind().isDevice()) {
                continue;
            }
            String kind = node.kind().label();
            for (Map.Entry<String, SocketType> needed : node.kind().deviceSockets().entrySet()) {
                Optional<Socket> socket = node.socket(needed.getKey());
                if (socket.isEmpty()) {
                    out.error("DEVICE_SOCKETS", node.id(), "The " + kind + " " + node.id() + " has no \""
                            + needed.getKey() + "\" socket; a " + kind + " passes messages between a "
                            + NodeKind.FRONTEND + " and a " + NodeKind.BACKEND + ".", "Add a " + needed.getValue()
                            + " socket called \"" + needed.getKey() + "\".");
                } else if (socket.get().type() != needed.getValue()) {
                    out.error("DEVICE_SOCKETS", node.id() + "/" + needed.getKey(), "The " + needed.getKey()
                            + " of the " + kind + " " + node.id() + " is a " + socket.get().type() + ", but a " + kind
                            + " needs a " + needed.getValue() + " there.", "Change its type to "
                            + needed.getValue() + ".");
                }
            }
            for (Socket socket : node.sockets()) {
                boolean known = node.kind().deviceSockets().containsKey(socket.id())
                        || socket.id().equals(NodeKind.CAPTURE);
                if (!known) {
                    out.error("DEVICE_SOCKETS", node.id() + "/" + socket.id(), "The " + kind + " " + node.id()
                            + " has a socket \"" + socket.id() + "\" that the proxy would never use.",
                            "A device has a frontend, a backend and optionally a capture socket; remove it.");
                }
                if (socket.id().equals(NodeKind.CAPTURE) && !socket.type().sendsOnItsOwn()) {
                    out.error("DEVICE_SOCKETS", node.id() + "/" + socket.id(), "The capture socket of " + node.id()
                            + " is a " + socket.type() + ", which cannot send copy after copy on its own: "
                            + (socket.type().sends() ? "it must wait for a peer between sends, and"
                            : "it cannot send at all, and") + " the proxy stops at the first copy it cannot send.",
                            "Make it a PUB (anyone may listen) or a PUSH.");
                }
            }
            if (node.behaviour() != null) {
                out.warning("DEVICE_BEHAVIOUR", node.id(), "The " + kind + " " + node.id() + " has a "
                        + node.behaviour().typeName() + " behaviour, but a device only forwards messages.",
                        "Remove the behaviour, or make the node an application.");
            }
        }
    }
}
