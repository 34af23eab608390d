package org.zmqdesigner.engine.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Optional;

/**
 * A box on the canvas and, when run, one thread: an application with a behaviour or a device.
 *
 * @param name label shown on the canvas; null shows the id
 * @param startDelayMs start this long after the run begins (a late joiner)
 * @param host the machine this node runs on when a topology is spread over several hosts
 */
@JsonPropertyOrder({"id", "name", "kind", "position", "startDelayMs", "host", "sockets", "behaviour"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Node(
        String id,
        String name,
        NodeKind kind,
        Position position,
        Integer startDelayMs,
        String host,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Socket> sockets,
        Behaviour behaviour) {

    public Node {
        Required.text(id, "id", "node");
        kind = kind == null ? NodeKind.APPLICATION : kind;
        position = position == null ? Position.ORIGIN : position;
        sockets = sockets == null ? List.of() : List.copyOf(sockets);
    }

    public String label() {
        return name == null || name.isBlank() ? id : name;
    }

    public Optional<Socket> socket(String socketId) {
        return sockets.stream().filter(s -> s.id().equals(socketId)).findFirst();
    }

    public Node withId(String value) {
        return new Node(value, name, kind, position, startDelayMs, host, sockets, behaviour);
    }

    public Node withName(String value) {
        return new Node(id, value, kind, position, startDelayMs, host, sockets, behaviour);
    }

    public Node withPosition(Position value) {
        return new Node(id, name, kind, value, startDelayMs, host, sockets, behaviour);
    }

    public Node withStartDelayMs(Integer value) {
        return new Node(id, name, kind, position, value, host, sockets, behaviour);
    }

    public Node withHost(String value) {
        return new Node(id, name, kind, position, startDelayMs, value, sockets, behaviour);
    }

    public Node withSockets(List<Socket> value) {
        return new Node(id, name, kind, position, startDelayMs, host, value, behaviour);
    }

    public Node withBehaviour(Behaviour value) {
        return new Node(id, name, kind, position, startDelayMs, host, sockets, value);
    }

    /** This node with one socket replaced (matched by id). */
    public Node withSocket(String socketId, Socket replacement) {
        return withSockets(sockets.stream().map(s -> s.id().equals(socketId) ? replacement : s).toList());
    }
}
