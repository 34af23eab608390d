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
                out.error("RETRIES_WITHOUT_TIMEOUT", node.id(), "Source " + node.id() + " retries " + s.retries()
                        + " times but has no reply timeout (replyTimeoutMs): without one it waits for a lost"
                        + " reply for ever and never gets to retry.", "Set replyTimeoutMs (the zguide's lpclient"
                        + " waits 2500 ms), or remove retries.");
            }
            Optional<Socket> socket = BehaviourSockets.sending(node, s.socket());
            socket.filter(sock -> sock.type() != SocketType.REQ).ifPresent(sock -> out.error(
                    "RETRIES_NOT_REQ", node.id(), "Source " + node.id() + " has a reply timeout or retries, but"
                            + " sends on " + sock.type() + " socket " + sock.id() + ": only a REQ waits for the"
                            + " reply to each request, so only a REQ has a reply to time out and retry.",
                    "Send on a REQ socket for a Lazy Pirate client, or remove replyTimeoutMs and retries."));
            socket.filter(sock -> sock.type() == SocketType.REQ && s.replyTimeoutMs() != null
                    && s.replyTimeoutMs() > 0).ifPresent(sock -> slowServers(facts, node, sock, s, out));
        }
    }

    private static void values(Node node, Behaviour.Source s, Findings out) {
        if (s.replyTimeoutMs() != null && s.replyTimeoutMs() < 1) {
            out.error("BAD_VALUE", node.id(), "The replyTimeoutMs of " + node.id() + " is " + s.replyTimeoutMs()
                    + ": every request would time out before a reply could arrive.",
                    "Use a timeout of at least 1 ms (the zguide's lpclient waits 2500 ms).");
        }
        if (s.retries() != null && s.retries() < 0) {
            out.error("BAD_VALUE", node.id(), "The retries of " + node.id() + " is " + s.retries()
                    + ", which is negative.", "Use 0 to give up after the first timeout, or a positive number.");
        }
    }

    /** Warns when a server linked to the client takes longer over each request than the client waits. */
    private static void slowServers(TopologyFacts facts, Node node, Socket req, Behaviour.Source s, Findings out) {
        for (TopologyFacts.OwnedSocket peer : BehaviourPeers.linked(facts, node, req)) {
            if (peer.node().behaviour() instanceof Behaviour.Responder r && r.delayMs() != null
                    && r.delayMs() >= s.replyTimeoutMs()) {
                out.warning("TIMEOUT_SHORTER_THAN_WORK", node.id(), "Source " + node.id() + " waits "
                        + s.replyTimeoutMs() + " ms for each reply, but " + peer.node().id() + " works "
                        + r.delayMs() + " ms on each request: every request times out, and the client"
                        + " retries and gives up on a server that is fine.", "Make replyTimeoutMs longer"
                        + " than the server's delayMs, or shorten the delayMs of " + peer.node().id() + ".");
            }
        }
    }
}
