package org.zmqdesigner.engine.runtime;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.zeromq.ZMQ;
import org.zmqdesigner.engine.event.RunEvent;
import org.zmqdesigner.engine.model.SocketType;
import zmq.pipe.Pipe;

/**
 * Watches one socket from the thread that owns it, without changing a byte on the wire.
 *
 * <p>Every tick it lists the socket's pipes, registers new connections and reports each
 * connection's traffic since the last tick as one {@link RunEvent.Flow}. A message is identified
 * individually only while the socket's trace budget lasts: the counters of its pipes are read
 * just before and after the send or receive, and the pipe whose counter moved is the connection
 * it went through; its new count is the message's sequence on that connection. Beyond the budget
 * (high rates) only the per-tick flow is reported, which costs nothing per message.
 */
final class SocketTap {

    /**
     * Traced messages per second per socket; more would cost more than the messages. A run with
     * many sockets gives each less (see {@link RunContext#RUN_TRACE_PER_SECOND}).
     */
    static final int TRACE_PER_SECOND = 500;

    private static final class Tracked {
        final Connection connection;
        final Connection.Side side;
        long flowWritten;
        long flowRead;
        /** Seen to complete its ZeroMQ handshake (tcp); only such a connection can be an outside program. */
        boolean handshaken;

        Tracked(Connection connection, Connection.Side side) {
            this.connection = connection;
            this.side = side;
        }
    }

    final String node;
    final String socketId;
    final SocketType type;
    final ZMQ.Socket socket;
    private final RunContext run;
    private final Map<Pipe, Tracked> tracked = new IdentityHashMap<>();
    private Pipe[] pipes = new Pipe[0];
    /**
     * The pipes whose counters {@link #beginTrace} noted, in {@link #before}: a send or receive
     * may wait, and a tick meanwhile may attach or drop pipes and replace {@link #pipes}.
     */
    private Pipe[] traced = new Pipe[0];
    private long[] before = new long[0];
    private int budget = TRACE_PER_SECOND / 50;
    private PubLossTracker pubTracker;
    private byte[] lastFirstFrame;

    SocketTap(String node, String socketId, SocketType type, ZMQ.Socket socket, RunContext run) {
        this.node = node;
        this.socketId = socketId;
        this.type = type;
        this.socket = socket;
        this.run = run;
    }

    private ZMQ.Poller inPoller;
    private ZMQ.Poller outPoller;

    void pollers(ZMQ.Poller in, ZMQ.Poller out) {
        inPoller = in;
        outPoller = out;
        inPoller.register(socket, ZMQ.Poller.POLLIN);
        outPoller.register(socket, ZMQ.Poller.POLLOUT);
    }

    void awaitReadable(long millis) {
        inPoller.poll(millis);
    }

    void awaitWritable(long millis) {
        outPoller.poll(millis);
    }

    void closePollers() {
        if (inPoller != null) {
            inPoller.close();
            outPoller.close();
            inPoller = null;
            outPoller = null;
        }
    }

    void pubTracker(PubLossTracker tracker) {
        this.pubTracker = tracker;
    }

    PubLossTracker pubTracker() {
        return pubTracker;
    }

    /** Connections this socket has now (attached pipes). */
    int peers() {
        socket.getEvents();
        return Introspection.pipes(socket).length;
    }

    /** Lists pipes, registers new connections, reports flows. Called about every 20 ms. */
    void tick(long now) {
        budget = run.tracesPerTick();
        refresh(now);
        for (Tracked t : tracked.values()) {
            checkExternal(t, now);
            if (unknownPeer(t, now)) {
                // A binding side learns its connection's link only when the other side registers;
                // what it wrote meanwhile is told with the link once known (or once the peer is
                // known to be outside), so the first burst is not lost to "no link".
                continue;
            }
            long w = t.side.written();
            long r = t.side.read();
            if (w != t.flowWritten || r != t.flowRead) {
                run.publish(new RunEvent.Flow(run.clock(now), t.connection.id, t.connection.link(), node,
                        peer(t), w - t.flowWritten, r - t.flowRead));
                t.flowWritten = w;
                t.flowRead = r;
            }
        }
        if (!unnamed.isEmpty()) {
            tellUnnamed(now, false);
        }
        if (pubTracker != null) {
            pubTracker.tick();
        }
    }

