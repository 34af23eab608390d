package org.zmqdesigner.engine.runtime;

import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zeromq.ZEvent;
import org.zeromq.ZMQ;
import org.zmqdesigner.engine.event.RunEvent;
import org.zmqdesigner.engine.model.Endpoint;
import org.zmqdesigner.engine.model.Link;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.Socket;
import org.zmqdesigner.engine.model.SocketOption;
import org.zmqdesigner.engine.model.SocketOptions;
import org.zmqdesigner.engine.model.SocketRef;

/** How a node's socket is set up: its options as designed, what it connects to, its connection watch. */
final class SocketSetup {
    private SocketSetup() {
    }

    static List<String> connectsOf(RunContext run, Node node, Socket model) {
        List<String> endpoints = new ArrayList<>();
        SocketRef self = new SocketRef(node.id(), model.id());
        for (Link link : run.topology().links()) {
            if (link.from().equals(self)) {
                endpoints.add(link.endpoint());
            }
        }
        endpoints.addAll(model.connects());
        return endpoints;
    }

    /**
     * JeroMQ 0.6.0 can lose a connecting tcp socket's registration with its I/O thread's poller
     * when the connection completes in the same pass as a command for that thread (the cause named
     * in zeromq/jeromq#1022; reproduced here with plain JeroMQ, about 1 connection in 50 under
     * load): the connection is made, no greeting is ever sent, and only the handshake timer, 30 s
     * by default, ends the stall. Two seconds caps it; the socket then reconnects and what it
     * queued goes out. A handshake on any real network takes far less.
     */
    static final int CONNECT_HANDSHAKE_MILLIS = 2_000;

    /** Before a tcp connect: see {@link #CONNECT_HANDSHAKE_MILLIS}. */
    /**
     * ZeroMQ sockets speak IPv4 only unless told otherwise, so an endpoint such as
     * {@code tcp://[::1]:5555} validates and then fails to bind ("no network interface has that
     * address"). A socket with an IPv6 address among its endpoints gets IPv6 switched on (which
     * keeps IPv4 working too).
     */
    static void enableIpv6IfNeeded(ZMQ.Socket socket, List<String> endpoints) {
        for (String endpoint : endpoints) {
            try {
                String host = org.zmqdesigner.engine.model.Endpoint.parse(endpoint).host();
                if (host != null && host.contains(":")) {
                    socket.setIPv6(true);
                    return;
                }
            } catch (IllegalArgumentException e) {
                // The validator explains a malformed endpoint; binding or connecting will fail with it.
            }
        }
    }

    static void beforeTcpConnect(ZMQ.Socket socket) {
        socket.setHandshakeIvl(CONNECT_HANDSHAKE_MILLIS);
    }

    /**
     * The options as designed, from the option table: each one the design sets, on a type it does
     * something on (the validator warns about the others, which are left out).
     */
    static void configure(ZMQ.Socket socket, Socket model) {
        SocketOptions o = model.options();
        socket.setLinger(SocketOption.RUN_LINGER_MILLIS);
        socket.setMaxMsgSize(SocketOption.RUN_MAX_MSG_SIZE);
        for (SocketOption option : SocketOption.applicableTo(model.type())) {
            if (option.isSetIn(o)) {
                apply(socket, option, o);
            }
        }
    }

    private static void apply(ZMQ.Socket socket, SocketOption option, SocketOptions o) {
        switch (option) {
            case SNDHWM -> socket.setSndHWM(o.sndhwm());
            case RCVHWM -> socket.setRcvHWM(o.rcvhwm());
            case LINGER -> socket.setLinger(o.linger());
            case SUBSCRIBE -> o.subscribe().forEach(p -> socket.subscribe(p.getBytes(StandardCharsets.UTF_8)));
            case ROUTING_ID -> socket.setIdentity(o.routingId().getBytes(StandardCharsets.UTF_8));
            case CONFLATE -> socket.setConflate(o.conflate());
            case IMMEDIATE -> socket.setImmediate(o.immediate());
            case ROUTER_MANDATORY -> socket.setRouterMandatory(o.routerMandatory());
            case XPUB_VERBOSE -> socket.setXpubVerbose(o.xpubVerbose());
            case MAXMSGSIZE -> socket.setMaxMsgSize(o.maxmsgsize());
        }
    }

    /** tcp connection states from JeroMQ's monitor hook; it runs on JeroMQ's I/O thread. */
    static void watchConnections(RunContext run, Node node, ZMQ.Socket socket, Socket model) {
        SocketRef self = new SocketRef(node.id(), model.id());
        Map<String, String> links = linksByEndpoint(run, self);
        socket.setEventHook(event -> {
            RunEvent.ConnectionState state = switch (event.getEvent()) {
                case LISTENING -> RunEvent.ConnectionState.LISTENING;
                case BIND_FAILED -> RunEvent.ConnectionState.BIND_FAILED;
                case CONNECT_DELAYED -> RunEvent.ConnectionState.CONNECTING;
                case CONNECTED, ACCEPTED -> RunEvent.ConnectionState.CONNECTED;
                case CONNECT_RETRIED -> RunEvent.ConnectionState.RETRYING;
                case DISCONNECTED -> RunEvent.ConnectionState.DISCONNECTED;
                default -> null;
            };
            if (state == null) {
                return;
            }
            String endpoint = event.getAddress();
            String peer = peerOf(event);
            run.publish(new RunEvent.ConnectionChanged(run.clock(System.nanoTime()), node.id(), model.id(),
                    endpoint == null ? null : links.get(endpoint), endpoint, peer, state, event.getEvent().name()));
        }, ZMQ.EVENT_ALL);
    }

    private static String peerOf(ZEvent event) {
        try {
            Object value = event.getValue();
            if (value instanceof SocketChannel channel && channel.getRemoteAddress() != null) {
                return channel.getRemoteAddress().toString().replaceFirst("^.*/", "");
            }
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
        return null;
    }

    /**
     * Which link a connecting socket's monitor event is about, by the endpoint the event names.
     * The monitor names it as JeroMQ resolved it ({@code tcp://127.0.0.1:5557} for
     * {@code tcp://localhost:5557}), so host names are resolved here, once, on the node's thread,
     * and never in the monitor hook, which runs on JeroMQ's I/O thread.
     */
    static Map<String, String> linksByEndpoint(RunContext run, SocketRef self) {
        Map<String, String> links = new HashMap<>();
        for (Link link : run.topology().links()) {
            if (link.from().equals(self)) {
                links.put(link.endpoint(), link.id());
                links.putIfAbsent(resolved(link.endpoint()), link.id());
            }
        }
        return links;
    }

    private static String resolved(String endpoint) {
        try {
            Endpoint parsed = Endpoint.parse(endpoint);
            if (!parsed.isTcp() || parsed.host() == null) {
                return endpoint;
            }
            String host = java.net.InetAddress.getByName(parsed.host()).getHostAddress();
            return "tcp://" + host + ":" + parsed.port();
        } catch (Endpoint.SyntaxException | java.net.UnknownHostException e) {
            return endpoint;
        }
    }
}
