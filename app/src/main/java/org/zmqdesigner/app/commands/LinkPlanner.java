package org.zmqdesigner.app.commands;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.zmqdesigner.engine.edit.ConnectSockets;
import org.zmqdesigner.engine.edit.Ids;
import org.zmqdesigner.engine.model.Endpoint;
import org.zmqdesigner.engine.model.Link;
import org.zmqdesigner.engine.model.Socket;
import org.zmqdesigner.engine.model.SocketRef;
import org.zmqdesigner.engine.model.Topology;
import org.zmqdesigner.engine.validate.Diagnostic;
import org.zmqdesigner.engine.validate.Validator;
import org.zmqdesigner.engine.text.Texts;

/**
 * Decides what a drag from one port to another means: whether ZeroMQ lets the two sockets talk
 * (and if not, the validator's own explanation), which side should bind, and on what endpoint.
 */
public final class LinkPlanner {

    private static final Texts TEXTS = Texts.of(LinkPlanner.class);

    /** The first port suggested for a new tcp link, as in the zguide's examples. */
    static final int FIRST_PORT = 5555;

    private LinkPlanner() {
    }

    /**
     * Whether a drop on {@code b} would be accepted: the cheap check used to light up targets while
     * dragging (the validator's full explanation is only needed for an actual refusal).
     */
    public static boolean linkable(Topology topology, SocketRef a, SocketRef b) {
        if (a.node().equals(b.node())) {
            return false;
        }
        Optional<Socket> sa = topology.socket(a);
        Optional<Socket> sb = topology.socket(b);
        return sa.isPresent() && sb.isPresent() && sa.get().type().canTalkTo(sb.get().type());
    }

    /** Why the two sockets cannot be linked, in the validator's words; empty when they can. */
    public static Optional<String> refusal(Topology topology, SocketRef a, SocketRef b) {
        if (a.equals(b)) {
            return Optional.of(TEXTS.get("link.self"));
        }
        if (a.node().equals(b.node())) {
            return Optional.of(TEXTS.get("link.sameNode", a.node()));
        }
        Optional<Socket> sa = topology.socket(a);
        Optional<Socket> sb = topology.socket(b);
        if (sa.isEmpty() || sb.isEmpty()) {
            return Optional.of(TEXTS.get("link.gone"));
        }
        if (sa.get().type().canTalkTo(sb.get().type())) {
            return Optional.empty();
        }
        Topology probe = topology.withLink(new Link("probe-link", a, b, "inproc://probe"));
        return new Validator().validate(probe).stream()
                .filter(d -> d.code().equals("INCOMPATIBLE_SOCKETS") && d.element().equals("probe-link"))
                .map(Diagnostic::explanation)
                .map(text -> text.replace(" on link probe-link", ""))
                // The probe is not the user's link: a sentence that still names it is not used.
                .filter(text -> !text.contains("probe-link"))
                .findFirst()
                .or(() -> Optional.of(TEXTS.get("link.cannotTalk", sa.get().type(), sb.get().type())));
    }

    /**
     * Whether {@code b} rather than {@code a} should bind: the side that already binds, else the
     * stable side of its pattern (server, publisher, sink), else the drop target.
     */
    public static boolean secondShouldBind(Topology topology, SocketRef a, SocketRef b) {
        Socket sa = topology.socket(a).orElseThrow();
        Socket sb = topology.socket(b).orElseThrow();
        if (sa.isBinding() != sb.isBinding()) {
            return sb.isBinding();
        }
        return sb.type().bindPreference() >= sa.type().bindPreference();
    }

    /** The edit that links {@code connecting} to {@code binding}, reusing a bind it already has. */
    public static ConnectSockets plan(Topology topology, SocketRef connecting, SocketRef binding) {
        Socket binder = topology.socket(binding).orElseThrow();
        String bindAs;
        String dial;
        Optional<Endpoint> existing = binder.binds().stream().map(LinkPlanner::parse).flatMap(Optional::stream)
                .filter(e -> !e.isTcp() || e.port() != Endpoint.ANY_PORT).findFirst();
        if (existing.isPresent()) {
            Endpoint e = existing.get();
            bindAs = e.toString();
            dial = e.isTcp() && (e.isWildcardHost() || e.isLoopbackHost()) ? "tcp://localhost:" + e.port() : bindAs;
        } else {
            int port = freePort(topology);
            bindAs = "tcp://127.0.0.1:" + port;
            dial = "tcp://localhost:" + port;
        }
        return new ConnectSockets(Ids.fresh(topology, connecting.node() + "-to-" + binding.node()), connecting,
                binding, dial, bindAs);
    }

    private static int freePort(Topology topology) {
        Set<Long> used = new HashSet<>();
        topology.nodes().forEach(n -> n.sockets().forEach(s -> s.binds().forEach(b ->
                parse(b).filter(Endpoint::isTcp).ifPresent(e -> used.add(e.port())))));
        topology.links().forEach(l -> parse(l.endpoint()).filter(Endpoint::isTcp).ifPresent(e -> used.add(e.port())));
        int port = FIRST_PORT;
        while (used.contains((long) port)) {
            port++;
        }
        return port;
    }

    private static Optional<Endpoint> parse(String text) {
        try {
            return Optional.of(Endpoint.parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
