package org.zmqdesigner.engine.runtime;

import java.util.ArrayList;
import java.util.List;
import org.zmqdesigner.engine.model.Behaviour;
import org.zmqdesigner.engine.model.BehaviourSockets;
import org.zmqdesigner.engine.model.SocketType;
import org.zmqdesigner.engine.text.Texts;

/**
 * Sends a stream of messages: prelude first, then (after waiting for peers, if asked) one message
 * per rate interval, or as fast as the socket takes them. On a REQ each message waits for its
 * reply, as REQ's lockstep demands.
 */
final class SourceLoop implements NodeLoop {

    /** With slow motion, an unlimited source is given this rate before the multiplier applies. */
    static final double UNLIMITED_IN_SLOW_MOTION = 1000;

    private final Behaviour.Source source;

    SourceLoop(Behaviour.Source source) {
        this.source = source;
    }

    @Override
    public void run(NodeRunner node) {
        Payloads payloads = new Payloads(node.node.id());
        String socketId = BehaviourSockets.sending(node.node, source.socket())
                .orElseThrow(() -> new NodeRunner.SetupFailure(Texts.of(SourceLoop.class).get("node.noSocketToSendOn", node.node.id())))
                .id();
        SocketTap tap = node.tap(socketId);
        for (Behaviour.Prelude prelude : source.prelude()) {
            node.send(node.tap(prelude.socket()), List.of(payloads.renderer(prelude.payload()).render(0, null)));
        }
        if (source.syncSocket() != null) {
            SyncStart.awaitSubscribers(node, node.tap(source.syncSocket()), tap,
                    source.awaitPeers() == null ? 1 : source.awaitPeers());
        } else if (source.awaitPeers() != null && source.awaitPeers() > 0) {
            awaitPeers(node, tap, source.awaitPeers());
        }
        Payloads.Renderer payload = payloads.renderer(source.payload());
        Payloads.Renderer topic = source.topic() == null ? null : payloads.renderer(source.topic());
        long count = source.count() == null ? Long.MAX_VALUE : source.count();
        boolean lockstep = tap.type.lockstep() == SocketType.Lockstep.ASKS;
        LazyPirate pirate = lockstep && source.replyTimeoutMs() != null
                ? new LazyPirate(node, socketId, source.replyTimeoutMs(), source.retries() == null ? 0 : source.retries())
                : null;
        // What comes back on the sending socket: answers to an asynchronous client, subscriptions to an XPUB.
        boolean drains = tap.type.answers() && !tap.type.isLockstep() || tap.type.seesSubscriptions();
        // A constant message is the same frames every time: build them once.
        List<byte[]> constant = topic == null && payload.isConstant() ? List.of(payload.render(0, null)) : null;
        long lastDue = 0; // 0: nothing sent yet, the first message is due at once
        boolean unpaced = source.rate() == null; // as fast as the socket takes them, unless slowed down
        boolean routes = tap.type.routes();
        // The plain stream: the same frames, one at a time, to whoever takes them; nothing comes back.
        boolean plain = constant != null && pirate == null && !routes && !lockstep && !drains;
        for (long seq = 1; seq <= count; seq++) {
            if (plain && unpaced && !node.controls().paused() && node.controls().rateMultiplier() >= 1) {
                node.checkStop();
                long burstEnd = (seq + RunContext.BURST - 1) & -RunContext.BURST; // the next multiple of BURST
                seq = sendBurst(node, tap, constant, seq, Math.min(count, burstEnd));
                if ((seq & (RunContext.BURST - 1)) == 0) {
                    node.tick();
                }
                continue;
            }
            while (true) {
                node.checkStop();
                if (node.controls().paused()) {
                    while (node.controls().paused() && !node.controls().takeStep(node.node.id())) {
                        node.pauseNanos(RunContext.TICK_NANOS / 2);
                    }
                    lastDue = System.nanoTime();
                    break;
                }
                if (unpaced && node.controls().rateMultiplier() >= 1) {
                    // due() would only read the clock (30-80 ns here, a third of a send) to say "now".
                    lastDue = 0;
                    break;
                }
                long due = due(node, lastDue);
                if (due != NOT_YET) {
                    lastDue = due;
                    break;
                }
            }
            List<byte[]> frames = constant;
            if (frames == null) {
                frames = new ArrayList<>(2);
                if (topic != null) {
                    frames.add(topic.render(seq, null));
                }
                frames.add(payload.render(seq, null));
            }
            if (pirate != null) {
                pirate.request(frames, seq); // sent, and answered, perhaps on a new socket
                tap = node.tap(socketId);
            } else if (routes) {
                node.sendRouted(tap, frames);
            } else {
                node.send(tap, frames);
            }
            if (pirate == null && lockstep) {
                node.receiveReply(tap, seq);
            } else if (drains) {
                while (node.tryReceive(tap, !tap.type.seesSubscriptions()) != null) {
                    // Replies to an asynchronous client, or subscriptions to an XPUB: counted, not kept.
                }
            }
            if ((seq & (RunContext.BURST - 1)) == 0) {
                node.tick();
            }
        }
        if (source.end() != null && source.count() != null) {
            sendEnd(node, tap, payloads, topic, count + 1);
        }
    }

