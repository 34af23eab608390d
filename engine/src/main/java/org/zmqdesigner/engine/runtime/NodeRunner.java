package org.zmqdesigner.engine.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.zeromq.ZMQ;
import org.zeromq.ZMQException;
import org.zmqdesigner.engine.event.RunEvent;
import org.zmqdesigner.engine.event.RunEvent.NodeState;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.SocketType;
import org.zmqdesigner.engine.text.Texts;

/**
 * Runs one node on its own thread: creates its sockets, binds and connects them, runs its
 * behaviour, and closes everything it opened when it ends, whether stopped, finished or crashed.
 * Sockets never leave this thread.
 */
final class NodeRunner {

    /** Thrown inside the node's thread to unwind a behaviour when the node is asked to stop. */
    static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    /** A node that could not start, with a message naming node and endpoint. */
    static final class SetupFailure extends RuntimeException {
        SetupFailure(String message) {
            super(message, null, false, false);
        }
    }

    final Node node;
    final RunContext run;
    private final NodeStats stats;
    private final NodeSockets sockets = new NodeSockets(this);
    private final CompletableFuture<Void> ready = new CompletableFuture<>();
    private final long delayNanos;
    private volatile boolean stopRequested;
    private volatile NodeState state = NodeState.WAITING;
    private volatile String stateDetail = "";
    private Thread thread;
    private long nextTick;

    NodeRunner(Node node, RunContext run, long delayNanos) {
        this.node = node;
        this.run = run;
        this.stats = run.stats(node.id());
        this.delayNanos = delayNanos;
    }

    void start() {
        thread = new Thread(this::main, "zmq-designer-node-" + node.id());
        thread.setDaemon(true);
        thread.start();
    }

    /** Completes once the sockets are bound and connected, or with the reason they could not be. */
    CompletableFuture<Void> ready() {
        return ready;
    }

    NodeState state() {
        return state;
    }

    String stateDetail() {
        return stateDetail;
    }

    void requestStop() {
        stopRequested = true;
    }

    /** Waits for the thread to end; true when it did within the time. */
    boolean join(long millis) throws InterruptedException {
        if (thread == null) {
            return true;
        }
        thread.join(Math.max(1, millis));
        return !thread.isAlive();
    }

    boolean alive() {
        return thread != null && thread.isAlive();
    }

    private void main() {
        try {
            if (delayNanos > 0) {
                state(NodeState.WAITING, Texts.of(NodeRunner.class).get("node.waiting", String.valueOf(delayNanos / 1_000_000)));
                pauseNanos(delayNanos);
            }
            state(NodeState.STARTING, "");
            setUp();
            // Running before ready: whoever waits for ready sees the node as running.
            state(NodeState.RUNNING, "");
            ready.complete(null);
            behaviour().run(this);
            if (!stopRequested) {
                state(NodeState.FINISHED, "");
                idle();
            }
            state(NodeState.STOPPED, "");
        } catch (Stopped e) {
            ready.complete(null);
            if (state != NodeState.FINISHED) {
                state(NodeState.STOPPED, "");
            }
        } catch (ReplyPatience.GaveUp e) {
            state(NodeState.GAVE_UP, e.getMessage());
            ready.complete(null);
        } catch (SetupFailure e) {
            // The state (with its words) first: whoever waits for ready reads the detail.
            state(NodeState.CRASHED, e.getMessage());
            ready.completeExceptionally(e);
        } catch (RuntimeException | Error e) {
            String why = e instanceof RuntimeException r ? ZmqErrors.words(r)
                    : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            state(NodeState.CRASHED, Texts.of(NodeRunner.class).get("node.crashed", node.id(), why));
            ready.completeExceptionally(e);
        } finally {
            tearDown();
        }
    }

    private NodeLoop behaviour() {
        if (node.kind().isDevice()) {
            return new DeviceLoop();
        }
        return NodeLoop.forBehaviour(node.behaviour());
    }

    private void setUp() {
        sockets.openAll();
        nextTick = System.nanoTime();
        tick();
    }

    private void tearDown() {
        sockets.closeAll();
    }

    private void state(NodeState value, String detail) {
        state = value;
        stateDetail = detail;
        run.publish(new RunEvent.NodeStateChanged(run.clock(System.nanoTime()), node.id(), value, detail));
    }

    // ----- what behaviours use -------------------------------------------------------------

    NodeStats stats() {
        return stats;
    }

    ZMQ.Socket socket(String id) {
        return sockets.socket(id);
    }

    SocketTap tap(String id) {
        SocketTap tap = sockets.taps().get(id);
        if (tap == null) {
            throw new SetupFailure(Texts.of(NodeRunner.class).get("node.noSocket", node.id(), id));
        }
        return tap;
    }

    Map<String, SocketTap> taps() {
        return sockets.taps();
    }

