package org.zmqdesigner.engine.runtime;

import java.util.List;
import org.zmqdesigner.engine.model.Behaviour;
import org.zmqdesigner.engine.model.BehaviourSockets;
import org.zmqdesigner.engine.text.Texts;

/** Receives and counts; a delay per message makes a slow consumer. */
final class SinkLoop implements NodeLoop {

    /**
     * A sink that read more than {@link #BUSY_MESSAGES} in the last {@link #WINDOW_NANOS} is busy:
     * when its queue runs dry it waits {@link #COALESCE_NANOS} before blocking again, so a fast
     * stream wakes it once per batch instead of once per message (a hundred fast sinks otherwise
     * spend the machine on context switches; 20 ms matches the sources' batches, see
     * {@code SourceLoop.BATCH_WINDOW_NANOS}). Slow streams, which people watch message by message,
     * are never delayed; nor are floods above {@link #FLOOD_MESSAGES}, or streams whose pause would
     * fill a quarter of the receive HWM, where the pause would hold a noticeable part of the queue
     * and could cause drops a blocking reader would not.
     */
    static final int BUSY_MESSAGES = 100;
    static final int FLOOD_MESSAGES = 10_000;
    static final long WINDOW_NANOS = 100_000_000L;
    static final long COALESCE_NANOS = 20_000_000L;

    /** Whether a stream of {@code inWindow} messages per window may wait for batches (see above). */
    static boolean coalesces(int inWindow, long receiveHwm) {
        double perPause = (double) inWindow * COALESCE_NANOS / WINDOW_NANOS;
        return inWindow > BUSY_MESSAGES && inWindow < FLOOD_MESSAGES && perPause < receiveHwm / 4.0;
    }

    /** Behind schedule by more than this (a stall, a pause), the consumer starts a fresh schedule. */
    static final long MAX_CATCH_UP_NANOS = 1_000_000_000L;

    private final Behaviour.Sink sink;

    SinkLoop(Behaviour.Sink sink) {
        this.sink = sink;
    }

    @Override
    public void run(NodeRunner node) {
        String socketId = BehaviourSockets.receiving(node.node, sink.socket())
                .orElseThrow(() -> new NodeRunner.SetupFailure(Texts.of(SinkLoop.class).get("node.noSocketToReceiveOn", node.node.id())))
                .id();
        SocketTap tap = node.tap(socketId);
        if (sink.syncSocket() != null) {
            SyncStart.join(node, tap, node.tap(sink.syncSocket()));
        }
        if (sink.until() != null) {
            receiveUntil(node, tap, sink.until().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return;
        }
        long count = sink.count() == null ? Long.MAX_VALUE : sink.count();
        long delay = sink.delayMs() == null ? 0 : sink.delayMs() * 1_000_000L;
        long received = 0;
        long receiveHwm = tap.socket.getRcvHWM() > 0 ? tap.socket.getRcvHWM() : Long.MAX_VALUE / 16;
        BusyWindow window = new BusyWindow(receiveHwm, System.nanoTime());
        long workDone = 0;
        while (received < count) {
            if (delay == 0 && !window.busy()) {
                // A stream that is not waited for in batches: up to the next 64th message at once.
                long toBurstEnd = RunContext.BURST - (received & (RunContext.BURST - 1));
                int got = node.receiveAndCount(tap, (int) Math.min(count - received, toBurstEnd));
                received += got;
                window.count(got);
                if (got > 0 && (received & (RunContext.BURST - 1)) == 0) {
                    node.tick();
                    window.look(System.nanoTime());
                }
                continue;
            }
            if (!node.receiveAndCount(tap)) {
                continue;
            }
            received++;
            if (delay > 0) {
                workDone = work(node, delay, workDone);
                continue;
            }
            window.count();
            // The clock is read with the tick, every 64 messages, and when the queue runs dry:
            // never per message (a clock read costs a third of a send on a small VM).
            if ((received & (RunContext.BURST - 1)) == 0) {
                node.tick();
                window.look(System.nanoTime());
            }
            if (window.busy() && (tap.socket.getEvents() & org.zeromq.ZMQ.Poller.POLLIN) == 0
                    && window.look(System.nanoTime())) {
                node.pauseNanos(COALESCE_NANOS);
            }
        }
    }

    /** How busy the stream was over the last window of at least {@link #WINDOW_NANOS} (see {@link #coalesces}). */
    private static final class BusyWindow {
        private final long receiveHwm;
        private long start;
        private int messages;
        private boolean busy;

        BusyWindow(long receiveHwm, long now) {
            this.receiveHwm = receiveHwm;
            this.start = now;
        }

        void count() {
            messages++;
        }

        void count(int n) {
            messages += n;
        }

        boolean busy() {
            return busy;
        }

        /** Closes the window if it has lasted long enough, judging it by its rate; returns whether busy. */
        boolean look(long now) {
            long elapsed = now - start;
            if (elapsed > WINDOW_NANOS) {
                int perWindow = (int) Math.min(Integer.MAX_VALUE, (long) messages * WINDOW_NANOS / elapsed);
                busy = coalesces(perWindow, receiveHwm);
                start = now;
                messages = 0;
            }
            return busy;
        }
    }

    /**
     * Receives until a message whose payload (its last frame) is exactly {@code until}, such as
     * syncpub's "END", or until the count; each message is looked at, so each is read whole.
     */
    private void receiveUntil(NodeRunner node, SocketTap tap, byte[] until) {
        long count = sink.count() == null ? Long.MAX_VALUE : sink.count();
        long delay = sink.delayMs() == null ? 0 : sink.delayMs() * 1_000_000L;
        long workDone = 0;
        for (long received = 1; received <= count; received++) {
            List<byte[]> frames = node.receive(tap);
            if (delay > 0) {
                workDone = work(node, delay, workDone);
            }
            if (java.util.Arrays.equals(frames.get(frames.size() - 1), until)) {
                return;
            }
            if ((received & (RunContext.BURST - 1)) == 0) {
                node.tick();
            }
        }
    }

    /**
     * Spends the delay on one message, scaled by the run speed like every rate. The time is kept
     * on a schedule (when this message's work ends), not slept afresh: sleeping 10 ms on a busy
     * machine takes 11 or 12, and a consumer meant to take 100 messages a second would take 80,
     * changing the lesson. Returns when the next message's work may start.
     */
    private static long work(NodeRunner node, long delayNanos, long previousEnd) {
        long scaled = (long) (delayNanos / node.controls().rateMultiplier());
        long now = System.nanoTime();
        long end = previousEnd == 0 || now - previousEnd > MAX_CATCH_UP_NANOS ? now + scaled : previousEnd + scaled;
        if (end - now > 0) {
            node.pauseNanos(end - now);
        }
        return end;
    }
}
