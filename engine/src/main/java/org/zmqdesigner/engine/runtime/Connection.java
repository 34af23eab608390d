package org.zmqdesigner.engine.runtime;

import java.util.concurrent.atomic.AtomicLongArray;
import zmq.pipe.Pipe;

/**
 * One ZeroMQ connection between two sockets: over inproc a pair of pipes, over tcp a socket pipe,
 * two sessions and a TCP stream. Each side is registered by the thread that owns its socket.
 *
 * <p>Counts are per side and start at the side's baseline, because a connecting tcp socket keeps
 * one pipe across reconnects while every reconnect is a new connection.
 */
final class Connection {

    /** One end: a socket of a node of this run, with the pipe it uses for this connection. */
    static final class Side {
        final String node;
        final String socket;
        final org.zmqdesigner.engine.model.SocketType type;
        final Pipe pipe;
        final long writtenBase;
        final long readBase;
        /** The engine's view of this side: {@code self|peer} for tcp, null for inproc. */
        final String addresses;
        volatile boolean gone;

        Side(String node, String socket, org.zmqdesigner.engine.model.SocketType type, Pipe pipe,
             long writtenBase, long readBase, String addresses) {
            this.node = node;
            this.socket = socket;
            this.type = type;
            this.pipe = pipe;
            this.writtenBase = writtenBase;
            this.readBase = readBase;
            this.addresses = addresses;
        }

        /** Messages this side wrote into the connection. Safe from any thread (opaque read). */
        long written() {
            return Introspection.written(pipe) - writtenBase;
        }

        /** Messages this side read from the connection. Safe from any thread (opaque read). */
        long read() {
            return Introspection.read(pipe) - readBase;
        }

        String label() {
            return node + "/" + socket;
        }

        /** The other end's address as this side's engine saw it (tcp only). */
        String peerAddress() {
            return addresses == null ? null : addresses.substring(addresses.indexOf('|') + 1);
        }
    }

    /**
     * Send times of recent messages by sequence, so the receiving side can report latency and the
     * message id without any bytes on the wire. Bounded; old entries are overwritten.
     */
    static final class SendLog {
        private static final int SIZE = 4096;
        private final AtomicLongArray seqs = new AtomicLongArray(SIZE);
        private final long[] nanos = new long[SIZE];
        private final long[] ids = new long[SIZE];

        void record(long seq, long sentNanos, long messageId) {
            int slot = (int) (seq & (SIZE - 1));
            seqs.set(slot, -1);
            nanos[slot] = sentNanos;
            ids[slot] = messageId;
            seqs.set(slot, seq);
        }

        /** {sentNanos, messageId} for the sequence, or null when it was not traced or is overwritten. */
        long[] lookup(long seq) {
            int slot = (int) (seq & (SIZE - 1));
            if (seqs.get(slot) != seq) {
                return null;
            }
            long[] found = {nanos[slot], ids[slot]};
            return seqs.get(slot) == seq ? found : null;
        }
    }

    final String id;
    final boolean tcp;
    private volatile Side first;
    private volatile Side second;
    private volatile String link;
    private volatile String externalAddress;
    /** The node of the design at the far end when it runs in another process ({@code --only}). */
    private volatile String elsewhere;
    final long openedNanos;
    volatile boolean closed;
    final SendLog firstToSecond = new SendLog();
    final SendLog secondToFirst = new SendLog();

    Connection(String id, boolean tcp, Side first, long openedNanos) {
        this.id = id;
        this.tcp = tcp;
        this.first = first;
        this.openedNanos = openedNanos;
    }

    Side first() {
        return first;
    }

    Side second() {
        return second;
    }

    synchronized void join(Side side) {
        if (first == null) {
            first = side;
        } else if (second == null && first != side) {
            second = side;
        }
    }

    boolean complete() {
        return first != null && second != null;
    }

    Side other(Side side) {
        return side == first ? second : first;
    }

    SendLog logFrom(Side sender) {
        return sender == first ? firstToSecond : secondToFirst;
    }

    String link() {
        return link;
    }

    void link(String value) {
        link = value;
    }

    String externalAddress() {
        return externalAddress;
    }

    void externalAddress(String value) {
        externalAddress = value;
    }

    boolean external() {
        return externalAddress != null;
    }

    String elsewhere() {
        return elsewhere;
    }

    void elsewhere(String node) {
        elsewhere = node;
    }
}
