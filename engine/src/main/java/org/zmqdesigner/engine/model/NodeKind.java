package org.zmqdesigner.engine.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import org.zmqdesigner.engine.text.Texts;

/**
 * What a node is: an application with a behaviour, or one of ZeroMQ's built-in proxies ("devices").
 * A device has a "frontend" and a "backend" socket of fixed types and an optional "capture" socket.
 */
public enum NodeKind {
    @JsonProperty("application") APPLICATION(null, null),
    /** Shared queue: ROUTER facing clients, DEALER facing services (zguide's rrbroker/msgqueue). */
    @JsonProperty("queue") QUEUE(SocketType.ROUTER, SocketType.DEALER),
    /** Forwarder: XSUB facing publishers, XPUB facing subscribers (zguide's wuproxy). */
    @JsonProperty("forwarder") FORWARDER(SocketType.XSUB, SocketType.XPUB),
    /** Streamer: PULL facing pushers, PUSH facing pullers. */
    @JsonProperty("streamer") STREAMER(SocketType.PULL, SocketType.PUSH);

    public static final String FRONTEND = "frontend";
    public static final String BACKEND = "backend";
    public static final String CAPTURE = "capture";

    private final SocketType frontend;
    private final SocketType backend;

    NodeKind(SocketType frontend, SocketType backend) {
        this.frontend = frontend;
        this.backend = backend;
    }

    public boolean isDevice() {
        return this != APPLICATION;
    }

    /** The socket types a device needs, by socket id; empty for applications. */
    public Map<String, SocketType> deviceSockets() {
        return isDevice() ? Map.of(FRONTEND, frontend, BACKEND, backend) : Map.of();
    }

    /**
     * The kind's name as the designer shows it, in the current language ("application", "queue"). The
     * file's word is the {@code @JsonProperty} above, which never changes with the language.
     */
    public String label() {
        return Texts.of(NodeKind.class).get("kind." + name().toLowerCase(java.util.Locale.ROOT));
    }
}