    /** Who is at the other end of a tracked connection, as far as this run knows now. */
    private static RunEvent.Peer peer(Tracked t) {
        Connection.Side other = t.connection.other(t.side);
        if (other != null) {
            return new RunEvent.Peer.InDesign(other.node);
        }
        if (t.connection.elsewhere() != null) {
            return new RunEvent.Peer.InDesign(t.connection.elsewhere());
        }
        String address = t.connection.externalAddress();
        return address == null ? new RunEvent.Peer.Unidentified(t.side.peerAddress())
                : new RunEvent.Peer.Outside(address);
    }

    /** A tcp connection whose other end is not known yet, within the grace for finding it. */
    private static boolean unknownPeer(Tracked t, long now) {
        Connection c = t.connection;
        return c.tcp && !c.complete() && !c.external() && c.elsewhere() == null
                && now - c.openedNanos <= RunContext.EXTERNAL_GRACE_NANOS;
    }

    private void checkExternal(Tracked t, long now) {
        Connection c = t.connection;
        if (c.tcp && !t.handshaken) {
            t.handshaken = Introspection.handshaken(t.side.pipe) || t.side.read() > 0;
        }
        if (t.handshaken && c.tcp && !c.complete() && !c.external() && c.elsewhere() == null
                && now - c.openedNanos > RunContext.EXTERNAL_GRACE_NANOS
                && !run.registry().linkToElsewhere(c, t.side, run.localNodes())) {
            String address = t.side.peerAddress();
            c.externalAddress(address);
            run.publish(new RunEvent.ExternalPeer(run.clock(now), node, socketId, address, true));
        }
    }

    /** Re-reads the pipe list; new pipes become connections, vanished ones are closed. */
    private void refresh(long now) {
        // New connections attach, and closed ones detach, only when the socket processes its
        // commands, which it does on entering the library: make it, so the pipe list is current.
        socket.getEvents();
        Pipe[] current = Introspection.pipes(socket);
        for (Pipe pipe : current) {
            Tracked t = tracked.get(pipe);
            boolean inproc = Introspection.isInproc(pipe);
            String addresses = inproc ? null : Introspection.tcpAddresses(pipe);
            if (!inproc && addresses == null) {
                continue; // a connecting tcp pipe without a connection yet
            }
            if (t != null && (inproc || addresses.equals(t.side.addresses))) {
                continue;
            }
            if (t != null) {
                close(t, now); // reconnected: the same pipe now carries a new connection
            }
            long writtenBase = 0;
            long readBase = 0;
            if (!inproc && t != null) {
                // What the session already took or gave belongs to the earlier connections.
                Pipe sessionPipe = Introspection.peer(pipe);
                writtenBase = Introspection.read(sessionPipe);
                readBase = Introspection.written(sessionPipe);
            }
            Connection.Side side = new Connection.Side(node, socketId, type, pipe, writtenBase, readBase, addresses);
            Connection connection = run.registry().register(side, now);
            tracked.put(pipe, new Tracked(connection, side));
            if (inproc) {
                run.publish(new RunEvent.ConnectionChanged(run.clock(now), node, socketId, connection.link(),
                        null, null, RunEvent.ConnectionState.CONNECTED, "inproc"));
            }
            if (pubTracker != null) {
                pubTracker.bind(side, connection);
                pubTracker.onNewPipe(pipe, side, lastFirstFrame);
            }
        }
        if (tracked.size() != current.length || pipes.length != current.length) {
            List<Pipe> gone = new ArrayList<>();
            for (Pipe pipe : tracked.keySet()) {
                if (!contains(current, pipe)) {
                    gone.add(pipe);
                }
            }
            for (Pipe pipe : gone) {
                close(tracked.remove(pipe), now);
            }
        }
        pipes = current;
    }

    /**
     * Tells the connection's end and retires this side. Retiring happens whatever the telling
     * does: a connection left unretired would count as open, and in the report, forever.
     */
    private void close(Tracked t, long now) {
        try {
            tellClosed(t, now);
        } finally {
            run.registry().retire(t.connection, t.side);
            if (pubTracker != null) {
                pubTracker.onPipeGone(t.side.pipe);
            }
        }
    }

