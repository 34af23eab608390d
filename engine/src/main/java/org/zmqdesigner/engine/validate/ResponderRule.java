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
            case REP -> "a REP must hear a request before it may speak";
            case ROUTER -> "a ROUTER sends each message to the peer its first frame names, and before anyone"
                    + " has spoken it knows no peer to send to";
            default -> null;
        };
        if (why != null) {
            out.error("ANNOUNCE_SOCKET", node.id(), "Responder " + node.id() + " announces \"" + announce
                    + "\" on " + sock.type() + " socket " + sock.id() + ", but " + why + ".",
                    "Announce from a REQ worker (the zguide's lbworker says READY) or a DEALER (rtdealer),"
                            + " or remove announce.");
        }
    }

    private static void replies(Node node, Socket sock, CountRange replies, Findings out) {
        if (sock.type().isLockstep() && !(replies.fixed() && replies.min() == 1)) {
            out.error("REPLIES_IN_LOCKSTEP", node.id(), "Responder " + node.id() + " sends " + replies
                    + " replies to each request on " + sock.type() + " socket " + sock.id() + ", but a "
                    + sock.type() + " works in lockstep: exactly one reply to each request, before the next"
                    + " request may come.", "Answer on a DEALER or ROUTER to send several replies or none,"
                    + " as the zguide's asyncsrv does, or set replies to 1.");
        }
    }

    private static void faults(Node node, Behaviour.Faults f, Findings out) {
        if (f.crashAfter() != null && f.crashAfter() < 1) {
            out.error("BAD_VALUE", node.id(), "The crashAfter of " + node.id() + " is " + f.crashAfter()
                    + ": the responder would crash before answering anything.",
                    "Use 1 or more: the number of requests answered before the crash (lpserver crashes after 5 cycles).");
        }
        chance(node, "crashChance", f.crashChance(), out);
        chance(node, "stallChance", f.stallChance(), out);
        if (f.stallMs() != null && f.stallMs() < 1) {
            out.error("BAD_VALUE", node.id(), "The stallMs of " + node.id() + " is " + f.stallMs()
                    + ": a stall must last at least 1 ms.", "Use a number of milliseconds such as 2000.");
        }
        // As the runtime reads them: a length without a chance stalls every request; a chance
        // without a length stalls for no time at all.
        if (f.stallMs() != null && f.stallChance() == null) {
            out.warning("STALL_HALF_SET", node.id(), "Responder " + node.id() + " stalls " + f.stallMs()
                    + " ms on every request, because it has no stallChance: that is a slow server, not a"
                    + " fault that strikes now and then.", "Set stallChance to how often it stalls (0.3 is"
                    + " about one request in three), or use delayMs for a server that is always slow.");
        } else if (f.stallChance() != null && f.stallMs() == null) {
            out.warning("STALL_HALF_SET", node.id(), "Responder " + node.id() + " stalls with a chance of "
                    + f.stallChance() + ", but has no stallMs: its stalls last no time, so it never stalls.",
                    "Set stallMs to how long a stall lasts (lpserver sleeps 2000 ms), or remove stallChance.");
        }
    }

    private static void chance(Node node, String field, Double value, Findings out) {
        if (value != null && !(value >= 0 && value <= 1)) {
            out.error("BAD_VALUE", node.id(), "The " + field + " of " + node.id() + " is " + value
                    + ", but a chance is a number from 0 (never) to 1 (every request).",
                    "Use a number such as 0.1 for one request in ten.");
        }
    }
}