    /**
     * Closes one of the node's sockets and opens a new one in its place, with the same options,
     * binds and connects (the zguide's Lazy Pirate client: a REQ that got no reply cannot send
     * again, so it is thrown away). The old socket's connections end as any closed socket's do;
     * what it had queued, and any reply still on its way to it, goes with it. Returns the new tap.
     */
    SocketTap reopen(String socketId) {
        SocketTap tap = sockets.reopen(socketId);
        tick();
        return tap;
    }

    RunControls controls() {
        return run.controls();
    }

    /** Throws {@link Stopped} when the node is asked to stop; behaviours call it between steps. */
    void checkStop() {
        if (stopRequested || Thread.currentThread().isInterrupted()) {
            throw new Stopped();
        }
    }

    boolean stopRequested() {
        return stopRequested;
    }

    /** Lets every tap look at its pipes, at most once per tick. Cheap when not due. */
    void tick() {
        long now = System.nanoTime();
        if (now - nextTick >= 0) {
            nextTick = now + RunContext.TICK_NANOS;
            for (SocketTap tap : sockets.taps().values()) {
                tap.tick(now);
            }
        }
    }

    /** Waits, observing and checking for stop every tick. */
    void pauseNanos(long nanos) {
        long end = System.nanoTime() + nanos;
        long left;
        while ((left = end - System.nanoTime()) > 0) {
            checkStop();
            if (!sockets.taps().isEmpty()) {
                tick();
            }
            long slice = Math.min(left, RunContext.TICK_NANOS);
            java.util.concurrent.locks.LockSupport.parkNanos(slice);
        }
        checkStop();
    }

    /** Waits until the socket can take a message, observing meanwhile. */
    void awaitWritable(SocketTap tap) {
        checkStop();
        tick();
        tap.awaitWritable(RunContext.TICK_MILLIS);
    }

    /** Waits up to one tick for the socket to have a message, observing meanwhile. */
    void awaitReadable(SocketTap tap) {
        checkStop();
        tick();
        tap.awaitReadable(RunContext.TICK_MILLIS);
    }

    /** Sends one message, waiting while the socket cannot take it (PUSH, DEALER, REQ at HWM). */
    void send(SocketTap tap, List<byte[]> frames) {
        send(tap, frames, true);
    }

    /**
     * Sends one message; {@code data} false for what is not application data (a subscription a
     * device passes upstream), which is not counted as sent.
     */
    void send(SocketTap tap, List<byte[]> frames, boolean data) {
        long id = 0;
        boolean traced = tap.beginTrace(true);
        if (traced) {
            id = run.nextMessageId();
        }
        while (!trySend(tap, frames)) {
            awaitWritable(tap);
        }
        if (data) {
            stats.sent.increment();
        }
        if (traced) {
            tap.endSendTrace(frames, id);
        }
        if (tap.pubTracker() != null) {
            tap.afterPublish(frames.get(0));
        }
    }

    private static boolean trySend(SocketTap tap, List<byte[]> frames) {
        int last = frames.size() - 1;
        if (!tap.socket.send(frames.get(0), last == 0 ? ZMQ.DONTWAIT : ZMQ.DONTWAIT | ZMQ.SNDMORE)) {
            return false;
        }
        for (int i = 1; i <= last; i++) {
            // After the first frame the rest of a message always goes through.
            tap.socket.send(frames.get(i), i == last ? 0 : ZMQ.SNDMORE);
        }
        return true;
    }

    /**
     * Sends a ROUTER message and tells whether it went anywhere: a ROUTER silently drops what it
     * cannot route (or, with ROUTER_MANDATORY, refuses it), so the counters tell.
     */
    void sendRouted(SocketTap tap, List<byte[]> frames) {
        long before = tap.totalWritten();
        try {
            send(tap, frames);
        } catch (ZMQException e) {
            if (e.getErrorCode() == zmq.ZError.EHOSTUNREACH) {
                stats.unroutable.increment();
                run.publish(new RunEvent.MessageDropped(run.clock(System.nanoTime()), node.id(), tap.socketId, null,
                        null, RunEvent.DropReason.UNROUTABLE, 1));
                return;
            }
            throw e;
        }
        if (tap.totalWritten() == before) {
            boolean known = tap.knowsRoutingId(frames.get(0));
            RunEvent.DropReason reason = known ? RunEvent.DropReason.HWM : RunEvent.DropReason.UNROUTABLE;
            (known ? stats.hwmDropped : stats.unroutable).increment();
            run.publish(new RunEvent.MessageDropped(run.clock(System.nanoTime()), node.id(), tap.socketId, null, null,
                    reason, 1));
        }
    }

    /** Receives one whole message if one is waiting, else null. */
    List<byte[]> tryReceive(SocketTap tap) {
        return tryReceive(tap, true);
    }