    /**
     * Sends messages {@code from} to {@code to} of a plain stream and returns {@code to}: a loop
     * small enough for the JIT to compile on its own, doing per message what bare JeroMQ does
     * plus the count (and a trace while the tick's budget lasts).
     */
    private static long sendBurst(NodeRunner node, SocketTap tap, List<byte[]> frames, long from, long to) {
        for (long seq = from; seq <= to; seq++) {
            node.send(tap, frames);
        }
        return to;
    }

    /**
     * The stream's last word, sent once after the count (syncpub's "END"): under the stream's
     * topic when it has one, so a subscriber to that topic gets it too.
     */
    private void sendEnd(NodeRunner node, SocketTap tap, Payloads payloads, Payloads.Renderer topic, long seq) {
        List<byte[]> frames = new ArrayList<>(2);
        if (topic != null) {
            frames.add(topic.render(seq, null));
        }
        frames.add(payloads.renderer(source.end()).render(seq, null));
        if (tap.type.routes()) {
            node.sendRouted(tap, frames);
        } else {
            node.send(tap, frames);
        }
        if (tap.type.lockstep() == SocketType.Lockstep.ASKS) {
            node.receiveReply(tap, seq);
        }
    }

    /**
     * A source of up to 4,000 messages a second sends what falls due within the next {@link #BATCH}
     * intervals, but never more than {@link #BATCH_WINDOW_NANOS} ahead, in one go instead of
     * sleeping between each: at 2,000 messages a second that is forty per wake-up instead of one.
     * A wake-up is the dear part on a small virtual machine (about 11 µs of CPU for a timed park
     * alone, measured on our 2-core machine; more with JeroMQ's signalling): a hundred such sources
     * pacing every 2 ms spent over a core on waking, and starved the designer's renderer. 20 ms is
     * the engine's tick and about a frame of the designer at 60 fps: a batch is never seen as one. The rate over
     * any longer interval stays exact. See {@link #allowance} for faster sources.
     */
    static final long BATCH_WINDOW_NANOS = 20_000_000L;
    static final int BATCH = 40;

    private static final long NOT_YET = Long.MIN_VALUE;

    /**
     * How early a message may go: a batch of up to {@link #BATCH} intervals (at most 20 ms) for
     * sources up to 4,000 messages a second; none for faster ones, whose gaps would otherwise grow
     * to where a subscription arriving in under half a millisecond, as a slow joiner's does, could
     * fall between two batches and miss nothing.
     */
    static long allowance(long interval) {
        return interval >= BATCHING_FROM_INTERVAL_NANOS ? Math.min(BATCH_WINDOW_NANOS, BATCH * interval) : 0;
    }

    static final long BATCHING_FROM_INTERVAL_NANOS = 250_000L;

    /**
     * When the next message is due, if it is due now (or within the batch allowance); otherwise
     * sleeps at most one tick and returns {@link #NOT_YET}, so a pause or a new speed takes effect
     * within a tick even while a slow source waits.
     */
    private long due(NodeRunner node, long lastDue) {
        double multiplier = node.controls().rateMultiplier();
        Double rate = source.rate();
        if (rate == null && multiplier < 1) {
            rate = UNLIMITED_IN_SLOW_MOTION;
        }
        long now = System.nanoTime();
        if (rate == null || lastDue == 0) {
            return now;
        }
        long interval = (long) (1e9 / (rate * multiplier));
        long due = lastDue + interval;
        if (now - due > 1_000_000_000L) {
            return now; // after a stall, do not burst to catch up more than a second
        }
        if (due - now <= allowance(interval)) {
            node.tick();
            return due;
        }
        node.pauseNanos(Math.min(due - now, RunContext.TICK_NANOS));
        return NOT_YET;
    }

    /**
     * The zguide's cure for the slow joiner: do not send before the peers are there. An XPUB sees
     * each subscription as a message; other sockets count their connections.
     */
    private static void awaitPeers(NodeRunner node, SocketTap tap, int wanted) {
        int subscriptions = 0;
        while (true) {
            node.checkStop();
            if (tap.type.seesSubscriptions()) {
                List<byte[]> frames;
                while ((frames = node.tryReceive(tap, false)) != null) {
                    byte[] first = frames.get(0);
                    if (first.length > 0 && first[0] == 1) {
                        subscriptions++;
                    } else if (first.length > 0 && first[0] == 0) {
                        subscriptions--;
                    }
                }
                if (subscriptions >= wanted) {
                    return;
                }
                node.awaitReadable(tap);
            } else {
                if (tap.peers() >= wanted) {
                    return;
                }
                node.pauseNanos(2_000_000);
            }
        }
    }
}
