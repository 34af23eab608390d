package org.zmqdesigner.engine.validate;

import java.util.Optional;
import org.zmqdesigner.engine.model.Behaviour;
import org.zmqdesigner.engine.model.BehaviourSockets;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.Socket;
import org.zmqdesigner.engine.model.SocketType;

/**
 * A source's reply timeout and retries (the zguide's Lazy Pirate client) sit on a REQ, come
 * together, and leave the server enough time to do its work.
 */
final class LazyPirateRule implements Rule {

    @Override
    public void check(TopologyFacts facts, Findings out) {
        for (Node node : facts.nodes()) {
            if (node.kind().isDevice() || !(node.behaviour() instanceof Behaviour.Source s)) {
                continue;
            }
            if (s.replyTimeoutMs() == null && s.retries() == null) {
                continue;
            }
            values(node, s, out);
            if (s.retries() != null && s.replyTimeoutMs() == null) {
                out.error("RETRIES_WITHOUT_TIMEOUT", node.id(),
                        RuleTexts.get("pirate.retriesWithoutTimeout.message", node.id(), s.retries()),
                        RuleTexts.get("pirate.retriesWithoutTimeout.hint"));
            }
            Optional<Socket> socket = BehaviourSockets.sending(node, s.socket());
            socket.filter(sock -> sock.type() != SocketType.REQ).ifPresent(sock -> out.error(
                    "RETRIES_NOT_REQ", node.id(), RuleTexts.get("pirate.notReq.message", node.id(), sock.type(),
                            sock.id()),
                    RuleTexts.get("pirate.notReq.hint")));
            socket.filter(sock -> sock.type() == SocketType.REQ && s.replyTimeoutMs() != null
                    && s.replyTimeoutMs() > 0).ifPresent(sock -> slowServers(facts, node, sock, s, out));
        }
    }

    private static void values(Node node, Behaviour.Source s, Findings out) {
        if (s.replyTimeoutMs() != null && s.replyTimeoutMs() < 1) {
            out.error("BAD_VALUE", node.id(), RuleTexts.get("pirate.timeout.message", node.id(), s.replyTimeoutMs()),
                    RuleTexts.get("pirate.timeout.hint"));
        }
        if (s.retries() != null && s.retries() < 0) {
            out.error("BAD_VALUE", node.id(), RuleTexts.get("pirate.retries.message", node.id(), s.retries()),
                    RuleTexts.get("pirate.retries.hint"));
        }
    }

    /** Warns when a server linked to the client takes longer over each request than the client waits. */
    private static void slowServers(TopologyFacts facts, Node node, Socket req, Behaviour.Source s, Findings out) {
        for (TopologyFacts.OwnedSocket peer : BehaviourPeers.linked(facts, node, req)) {
            if (peer.node().behaviour() instanceof Behaviour.Responder r && r.delayMs() != null
                    && r.delayMs() >= s.replyTimeoutMs()) {
                out.warning("TIMEOUT_SHORTER_THAN_WORK", node.id(), RuleTexts.get("pirate.slowServer.message",
                                node.id(), s.replyTimeoutMs(), peer.node().id(), r.delayMs()),
                        RuleTexts.get("pirate.slowServer.hint", peer.node().id()));
            }
        }
    }
}