    /**
     * Receives one whole message if one is waiting, else null; {@code data} false for what is not
     * application data (an XPUB's subscriptions), which is not counted as received.
     */
    List<byte[]> tryReceive(SocketTap tap, boolean data) {
        boolean traced = tap.beginTrace(false);
        byte[] first = tap.socket.recv(ZMQ.DONTWAIT);
        if (first == null) {
            return null;
        }
        List<byte[]> frames = new ArrayList<>(2);
        frames.add(first);
        while (tap.socket.hasReceiveMore()) {
            frames.add(tap.socket.recv(0));
        }
        if (data) {
            stats.received.increment();
        }
        if (traced) {
            tap.endReceiveTrace(frames);
        }
        return frames;
    }

    /** Receives one whole message, waiting (and observing) as long as it takes or until stopped. */
    List<byte[]> receive(SocketTap tap) {
        return receive(tap, null, 0);
    }

    /** A REQ's reply to request number {@code request}, waited for within the run's patience. */
    List<byte[]> receiveReply(SocketTap tap, long request) {
        return receive(tap, ReplyPatience.forReply(run, controls().rateMultiplier(), node.id(), tap.socketId), request);
    }

    /**
     * A reply waited for at most as long as {@code wait} allows (paused time not counted); null when
     * none came in that time: the Lazy Pirate client's poll with a timeout.
     */
    List<byte[]> receiveWithin(SocketTap tap, ReplyPatience wait) {
        return receive(tap, wait, -1);
    }

    /**
     * With a patience and a request number, gives up (throws) when the patience is spent; with
     * request number -1, returns null then.
     */
    private List<byte[]> receive(SocketTap tap, ReplyPatience patience, long request) {
        while (true) {
            // Before every receive, not only when one times out: a steady stream never times out,
            // and a node fed faster than its receive timeout would never hear Kill.
            checkStop();
            boolean traced = tap.beginTrace(false);
            zmq.Msg first = tap.socket.base().recv(0);
            if (first == null) {
                failUnlessTimeout(tap);
                checkStop();
                tick();
                if (patience != null) {
                    if (request < 0) {
                        if (patience.spent(controls().paused())) {
                            return null;
                        }
                    } else {
                        patience.check(controls().paused(), request);
                    }
                }
                continue;
            }
            List<byte[]> frames = new ArrayList<>(2);
            frames.add(first.data());
            zmq.Msg part = first;
            while (part.hasMore()) {
                part = nextFrame(tap);
                frames.add(part.data());
            }
            stats.received.increment();
            if (traced) {
                tap.endReceiveTrace(frames);
            }
            return frames;
        }
    }

    /**
     * Receives one whole message and only counts it: the sink's path, which allocates nothing per
     * message unless the message is traced. Returns false when a tick passed without one.
     */
    boolean receiveAndCount(SocketTap tap) {
        checkStop(); // a steady stream never times out: see receive
        return receiveOneAndCount(tap);
    }

    /**
     * Up to {@code max} messages as {@link #receiveAndCount(SocketTap)}, in a loop small enough for
     * the JIT to compile on its own. Returns how many came, fewer than {@code max} when a tick passed
     * without one.
     */
    int receiveAndCount(SocketTap tap, int max) {
        for (int i = 0; i < max; i++) {
            // Each time: a trickle just under the receive timeout would otherwise hold a stop
            // for up to 64 of its gaps (two volatile reads, a fraction of a nanosecond here).
            checkStop();
            if (!receiveOneAndCount(tap)) {
                return i;
            }
        }
        return max;
    }

    private boolean receiveOneAndCount(SocketTap tap) {
        if (tap.tracing()) {
            receive(tap);
            return true;
        }
        zmq.Msg part = tap.socket.base().recv(0);
        if (part == null) {
            failUnlessTimeout(tap);
            checkStop();
            tick();
            return false;
        }
        while (part.hasMore()) {
            part = nextFrame(tap);
        }
        stats.received.increment();
        return true;
    }

    private static zmq.Msg nextFrame(SocketTap tap) {
        // The rest of a message has arrived with its first frame.
        zmq.Msg part;
        do {
            part = tap.socket.base().recv(0);
        } while (part == null && tap.socket.base().errno() == zmq.ZError.EAGAIN);
        if (part == null) {
            throw new ZMQException(tap.socket.base().errno());
        }
        return part;
    }

    private static void failUnlessTimeout(SocketTap tap) {
        int errno = tap.socket.base().errno();
        if (errno != zmq.ZError.EAGAIN) {
            throw new ZMQException(errno);
        }
    }

    /** After the behaviour is done: keep the sockets open (peers stay connected) until stopped. */
    private void idle() {
        while (true) {
            pauseNanos(RunContext.TICK_NANOS);
        }
    }
}
