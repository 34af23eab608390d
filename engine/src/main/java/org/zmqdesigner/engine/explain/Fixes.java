package org.zmqdesigner.engine.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zmqdesigner.engine.edit.AddElements;
import org.zmqdesigner.engine.edit.CompositeEdit;
import org.zmqdesigner.engine.edit.Edit;
import org.zmqdesigner.engine.edit.Ids;
import org.zmqdesigner.engine.model.Behaviour;
import org.zmqdesigner.engine.model.Link;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.Socket;
import org.zmqdesigner.engine.model.SocketRef;
import org.zmqdesigner.engine.model.SocketType;

/**
 * The fixes the explainer offers, each one edit (one undo step in the designer), named in the
 * current language. Each changes only the values it is about, in the design it is applied to, so
 * edits made after the run are kept; one whose element is gone throws IllegalArgumentException.
 */
final class Fixes {

    /** The zguide's lpclient: REQUEST_TIMEOUT 2500 ms, REQUEST_RETRIES 3. */
    static final int LAZY_PIRATE_TIMEOUT_MS = 2500;
    static final int LAZY_PIRATE_RETRIES = 3;

    private Fixes() {
    }

    private static String words(String key, Object... args) {
        return Phrase.texts().get(key, args);
    }

    /** The node with one socket changed; throws when the socket is gone. */
    private static Node withSocket(Node node, String socketId, java.util.function.UnaryOperator<Socket> change) {
        Socket socket = node.socket(socketId)
                .orElseThrow(() -> new IllegalArgumentException("no socket " + node.id() + "/" + socketId));
        return node.withSocket(socketId, change.apply(socket));
    }

    /** The source behaviour of the node, changed; throws when it is no longer a source. */
    private static Node withSource(Node node, java.util.function.UnaryOperator<Behaviour.Source> change) {
        if (!(node.behaviour() instanceof Behaviour.Source source)) {
            throw new IllegalArgumentException("node " + node.id() + " is no longer a source");
        }
        return node.withBehaviour(change.apply(source));
    }

    /** The SUB subscribes to exactly this prefix ("" is everything) instead of what it had. */
    static Edit subscribe(DesignIndex design, SocketRef sub, String prefix) {
        return new ChangeNode(sub.node(), n -> withSocket(n, sub.socket(),
                s -> s.withOptions(s.options().withSubscribe(List.of(prefix)))), prefix.isEmpty()
                ? words("fix.subscribe.everything.edit", sub.toString())
                : words("fix.subscribe.edit", sub.toString(), prefix));
    }

    /**
     * Each publisher waits for its subscribers, as slow-joiner-fixed does: an XPUB (it sees each
     * subscription arrive) whose source waits for as many subscriptions as it has SUBs linked.
     * Empty unless every publisher is a source sending on a PUB or XPUB without a sync socket.
     */
    static Optional<Edit> awaitSubscribers(DesignIndex design, List<SocketRef> publishers) {
        List<Edit> edits = new ArrayList<>();
        for (SocketRef pub : publishers) {
            Optional<Behaviour.Source> source = design.sourceOn(pub);
            if (source.isEmpty() || source.get().syncSocket() != null) {
                return Optional.empty();
            }
            int subscribers = (int) design.peers(pub).stream()
                    .filter(p -> design.type(p.socket()).subscribes()).count();
            int wanted = Math.max(Math.max(1, subscribers), source.get().awaitPeers() == null ? 0
                    : source.get().awaitPeers());
            edits.add(new ChangeNode(pub.node(), n -> withSource(withSocket(n, pub.socket(),
                    s -> s.withType(SocketType.XPUB)), s -> s.withAwaitPeers(wanted)),
                    words("fix.awaitSubscribers.edit", pub.toString(), wanted)));
        }
        return Optional.of(edits.size() == 1 ? edits.get(0)
                : new CompositeEdit(edits, words("fix.awaitSubscribers.many.edit", edits.size())));
    }

    /** SNDHWM of the socket set to {@code value}. */
    static Edit sendHwm(SocketRef ref, long value) {
        int hwm = (int) Math.min(Integer.MAX_VALUE, value);
        return new ChangeNode(ref.node(), n -> withSocket(n, ref.socket(),
                s -> s.withOptions(s.options().withSndhwm(hwm))), words("fix.hwm.edit", ref.toString(), hwm));
    }

    /** The source on the PUSH waits until this many workers have connected. */
    static Optional<Edit> awaitWorkers(DesignIndex design, SocketRef push, int workers) {
        return design.sourceOn(push).map(source -> new ChangeNode(push.node(),
                n -> withSource(n, s -> s.withAwaitPeers(workers)), words("fix.awaitWorkers.edit", push.node(),
                workers)));
    }

    /** The source on the REQ becomes a Lazy Pirate client; empty when it already is one, or is no source. */
    static Optional<Edit> lazyPirate(DesignIndex design, SocketRef req, int timeoutMillis) {
        return design.sourceOn(req).filter(s -> s.replyTimeoutMs() == null).map(source -> new ChangeNode(req.node(),
                n -> withSource(n, s -> s.withReplyTimeoutMs(timeoutMillis).withRetries(LAZY_PIRATE_RETRIES)),
                words("fix.lazyPirate.edit", req.node(), String.valueOf(timeoutMillis), LAZY_PIRATE_RETRIES)));
    }

    /** The socket stops dialling {@code wrong} and is linked to {@code binder}, dialling {@code endpoint}. */
    static Edit relink(DesignIndex design, SocketRef connector, String wrong, SocketRef binder, String endpoint) {
        String description = words("fix.relink.edit", connector.toString(), endpoint);
        Edit unplug = new ChangeNode(connector.node(), n -> withSocket(n, connector.socket(), s -> {
            List<String> connects = new ArrayList<>(s.connects());
            connects.remove(wrong);
            return s.withConnects(connects);
        }), description);
        String linkId = Ids.fresh(design.topology(), connector.node() + "-to-" + binder.node());
        Edit link = new AddElements(List.of(), List.of(new Link(linkId, connector, binder, endpoint)), description);
        return new CompositeEdit(List.of(unplug, link), description);
    }
}
