package org.zmqdesigner.engine.validate;

import java.util.Optional;
import org.zmqdesigner.engine.model.Behaviour;
import org.zmqdesigner.engine.model.BehaviourSockets;
import org.zmqdesigner.engine.model.CountRange;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.Socket;
import org.zmqdesigner.engine.model.SocketType;

/**
 * What a responder may do beyond one reply per request: speak first (only a socket that may send
 * before it hears), reply several times (only a socket out of lockstep), and fail on purpose with
 * faults that make sense.
 */
final class ResponderRule implements Rule {

    @Override
    public void check(TopologyFacts facts, Findings out) {
        for (Node node : facts.nodes()) {
            if (node.kind().isDevice() || !(node.behaviour() instanceof Behaviour.Responder r)) {
                continue;
            }
            Optional<Socket> socket = BehaviourSockets.replying(node, r.socket());
            socket.ifPresent(sock -> {
                if (r.announce() != null) {
                    announce(node, sock, r.announce(), out);
                }
                if (r.replies() != null) {
                    replies(node, sock, r.replies(), out);
                }
            });
            if (r.faults() != null) {
                faults(node, r.faults(), out);
            }
        }
    }

    private static void announce(Node node, Socket sock, String announce, Findings out) {
        String why = switch (sock.type()) {
            case REP -> RuleTexts.get("responder.announce.why.rep");
            case ROUTER -> RuleTexts.get("responder.announce.why.router");
            default -> null;
        };
        if (why != null) {
            out.error("ANNOUNCE_SOCKET", node.id(), RuleTexts.get("responder.announce.message", node.id(), announce,
                    sock.type(), sock.id(), why), RuleTexts.get("responder.announce.hint"));
        }
    }

    private static void replies(Node node, Socket sock, CountRange replies, Findings out) {
        if (sock.type().isLockstep() && !(replies.fixed() && replies.min() == 1)) {
            out.error("REPLIES_IN_LOCKSTEP", node.id(), RuleTexts.get("responder.lockstep.message", node.id(),
                    replies, sock.type(), sock.id()), RuleTexts.get("responder.lockstep.hint"));
        }
    }

    private static void faults(Node node, Behaviour.Faults f, Findings out) {
        if (f.crashAfter() != null && f.crashAfter() < 1) {
            out.error("BAD_VALUE", node.id(), RuleTexts.get("responder.crashAfter.message", node.id(),
                    f.crashAfter()), RuleTexts.get("responder.crashAfter.hint"));
        }
        chance(node, "crashChance", f.crashChance(), out);
        chance(node, "stallChance", f.stallChance(), out);
        if (f.stallMs() != null && f.stallMs() < 1) {
            out.error("BAD_VALUE", node.id(), RuleTexts.get("responder.stallMs.message", node.id(), f.stallMs()),
                    RuleTexts.get("responder.stallMs.hint"));
        }
        // As the runtime reads them: a length without a chance stalls every request; a chance
        // without a length stalls for no time at all.
        if (f.stallMs() != null && f.stallChance() == null) {
            out.warning("STALL_HALF_SET", node.id(), RuleTexts.get("responder.stallNoChance.message", node.id(),
                    f.stallMs()), RuleTexts.get("responder.stallNoChance.hint"));
        } else if (f.stallChance() != null && f.stallMs() == null) {
            out.warning("STALL_HALF_SET", node.id(), RuleTexts.get("responder.stallNoMs.message", node.id(),
                    f.stallChance()), RuleTexts.get("responder.stallNoMs.hint"));
        }
    }

    private static void chance(Node node, String field, Double value, Findings out) {
        if (value != null && !(value >= 0 && value <= 1)) {
            out.error("BAD_VALUE", node.id(), RuleTexts.get("responder.chance.message", field, node.id(), value),
                    RuleTexts.get("responder.chance.hint"));
        }
    }
}
