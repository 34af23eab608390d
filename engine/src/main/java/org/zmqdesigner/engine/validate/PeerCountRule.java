package org.zmqdesigner.engine.validate;

import java.util.List;
import org.zmqdesigner.engine.model.Link;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.SocketType;

/** Sockets whose number of peers makes no sense: a crowded PAIR, a PUSH with nobody to push to. */
final class PeerCountRule implements Rule {
    @Override
    public void check(TopologyFacts facts, Findings out) {
        for (TopologyFacts.OwnedSocket owned : facts.sockets()) {
            List<Link> links = facts.links(owned.ref());
            int peers = links.size() + owned.socket().connects().size();
            SocketType type = owned.socket().type();
            if (type.onePeer() && peers > 1) {
                out.error("PAIR_MULTIPLE_PEERS", owned.element(),
                        RuleTexts.get("peers.pairMany.message", owned.element(), peers),
                        RuleTexts.get("peers.pairMany.hint"));
            }
            if (type == SocketType.PUSH && peers == 0) {
                out.warning("PUSH_NO_DOWNSTREAM", owned.element(),
                        RuleTexts.get("peers.pushNone.message", owned.element()),
                        RuleTexts.get("peers.pushNone.hint"));
            } else if (peers == 0 && owned.socket().binds().isEmpty()) {
                out.info("UNUSED_SOCKET", owned.element(), RuleTexts.get("peers.unused.message", owned.element()),
                        RuleTexts.get("peers.unused.hint"));
            }
        }
        for (Node node : facts.nodes()) {
            if (node.sockets().isEmpty()) {
                out.warning("NO_SOCKETS", node.id(), RuleTexts.get("peers.noSockets.message", node.id()),
                        RuleTexts.get("peers.noSockets.hint"));
            }
        }
    }
}
