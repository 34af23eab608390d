package org.zmqdesigner.engine.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A connection drawn on the canvas: {@code from} connects to {@code endpoint}, which {@code to}
 * binds. The endpoint is the connecting side's address ("tcp://localhost:5555"); the binding side
 * may bind it under another name ("tcp://*:5555").
 */
@JsonPropertyOrder({"id", "from", "to", "endpoint"})
public record Link(String id, SocketRef from, SocketRef to, String endpoint) {
    public Link {
        Required.text(id, "id", "link");
        Required.value(from, "from", "link");
        Required.value(to, "to", "link");
        Required.text(endpoint, "endpoint", "link");
    }

    public Link withEndpoint(String value) {
        return new Link(id, from, to, value);
    }

    public Link withId(String value) {
        return new Link(value, from, to, endpoint);
    }

    public boolean touches(String nodeId) {
        return from.node().equals(nodeId) || to.node().equals(nodeId);
    }
}
