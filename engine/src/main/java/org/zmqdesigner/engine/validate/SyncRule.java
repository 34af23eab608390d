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
            out.warning("END_WITHOUT_COUNT", node.id(), RuleTexts.get("sync.endWithoutCount.message", node.id(),
                    s.end()), RuleTexts.get("sync.endWithoutCount.hint"));
        }
        if (s.syncSocket() == null) {
            return;
        }
        Optional<Socket> sync = BehaviourPeers.named(node, "field.syncSocket", s.syncSocket(), "SYNC_SOCKET", out);
        Optional<Socket> stream = BehaviourSockets.sending(node, s.socket());
        if (sync.isPresent() && stream.isPresent() && stream.get().id().equals(sync.get().id())) {
            out.error("SYNC_SOCKET", node.id(), RuleTexts.get("sync.sourceSameSocket.message", node.id(),
                    sync.get().id()), RuleTexts.get("sync.sourceSameSocket.hint"));
        } else {
            sync.filter(sock -> sock.type() != SocketType.REP).ifPresent(sock -> out.error("SYNC_SOCKET", node.id(),
                    RuleTexts.get("sync.sourceNotRep.message", node.id(), sock.type(), sock.id()),
                    RuleTexts.get("sync.sourceNotRep.hint")));
        }
        // Left out, awaitPeers means one sync request; only an explicit 0 (or less) skips the sync.
        if (s.awaitPeers() != null && s.awaitPeers() < 1) {
            out.warning("SYNC_WITHOUT_PEERS", node.id(), RuleTexts.get("sync.noPeers.message", node.id(),
                    s.awaitPeers()), RuleTexts.get("sync.noPeers.hint"));
        }
    }

    private static void sink(Node node, Behaviour.Sink k, Findings out) {
        Optional<Socket> sync = BehaviourPeers.named(node, "field.syncSocket", k.syncSocket(), "SYNC_SOCKET", out);
        Optional<Socket> in = BehaviourSockets.receiving(node, k.socket());
        if (sync.isPresent() && in.isPresent() && in.get().id().equals(sync.get().id())) {
            out.error("SYNC_SOCKET", node.id(), RuleTexts.get("sync.sinkSameSocket.message", node.id(),
                    sync.get().id()), RuleTexts.get("sync.sinkSameSocket.hint"));
        } else {
            sync.filter(sock -> sock.type() != SocketType.REQ).ifPresent(sock -> out.error("SYNC_SOCKET", node.id(),
                    RuleTexts.get("sync.sinkNotReq.message", node.id(), sock.type(), sock.id()),
                    RuleTexts.get("sync.sinkNotReq.hint")));
        }
    }
}
