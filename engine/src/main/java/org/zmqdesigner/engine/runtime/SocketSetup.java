package org.zmqdesigner.engine.runtime;

import java.nio.channels.SelectableChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zeromq.ZEvent;
import org.zeromq.ZMonitor;
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
     * How long a tcp connection may take to complete its ZeroMQ handshake, on every socket. JeroMQ's
     * default is 30 s, and both sides need a shorter one:
     * <ul>
     * <li>JeroMQ 0.6.0 can lose a connecting tcp socket's registration with its I/O thread's poller
     * when the connection completes in the same pass as a command for that thread (the cause named
     * in zeromq/jeromq#1022; reproduced here with plain JeroMQ, about 1 connection in 50 under
     * load): the connection is made, no greeting is ever sent, and only the handshake timer ends
     * the stall. The socket then reconnects and what it queued goes out.
     * <li>A bound port faces the network: a peer that connects and says nothing holds a file
     * descriptor and an engine for as long as the timer allows; churn of such connections would
     * otherwise pile up 30 s worth of them.
     * </ul>
     * A handshake on any real network takes a few round trips, far less than this.
     */
    static final int HANDSHAKE_MILLIS = SocketOption.RUN_HANDSHAKE_MILLIS;

    /**
     * ZeroMQ sockets speak IPv4 only unless told otherwise, so an endpoint such as
     * {@code tcp://[::1]:5555} validates and then fails to bind ("no network interface has that
     * address"). A socket with an IPv6 address among its endpoints gets IPv6 switched on (which
     * keeps IPv4 working too).
     */
    static void enableIpv6IfNeeded(ZMQ.Socket socket, List<String> endpoints) {
        for (String endpoint : endpoints) {
            try {
                String host = Endpoint.parse(endpoint).host();
                if (host != null && host.contains(":")) {
                    socket.setIPv6(true);
                    return;
                }
            } catch (IllegalArgumentException e) {
                // The validator explains a malformed endpoint; binding or connecting will fail with it.
            }
        }
    }

    /**
     * A ZAP domain on every socket, with no ZAP handler anywhere, so every peer must speak ZMTP 3.
     * A peer whose first byte is not 0xFF is taken for ZMTP 1.0 (ZeroMQ 2.x), whose framing has no
     * greeting to check: random bytes then pass for an identity and frames. Where a request went:
     * the garbage made a multi-frame "request" without the empty delimiter; a REP discards such a
     * request with {@code Router.rollback()}, which (in JeroMQ 0.6.0, as in libzmq) leaves the
     * router "in the middle of a reply" when the peer's pipe can no longer be written, as when the
     * garbage peer has already gone. The next real request's envelope was then taken as the rest of
     * that discarded reply, and its reply followed it into nothing: the designed REQ waited for
     * ever (in 3 of 3 runs of 30 random-byte peers against the hello sample; 0 of 3 with this).
     * JeroMQ, like libzmq, refuses ZMTP 1.0 and 2.0 peers when a ZAP domain is set; with the NULL
     * mechanism and no handler at {@code inproc://zeromq.zap.01} nothing else changes (no ZAP
     * request is ever sent), and every ZeroMQ since 3.x speaks ZMTP 3. A ZMTP 3 peer can still
     * send a malformed request and leave; {@link ReplyPatience} makes sure a run still ends then.
     */
    static final String ZMTP3_ONLY_DOMAIN = "zmq-designer";

    /**
     * The options as designed, from the option table: each one the design sets, on a type it does
     * something on (the validator warns about the others, which are left out).
     */
    static void configure(ZMQ.Socket socket, Socket model) {
        SocketOptions o = model.options();
        socket.setLinger(SocketOption.RUN_LINGER_MILLIS);
        socket.setMaxMsgSize(SocketOption.RUN_MAX_MSG_SIZE);
        socket.setZAPDomain(ZMTP3_ONLY_DOMAIN);
        socket.setHandshakeIvl(HANDSHAKE_MILLIS);
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
            if (state == RunEvent.ConnectionState.CONNECTED && event.getEvent() == ZMonitor.Event.CONNECTED) {
                run.refusedPeers().ownConnection(localOf(event));
            } else if (state == RunEvent.ConnectionState.DISCONNECTED && peer != null
                    && event.getValue() instanceof SelectableChannel channel
                    && Boolean.TRUE.equals(Introspection.refusedAfterSpeaking(socket, channel))) {
                long refused = run.refusedPeers().refused(peer);
                if (refused > 0) {
                    run.publish(new RunEvent.PeerRefused(run.clock(System.nanoTime()), node.id(), model.id(),
                            OutsideHosts.host(peer), refused));
                }
            }
            run.publish(new RunEvent.ConnectionChanged(run.clock(System.nanoTime()), node.id(), model.id(),
                    endpoint == null ? null : links.get(endpoint), endpoint, peer, state, event.getEvent().name()));
        }, ZMQ.EVENT_ALL);
    }

    private static String localOf(ZEvent event) {
        try {
            if (event.getValue() instanceof SocketChannel channel && channel.getLocalAddress() != null) {
                return channel.getLocalAddress().toString().replaceFirst("^.*/", "");
            }
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
        return null;
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
