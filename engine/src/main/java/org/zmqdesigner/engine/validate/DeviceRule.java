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
                    out.error("DEVICE_SOCKETS", node.id(), RuleTexts.get("device.missing.message", kind, node.id(),
                                    needed.getKey(), NodeKind.FRONTEND, NodeKind.BACKEND),
                            RuleTexts.get("device.missing.hint", needed.getValue(), needed.getKey()));
                } else if (socket.get().type() != needed.getValue()) {
                    out.error("DEVICE_SOCKETS", node.id() + "/" + needed.getKey(),
                            RuleTexts.get("device.wrongType.message", needed.getKey(), kind, node.id(),
                                    socket.get().type(), needed.getValue()),
                            RuleTexts.get("device.wrongType.hint", needed.getValue()));
                }
            }
            for (Socket socket : node.sockets()) {
                boolean known = node.kind().deviceSockets().containsKey(socket.id())
                        || socket.id().equals(NodeKind.CAPTURE);
                if (!known) {
                    out.error("DEVICE_SOCKETS", node.id() + "/" + socket.id(),
                            RuleTexts.get("device.unknownSocket.message", kind, node.id(), socket.id()),
                            RuleTexts.get("device.unknownSocket.hint"));
                }
                if (socket.id().equals(NodeKind.CAPTURE) && !socket.type().sendsOnItsOwn()) {
                    out.error("DEVICE_SOCKETS", node.id() + "/" + socket.id(),
                            RuleTexts.get("device.capture.message", node.id(), socket.type(), RuleTexts.get(
                                    socket.type().sends() ? "device.capture.waits" : "device.capture.cannotSend")),
                            RuleTexts.get("device.capture.hint"));
                }
            }
            if (node.behaviour() != null) {
                out.warning("DEVICE_BEHAVIOUR", node.id(), RuleTexts.get("device.behaviour.message", kind, node.id(),
                                node.behaviour().typeName()),
                        RuleTexts.get("device.behaviour.hint"));
            }
        }
    }
}
