package org.zmqdesigner.engine.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Names one socket of the topology: the node's id and the socket's id within it. */
@JsonPropertyOrder({"node", "socket"})
public record SocketRef(String node, String socket) {
    public SocketRef {
        Required.text(node, "node", "socketRef");
        Required.text(socket, "socket", "socketRef");
    }

    @Override
    public String toString() {
        return node + "/" + socket;
    }
}
