package org.zmqdesigner.engine.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * One ZeroMQ socket owned by a node.
 *
 * <p>Connections between sockets of the same topology are {@link Link}s; {@code binds} lists the
 * endpoints this socket binds and {@code connects} only the endpoints it connects to outside the
 * topology (a broker or program the designer does not run).
 *
 * @param id name of the socket, unique within its node ("in", "out", "frontend")
 */
@JsonPropertyOrder({"id", "type", "binds", "connects", "options"})
public record Socket(
        String id,
        SocketType type,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> binds,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> connects,
        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = DefaultOptionsFilter.class)
        SocketOptions options) {

    public Socket {
        Required.text(id, "id", "socket");
        Objects.requireNonNull(type, () -> Required.message("required.value", "type", "socket"));
        binds = binds == null ? List.of() : List.copyOf(binds);
        connects = connects == null ? List.of() : List.copyOf(connects);
        options = options == null ? SocketOptions.DEFAULTS : options;
    }

    public Socket(String id, SocketType type) {
        this(id, type, List.of(), List.of(), SocketOptions.DEFAULTS);
    }

    public Socket withId(String value) {
        return new Socket(value, type, binds, connects, options);
    }

    public Socket withType(SocketType value) {
        return new Socket(id, value, binds, connects, options);
    }

    public Socket withBinds(List<String> value) {
        return new Socket(id, type, value, connects, options);
    }

    public Socket withConnects(List<String> value) {
        return new Socket(id, type, binds, value, options);
    }

    public Socket withOptions(SocketOptions value) {
        return new Socket(id, type, binds, connects, value);
    }

    @JsonIgnore
    public boolean isBinding() {
        return !binds.isEmpty();
    }

    /** Jackson filter that leaves default options out of the file: they say nothing. */
    static final class DefaultOptionsFilter {
        @Override
        public boolean equals(Object other) {
            return other == null || (other instanceof SocketOptions o && o.isDefault());
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }
}
