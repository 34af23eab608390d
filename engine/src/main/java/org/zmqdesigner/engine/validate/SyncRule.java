package org.zmqdesigner.engine.validate;

import java.util.Optional;
import org.zmqdesigner.engine.model.Behaviour;
import org.zmqdesigner.engine.model.BehaviourSockets;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.Socket;
import org.zmqdesigner.engine.model.SocketType;

/**
 * The zguide's node coordination (syncpub and syncsub): the publishing source answers sync requests
 * on a REP, each subscribing sink asks on a REQ, and the source's last message is sent only when
 * the stream has an end.
 */
final class SyncRule implements Rule {

    @Override
    public void check(TopologyFacts facts, Findings out) {
        for (Node node : facts.nodes()) {
            if (node.kind().isDevice()) {
                continue;
            }
            if (node.behaviour() instanceof Behaviour.Source s) {
                source(node, s, out);
            } else if (node.behaviour() instanceof Behaviour.Sink k && k.syncSocket() != null) {
                sink(node, k, out);
            }
        }
    }

    private static void source(Node node, Behaviour.Source s, Findings out) {
        if (s.end() != null && s.count() == null) {
            out.warning("END_WITHOUT_COUNT", node.id(), "Source " + node.id() + " has an end message (\"" + s.end()
                    + "\") but no count: it sends until stopped, so the end message is never sent.",
                    "Set count (syncpub sends its updates, then \"END\"), or remove end.");
        }
        if (s.syncSocket() == null) {
            return;
        }
        Optional<Socket> sync = BehaviourPeers.named(node, "syncSocket", s.syncSocket(), "SYNC_SOCKET", out);
        Optional<Socket> stream = BehaviourSockets.sending(node, s.socket());
        if (sync.isPresent() && stream.isPresent() && stream.get().id().equals(sync.get().id())) {
            out.error("SYNC_SOCKET", node.id(), "Source " + node.id() + " would send its stream and answer sync"
                    + " requests on the same socket " + sync.get().id() + ": the sync needs a socket of its own.",
                    "Publish on a PUB named as the source's socket, and name a separate REP as syncSocket, as"
                            + " syncpub does.");
        } else {
            sync.filter(sock -> sock.type() != SocketType.REP).ifPresent(sock -> out.error("SYNC_SOCKET", node.id(),
                    "The syncSocket of " + node.id() + " is " + sock.type() + " socket " + sock.id() + ", but each"
                            + " subscriber sends a sync request and waits for its answer: the source needs a REP"
                            + " to hear each request and reply to it.",
                    "Name a REP socket of the node here (syncpub binds one on port 5562)."));
        }
        // Left out, awaitPeers means one sync request; only an explicit 0 (or less) skips the sync.
        if (s.awaitPeers() != null && s.awaitPeers() < 1) {
            out.warning("SYNC_WITHOUT_PEERS", node.id(), "Source " + node.id() + " has a syncSocket but awaits "
                    + s.awaitPeers() + " peers: it starts sending at once and never answers a sync request, so"
                    + " each subscriber waits for an answer that never comes.",
                    "Set awaitPeers to the number of subscribers (syncpub waits for 10), or remove syncSocket.");
        }
    }

    private static void sink(Node node, Behaviour.Sink k, Findings out) {
        Optional<Socket> sync = BehaviourPeers.named(node, "syncSocket", k.syncSocket(), "SYNC_SOCKET", out);
        Optional<Socket> in = BehaviourSockets.receiving(node, k.socket());
        if (sync.isPresent() && in.isPresent() && in.get().id().equals(sync.get().id())) {
            out.error("SYNC_SOCKET", node.id(), "Sink " + node.id() + " would receive its stream and send its sync"
                    + " request on the same socket " + sync.get().id() + ": the sync needs a socket of its own.",
                    "Receive on a SUB named as the sink's socket, and name a separate REQ as syncSocket, as"
                            + " syncsub does.");
        } else {
            sync.filter(sock -> sock.type() != SocketType.REQ).ifPresent(sock -> out.error("SYNC_SOCKET", node.id(),
                    "The syncSocket of " + node.id() + " is " + sock.type() + " socket " + sock.id() + ", but the"
                            + " sink sends one sync request and waits for the publisher's answer: only a REQ asks"
                            + " and then waits.",
                    "Name a REQ socket connected to the publisher's REP (syncsub connects to port 5562)."));
        }
    }
}