    private void tellClosed(Tracked t, long now) {
        Connection c = t.connection;
        if (c.tcp && !t.handshaken) {
            // At close the engine may be gone already; a message read proves the handshake too.
            t.handshaken = Introspection.handshaken(t.side.pipe) || t.side.read() > 0;
        }
        if (c.tcp && t.handshaken && !c.complete() && !c.external() && c.elsewhere() == null
                && t.side.peerAddress() != null && !run.registry().linkToElsewhere(c, t.side, run.localNodes())) {
            // A connection that ends before the grace period ran out had no peer in this run either
            // (one that never completed its handshake was refused, and is counted as such).
            c.externalAddress(t.side.peerAddress());
            run.publish(new RunEvent.ExternalPeer(run.clock(now), node, socketId, c.externalAddress(), true));
        }
        long w = t.side.written();
        long r = t.side.read();
        if (w != t.flowWritten || r != t.flowRead) {
            run.publish(new RunEvent.Flow(run.clock(now), t.connection.id, t.connection.link(), node,
                    peer(t), w - t.flowWritten, r - t.flowRead));
        }
        if (!t.connection.tcp) {
            run.publish(new RunEvent.ConnectionChanged(run.clock(now), node, socketId, t.connection.link(), null,
                    null, RunEvent.ConnectionState.DISCONNECTED, "inproc"));
        }
        if (t.connection.external()) {
            run.publish(new RunEvent.ExternalPeer(run.clock(now), node, socketId, t.connection.externalAddress(),
                    false));
        }
    }

    private static boolean contains(Pipe[] pipes, Pipe pipe) {
        for (Pipe p : pipes) {
            if (p == pipe) {
                return true;
            }
        }
        return false;
    }

    /**
     * After every message sent on a publishing socket with subscribers to watch. While one of them
     * has not joined, new connections are looked for at once, so a join is seen at its message.
     * A pipe is new when this tap does not track it: comparing counts is not enough, since a
     * restarted subscriber's old pipe may go, unseen, in the same sends that attach its new one.
     */
    void afterPublish(byte[] first) {
        pubTracker.onSent(first);
        if (pubTracker.watching() && Introspection.hasPipeOutside(socket, tracked)) {
            lastFirstFrame = first;
            refresh(System.nanoTime());
            lastFirstFrame = null;
        }
    }

    /** Whether a message now would be traced (the budget of this tick is not spent). */
    boolean tracing() {
        return budget > 0;
    }

    /** Whether the next message should be traced; if so, remembers the counters to compare. */
    boolean beginTrace(boolean sending) {
        if (budget <= 0) {
            return false;
        }
        budget--;
        refresh(System.nanoTime());
        traced = pipes;
        if (before.length < traced.length) {
            before = new long[traced.length];
        }
        for (int i = 0; i < traced.length; i++) {
            before[i] = sending ? Introspection.written(traced[i]) : Introspection.read(traced[i]);
        }
        return true;
    }

    /** After a traced send: one event per connection the message went into. */
    void endSendTrace(List<byte[]> frames, long messageId) {
        long now = System.nanoTime();
        Pipe[] known = traced;
        boolean told = false;
        for (int i = 0; i < known.length; i++) {
            if (Introspection.written(known[i]) > before[i]) {
                told |= tellSent(tracked.get(known[i]), frames, messageId, now);
            }
        }
        if (!told && pubTracker == null) {
            // A send that waited for its first peer (a PUSH with none yet) went into a pipe that
            // attached meanwhile, in a tick or inside the send itself: everything such a pipe
            // carries is new. (A publisher's new pipes are looked at by afterPublish, which tells
            // its loss tracker the message.) Before, such a first message went untraced, and when
            // a tick had replaced the pipe list during the wait the node crashed reading a counter
            // it never noted (CanvasBench: sources start before their sinks connect).
            refresh(now);
            for (Pipe pipe : pipes) {
                if (!contains(known, pipe) && Introspection.written(pipe) > 0) {
                    tellSent(tracked.get(pipe), frames, messageId, now);
                }
            }
        }
    }

    /** Tells one connection's part of a traced send; false when the pipe is not tracked. */
    private boolean tellSent(Tracked t, List<byte[]> frames, long messageId, long now) {
        if (t == null) {
            return false;
        }
        long seq = t.side.written();
        t.connection.logFrom(t.side).record(seq, now, messageId);
        run.publish(new RunEvent.MessageSent(run.clock(now), messageId, node, socketId, t.connection.id,
                t.connection.link(), peer(t), seq, frames));
        return true;
    }

