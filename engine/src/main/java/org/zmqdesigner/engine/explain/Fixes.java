package org.zmqdesigner.engine.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zmqdesigner.engine.edit.AddElements;
import org.zmqdesigner.engine.edit.CompositeEdit;
import org.zmqdesigner.engine.edit.Edit;
import org.zmqdesigner.engine.edit.Ids;
import org.zmqdesigner.engine.edit.ReplaceNode;
import org.zmqdesigner.engine.model.Behaviour;
import org.zmqdesigner.engine.model.Link;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.Socket;
import org.zmqdesigner.engine.model.SocketRef;
import org.zmqdesigner.engine.model.SocketType;
import org.zmqdesigner.engine.model.Topology;

/**
 * The fixes the explainer offers, each one edit of the design that ran (one undo step in the
 * designer), named in the current language. Every edit changes values through the model's withers,
 * so what it does not mention stays as it was.
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

    /** The SUB subscribes to exactly this prefix ("" is everything) instead of what it had. */
    static Edit subscribe(DesignIndex design, SocketRef sub, String prefix) {
        Node node = design.node(sub.node());
        Socket socket = design.socket(sub).orElseThrow();
        Socket changed = socket.withOptions(socket.options().withSubscribe(List.of(prefix)));
        return new ReplaceNode(node.id(), node.withSocket(socket.id(), changed), prefix.isEmpty()
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
        Topology current = design.topology();
        for (SocketRef pub : publishers) {
            Optional<Behaviour.Source> source = design.sourceOn(pub);
            if (source.isEmpty() || source.get().syncSocket() != null) {
                return Optional.empty();
            }
            int subscribers = (int) design.peers(pub).stream()
                    .filter(p -> design.type(p.socket()).subscribes()).count();
            int wanted = Math.max(Math.max(1, subscribers), source.get().awaitPeers() == null ? 0
                    : source.get().awaitPeers());
            Node node = current.node(pub.node()).orElseThrow();
            Socket socket = node.socket(pub.socket()).orElseThrow();
            Node changed = node.withSocket(socket.id(), socket.withType(SocketType.XPUB))
                    .withBehaviour(source.get().withAwaitPeers(wanted));
            Edit edit = new ReplaceNode(node.id(), changed, words("fix.awaitSubscribers.edit", pub.toString(),
                    wanted));
            edits.add(edit);
            current = edit.apply(current);
        }
        return Optional.of(edits.size() == 1 ? edits.get(0)
                : new CompositeEdit(edits, words("fix.awaitSubscribers.many.edit", edits.size())));
    }

    /** SNDHWM of the socket set to {@code value}. */
    static Edit sendHwm(DesignIndex design, SocketRef ref, long value) {
        Node node = design.node(ref.node());
        Socket socket = design.socket(ref).orElseThrow();
        int hwm = (int) Math.min(Integer.MAX_VALUE, value);
        return new ReplaceNode(node.id(), node.withSocket(socket.id(),
                socket.withOptions(socket.options().withSndhwm(hwm))), words("fix.hwm.edit", ref.toString(), hwm));
    }

    /** The source on the PUSH waits until this many workers have connected. */
    static Optional<Edit> awaitWorkers(DesignIndex design, SocketRef push, int workers) {
        return design.sourceOn(push).map(source -> new ReplaceNode(push.node(),
                design.node(push.node()).withBehaviour(source.withAwaitPeers(workers)),
                words("fix.awaitWorkers.edit", push.node(), workers)));
    }

    /** The source on the REQ becomes a Lazy Pirate client; empty when it already is one, or is no source. */
    static Optional<Edit> lazyPirate(DesignIndex design, SocketRef req, int timeoutMillis) {
        return design.sourceOn(req).filter(s -> s.replyTimeoutMs() == null).map(source -> new ReplaceNode(req.node(),
                design.node(req.node()).withBehaviour(source.withReplyTimeoutMs(timeoutMillis)
                        .withRetries(LAZY_PIRATE_RETRIES)), words("fix.lazyPirate.edit", req.node(),
                        String.valueOf(timeoutMillis), LAZY_PIRATE_RETRIES)));
    }

    /** The socket stops dialling {@code wrong} and is linked to {@code binder}, dialling {@code endpoint}. */
    static Edit relink(DesignIndex design, SocketRef connector, String wrong, SocketRef binder, String endpoint) {
        Node node = design.node(connector.node());
        Socket socket = design.socket(connector).orElseThrow();
        List<String> connects = new ArrayList<>(socket.connects());
        connects.remove(wrong);
        Edit unplug = new ReplaceNode(node.id(), node.withSocket(socket.id(), socket.withConnects(connects)),
                words("fix.relink.edit", connector.toString(), endpoint));
        String linkId = Ids.fresh(design.topology(), connector.node() + "-to-" + binder.node());
        Edit link = new AddElements(List.of(), List.of(new Link(linkId, connector, binder, endpoint)),
                unplug.description());
        return new CompositeEdit(List.of(unplug, link), unplug.description());
    }
}
