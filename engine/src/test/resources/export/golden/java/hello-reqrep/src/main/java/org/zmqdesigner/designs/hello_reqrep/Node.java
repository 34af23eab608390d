package org.zmqdesigner.designs.hello_reqrep;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * What every node of this program shares: its thread, its sockets with the safe defaults, its counts and its end.
 *
 * <p>All nodes share one {@link ZContext}, because inproc only connects sockets of one context. A node runs {@link #work()} on its own thread. It stops when the program terminates the context: every blocking call then ends with ETERM, as in the zguide's interrupt example, and the node closes its own sockets.
 */
public abstract class Node implements Runnable {
    /**
     * The largest message a socket accepts (ZMQ_MAXMSGSIZE, 1 MiB): a stranger announcing a 2 GB frame is disconnected before anything is allocated.
     */
    static final int MAX_MSG_SIZE = 1048576;

    /**
     * How long a new connection may take to say who it is (ZMQ_HANDSHAKE_IVL): a silent peer does not hold a connection for 30 s.
     */
    static final int HANDSHAKE_MILLIS = 2000;

    /**
     * How long closing waits for unsent messages (ZMQ_LINGER): 0, so stopping never hangs on a peer that is gone.
     */
    static final int LINGER_MILLIS = 0;

    /**
     * The program's one context.
     */
    protected final ZContext context;

    /**
     * Random numbers for payloads ({rand}, {pick}).
     */
    protected final Random random = new Random();

    /**
     * Messages sent and received, counted by the node's own thread.
     */
    protected volatile long sent;

    protected volatile long received;

    private final String id;

    private final long startDelayMillis;

    private final List<ZMQ.Socket> sockets = new ArrayList<>();

    private final CountDownLatch stopped = new CountDownLatch(1);

    private final CountDownLatch finished = new CountDownLatch(1);

    private final CountDownLatch ready = new CountDownLatch(1);

    private volatile String state = "waiting";

    private volatile long startNanos;

    private volatile long endNanos;

    protected Node(ZContext context, String id, long startDelayMillis) {
        this.context = context;
        this.id = id;
        this.startDelayMillis = startDelayMillis;
    }

    /**
     * What the node does: open its sockets, then its loop.
     */
    protected abstract void work();

    @Override
    public final void run() {
        try {
            if (startDelayMillis > 0) {
                // A late joiner: this node starts after the others
                pause(startDelayMillis);
            }
            if (stopping()) {
                return;
            }
            state = "running";
            startNanos = System.nanoTime();
            work();
            if (!stopping() && state.equals("running")) {
                state = "done";
            }
            endNanos = System.nanoTime();
            finished.countDown();
            // Keep the sockets open until the program stops, so that what is queued still goes out
            pause(Long.MAX_VALUE);
        } catch (RuntimeException e) {
            // While stopping, the calls that end with ETERM are the stop itself
            if (!stopping()) {
                state = "crashed: " + e.getMessage();
                System.out.println(id + ": " + e);
            }
        } finally {
            if (endNanos == 0) {
                endNanos = System.nanoTime();
            }
            if (state.equals("running") || state.equals("waiting")) {
                state = "stopped";
            }
            for (ZMQ.Socket socket : List.copyOf(sockets)) {
                close(socket);
            }
            ready.countDown();
            finished.countDown();
        }
    }

    /**
     * A new socket of this node, with the options every socket of this program gets first; the design's own options are set after.
     */
    protected final ZMQ.Socket open(SocketType type) {
        ZMQ.Socket socket = context.createSocket(type);
        socket.setMaxMsgSize(MAX_MSG_SIZE);
        socket.setHandshakeIvl(HANDSHAKE_MILLIS);
        socket.setLinger(LINGER_MILLIS);
        sockets.add(socket);
        return socket;
    }

    /**
     * Closes one of this node's sockets before the end (Lazy Pirate's old socket).
     */
    protected final void close(ZMQ.Socket socket) {
        sockets.remove(socket);
        socket.close();
    }

    /**
     * Sleeps, or less when the program stops meanwhile.
     */
    protected final void pause(long millis) {
        try {
            stopped.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Waits until the next message is due, one interval after the last one was: a schedule, so that sleeps that oversleep do not slow the rate. The first message is due at once; after a stall of more than a second the schedule starts afresh instead of bursting to catch up. Returns when this message was due.
     */
    protected final long pace(long lastDue, long intervalNanos) {
        long now = System.nanoTime();
        if (lastDue == 0 || now - (lastDue + intervalNanos) > 1_000_000_000L) {
            return now;
        }
        long due = lastDue + intervalNanos;
        if (due - now > 0) {
            try {
                stopped.await(due - now, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return due;
    }

    /**
     * Says the node's sockets are bound and connected: Main starts the nodes that connect once the nodes that bind are ready.
     */
    protected final void ready() {
        ready.countDown();
    }

    /**
     * Waits until the node's sockets are up (or its work is over).
     */
    public final boolean awaitReady(long millis) throws InterruptedException {
        return ready.await(millis, TimeUnit.MILLISECONDS);
    }

    /**
     * Ends the node's work in words: a client that gives up, as lpclient does.
     */
    protected final void gaveUp(String why) {
        state = "gave up: " + why;
        System.out.println(id + ": E: " + why);
    }

    /**
     * Whether this node counts its messages; a device passing them with ZMQ.proxy cannot.
     */
    protected boolean counted() {
        return true;
    }

    public final String id() {
        return id;
    }

    public final long sent() {
        return sent;
    }

    public final long received() {
        return received;
    }

    public final String state() {
        return state;
    }

    public final long startDelayMillis() {
        return startDelayMillis;
    }

    public final boolean stopping() {
        return stopped.getCount() == 0;
    }

    /**
     * Tells the node to stop; terminating the context ends its blocking calls.
     */
    public final void stop() {
        stopped.countDown();
    }

    /**
     * Waits until the node's work is over (done, gave up, crashed or stopped).
     */
    public final boolean awaitFinished(long millis) throws InterruptedException {
        return finished.await(millis, TimeUnit.MILLISECONDS);
    }

    /**
     * One line for the summary the program prints when it stops.
     */
    public final String summary() {
        long end = endNanos != 0 ? endNanos : System.nanoTime();
        double seconds = startNanos == 0 ? 0 : (end - startNanos) / 1e9;
        if (!counted()) {
            return String.format(Locale.ROOT, "%-16s passes messages with ZMQ.proxy, which does not count them; %s after %.1f s", id, state, seconds);
        }
        return String.format(Locale.ROOT, "%-16s sent %d, received %d; %s after %.1f s", id, sent, received, state, seconds);
    }
}