    /**
     * After a traced receive: the event that matches the sender's by connection and sequence.
     * A blocking receive may take a connection's first message from a pipe that attached while
     * it waited, after the counters were noted: such a pipe is looked for among the new ones
     * (every message it read is new), or an outside client's first request would go untold.
     */
    void endReceiveTrace(List<byte[]> frames) {
        long now = System.nanoTime();
        Pipe[] known = traced;
        for (int i = 0; i < known.length; i++) {
            if (Introspection.read(known[i]) > before[i] && reportReceive(tracked.get(known[i]), frames, now)) {
                return;
            }
        }
        refresh(now);
        for (Pipe pipe : pipes) {
            if (!contains(known, pipe) && Introspection.read(pipe) > 0 && reportReceive(tracked.get(pipe), frames, now)) {
                return;
            }
        }
    }

    private boolean reportReceive(Tracked t, List<byte[]> frames, long now) {
        if (t == null) {
            return false;
        }
        long seq = t.side.read();
        if (t.connection.tcp && peer(t) instanceof RunEvent.Peer.Unidentified && unnamed.size() < MAX_UNNAMED) {
            // Nobody can tell yet who sent it: the far side registers within a tick if it is a node
            // of this run, or is called outside after the grace period. Told then, with its sender.
            unnamed.add(new Unnamed(t, seq, now, frames));
            return true;
        }
        tellReceived(t, seq, now, frames);
        return true;
    }

    private void tellReceived(Tracked t, long seq, long nanos, List<byte[]> frames) {
        Connection.Side sender = t.connection.other(t.side);
        long[] sent = sender == null ? null : t.connection.logFrom(sender).lookup(seq);
        // A message whose send was not traced (an outside sender, or over the budget) gets an id of
        // its own: the trace must never show two messages under one id.
        long id = sent == null ? run.nextMessageId() : sent[1];
        run.publish(new RunEvent.MessageReceived(run.clock(nanos), id, node, socketId, t.connection.id,
                t.connection.link(), peer(t), seq, sent == null ? 0 : run.clock(sent[0]), frames));
    }

    /** A received message whose sender was not known when it was read. */
    private record Unnamed(Tracked tracked, long seq, long nanos, List<byte[]> frames) {
    }

    /** At most this many wait for their sender to be known; more are told at once, sender unknown. */
    static final int MAX_UNNAMED = 64;
    private final java.util.ArrayDeque<Unnamed> unnamed = new java.util.ArrayDeque<>();

    /** Tells the waiting receives whose sender is now known, or whose wait is over. */
    private void tellUnnamed(long now, boolean all) {
        for (java.util.Iterator<Unnamed> it = unnamed.iterator(); it.hasNext(); ) {
            Unnamed u = it.next();
            boolean known = !(peer(u.tracked()) instanceof RunEvent.Peer.Unidentified);
            boolean waitedEnough = now - u.nanos() > RunContext.EXTERNAL_GRACE_NANOS + RunContext.TICK_NANOS;
            if (all || known || waitedEnough) {
                it.remove();
                tellReceived(u.tracked(), u.seq(), u.nanos(), u.frames());
            }
        }
    }

    /** Sum of messages written into all connections, for drop detection around one send. */
    long totalWritten() {
        long sum = 0;
        for (Pipe pipe : Introspection.pipes(socket)) {
            sum += Introspection.written(pipe);
        }
        return sum;
    }

    /** Whether a connected peer announced this routing id (a ROUTER's outbound choice). */
    boolean knowsRoutingId(byte[] id) {
        for (Pipe pipe : Introspection.pipes(socket)) {
            zmq.util.Blob identity = pipe.getIdentity();
            if (identity != null && java.util.Arrays.equals(identity.data(), id)) {
                return true;
            }
        }
        return false;
    }

    /** Closes every connection this tap knows, at the end of its socket. */
    void closeAll(long now) {
        tellUnnamed(now, true);
        RuntimeException first = null;
        for (Tracked t : new ArrayList<>(tracked.values())) {
            try {
                close(t, now);
            } catch (RuntimeException e) {
                first = first == null ? e : first; // the others must still be retired
            }
        }
        tracked.clear();
        if (first != null) {
            throw first;
        }
    }
}
