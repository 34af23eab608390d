package org.zmqdesigner.engine.runtime;

import org.zmqdesigner.engine.model.Behaviour;
import org.zmqdesigner.engine.model.Topology;
import org.zmqdesigner.engine.text.Texts;

/**
 * How long a REQ in the design waits for a reply before its node gives up. A REQ waits for ever by
 * design: when a request or its reply is lost (the server died while working, an outside server
 * never answers, a hostile peer confused the server), the client hangs and a run that ends when
 * its counted nodes are done would never end. The zguide's answer is the Lazy Pirate client
 * (chapter 4), which retries; the designed client keeps REQ's plain behaviour and stops instead,
 * saying why, so the run ends and the lesson is visible.
 *
 * <p>Only time the run is not paused counts, and slow motion stretches the patience like every
 * other delay. It is never shorter than three times the slowest designed server's work.
 */
final class ReplyPatience {

    /** A node that stopped on its own: its REQ waited too long for a reply. */
    static final class GaveUp extends RuntimeException {
        GaveUp(String message) {
            super(message, null, false, false);
        }
    }

    private final long patienceNanos;
    private final String node;
    private final String socket;
    private long waitedNanos;
    private long lastNanos = System.nanoTime();

    private ReplyPatience(long patienceNanos, String node, String socket) {
        this.patienceNanos = patienceNanos;
        this.node = node;
        this.socket = socket;
    }

    /** A fresh wait for one reply of {@code node}'s {@code socket}. */
    static ReplyPatience forReply(RunContext run, double rateMultiplier, String node, String socket) {
        long designed = run.replyPatienceMillis();
        long slowestWork = 0;
        for (org.zmqdesigner.engine.model.Node n : run.topology().nodes()) {
            slowestWork = Math.max(slowestWork, workMillis(n.behaviour()));
        }
        double stretch = 1 / Math.min(1.0, rateMultiplier);
        long millis = (long) (Math.max(designed, 3 * slowestWork) * stretch);
        return new ReplyPatience(millis * 1_000_000L, node, socket);
    }

    private static long workMillis(Behaviour behaviour) {
        if (behaviour instanceof Behaviour.Responder r && r.delayMs() != null) {
            return r.delayMs();
        }
        if (behaviour instanceof Behaviour.Worker w && w.delayMs() != null) {
            return w.delayMs();
        }
        return 0;
    }

    /**
     * A wait of {@code millis} for one reply, as a Lazy Pirate client's timeout: stretched by slow
     * motion like every other delay, never shortened by fast motion.
     */
    static ReplyPatience timeout(long millis, double rateMultiplier, String node, String socket) {
        return new ReplyPatience((long) (millis * 1_000_000L / Math.min(1.0, rateMultiplier)), node, socket);
    }

    /** After a wait without a reply: whether the patience is spent, paused time not counted. */
    boolean spent(boolean paused) {
        long now = System.nanoTime();
        if (!paused) {
            waitedNanos += now - lastNanos;
        }
        lastNanos = now;
        return waitedNanos > patienceNanos;
    }

    /** After a wait without a reply: throws once the patience is spent, paused time not counted. */
    void check(boolean paused, long requestNumber) {
        if (spent(paused)) {
            throw new GaveUp(Texts.of(ReplyPatience.class).get("replyPatience.gaveUp", node,
                    String.valueOf(requestNumber), socket, String.valueOf(Math.round(waitedNanos / 1e9))));
        }
    }
}
