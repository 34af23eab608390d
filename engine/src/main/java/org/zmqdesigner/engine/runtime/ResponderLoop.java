package org.zmqdesigner.engine.runtime;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.zmqdesigner.engine.model.Behaviour;
import org.zmqdesigner.engine.model.BehaviourSockets;
import org.zmqdesigner.engine.model.CountRange;
import org.zmqdesigner.engine.model.SocketType;
import org.zmqdesigner.engine.text.Texts;

/**
 * Answers each request: a responder with its reply template, an echo with the request itself.
 *
 * <p>The envelope: on a socket that shows it to the application (ROUTER, DEALER, and a REQ worker
 * behind a ROUTER broker) every frame before the last is envelope and the last is the body, and
 * the envelope goes back in front of each reply, so the answer reaches whoever asked, as the
 * zguide's chapter 3 describes: a ROUTER's [id, "", request], an asyncsrv worker's
 * [client id, request] (no delimiter), an lbbroker worker's [client id, "", request]. A REP strips
 * and restores the envelope itself.
 *
 * <p>A responder may announce itself first (a load-balancing worker's "READY", rtdealer's "Hi
 * Boss"); on a REQ its every reply is then also its next request. It may reply several times to
 * one request, or not at all, a count picked per request (asyncsrv), and it may crash or stall on
 * purpose ({@link SimulatedFaults}). Every choice comes from one {@link Random} seeded with the
 * design's seed or, without one, the node id, so a run repeats itself.
 */
final class ResponderLoop implements NodeLoop {
    private final String socket;
    private final Integer delayMs;
    private final String reply;
    private final boolean echo;
    private final String announce;
    private final CountRange replies;
    private final Behaviour.Faults faults;
    private final Long seed;

    ResponderLoop(Behaviour.Responder responder) {
        this(responder.socket(), responder.delayMs(), responder.reply(), false, responder.announce(),
                responder.replies(), responder.faults(), responder.seed());
    }

    private ResponderLoop(String socket, Integer delayMs, String reply, boolean echo, String announce,
                          CountRange replies, Behaviour.Faults faults, Long seed) {
        this.socket = socket;
        this.delayMs = delayMs;
        this.reply = reply;
        this.echo = echo;
        this.announce = announce;
        this.replies = replies;
        this.faults = faults;
        this.seed = seed;
    }

    /** Sends every request straight back. */
    static ResponderLoop echo(String socket) {
        return new ResponderLoop(socket, null, null, true, null, null, null, null);
    }

    @Override
    public void run(NodeRunner node) {
        String socketId = BehaviourSockets.replying(node.node, socket)
                .orElseThrow(() -> new NodeRunner.SetupFailure(Texts.of(ResponderLoop.class).get("node.noSocketToAnswerOn", node.node.id())))
                .id();
        SocketTap tap = node.tap(socketId);
        Payloads.Renderer renderer = echo ? null : new Payloads(node.node.id()).renderer(reply);
        Random random = new Random(seed != null ? seed : node.node.id().hashCode());
        SimulatedFaults simulated = new SimulatedFaults(faults, random);
        announce(node, tap);
        long seq = 0;
        while (true) {
            List<byte[]> request = node.receive(tap);
            seq++;
            long stallMs = simulated.decide(seq);
            int count = replyCount(tap.type, replies, random);
            if (stallMs > 0) {
                pauseMillis(node, stallMs);
            }
            int bodyStart = envelopeEnd(tap.type, request);
            List<byte[]> envelope = request.subList(0, bodyStart);
            for (int n = 0; n < count; n++) {
                if (delayMs != null && delayMs > 0) {
                    pauseMillis(node, delayMs);
                }
                List<byte[]> answer = new ArrayList<>(envelope);
                if (echo) {
                    answer.addAll(request.subList(bodyStart, request.size()));
                } else {
                    byte[] body = request.get(request.size() - 1);
                    answer.add(renderer.render(seq, Payloads.text(body)));
                }
                if (tap.type.routes()) {
                    node.sendRouted(tap, answer);
                } else {
                    node.send(tap, answer);
                }
            }
        }
    }

    /**
     * The worker's first word: on a DEALER behind an empty delimiter, so that a ROUTER sees the
     * envelope a REQ would have made. A REQ must speak first, so without an announcement it could
     * never receive a request.
     */
    private void announce(NodeRunner node, SocketTap tap) {
        byte[] words = announce == null ? null : announce.getBytes(StandardCharsets.UTF_8);
        if (tap.type == SocketType.REQ) {
            if (words == null) {
                throw new IllegalStateException(Texts.of(ResponderLoop.class).get("responder.announceFirst", tap.socketId));
            }
            node.send(tap, List.of(words));
        } else if (tap.type == SocketType.DEALER && words != null) {
            node.send(tap, List.of(new byte[0], words));
        }
    }

    /**
     * How many replies this request gets. A REQ or REP must answer exactly once or it can never
     * receive again, so on those it is one whatever the design says (the validator tells why).
     */
    static int replyCount(SocketType type, CountRange replies, Random random) {
        if (type.isLockstep() || replies == null) {
            return 1;
        }
        return replies.fixed() ? replies.min() : replies.min() + random.nextInt(replies.max() - replies.min() + 1);
    }

    private static void pauseMillis(NodeRunner node, long millis) {
        node.pauseNanos((long) (millis * 1_000_000L / node.controls().rateMultiplier()));
    }

    /**
     * Index of the first body frame. REP and PAIR hand over the body alone; on the others every
     * frame before the last is envelope.
     */
    static int envelopeEnd(SocketType type, List<byte[]> frames) {
        if (!type.keepsEnvelope() && type != SocketType.REQ) {
            return 0;
        }
        return frames.size() - 1;
    }
}
