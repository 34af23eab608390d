package org.zmqdesigner.engine.runtime;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import zmq.pipe.Pipe;

/**
 * Counts, on a publishing socket's own thread, what its subscribers in the topology lose.
 *
 * <p>A subscriber has <em>joined</em> a publisher when the first message is written into its
 * connection's pipe: from then on ZeroMQ holds its subscription. Messages matching its filter that
 * the publisher sent after the subscriber started and before it joined are <em>slow-joiner</em>
 * losses. After it joined, a matching message not written into its pipe was dropped because the
 * pipe was full: an <em>HWM</em> loss. Messages the filter rejects are never losses. Subscribers
 * outside the topology have filters the engine does not know, so their losses are not counted.
 *
 * <p>Cost: while some subscriber is started but not joined, each send compares a few counters;
 * once all have joined, each send only updates one match counter per subscriber.
 */
final class PubLossTracker {

    /** One SUB socket of the topology linked to this publisher. */
    static final class Watch {
        final String node;
        final String socket;
        final byte[][] filters;
        final boolean matchesAll;
        final SubscriberLife life;
        long epochSeen = -1;
        boolean joined;
        long candidates;
        long matchedAfterJoin;
        Connection.Side side;
        volatile long slowJoinerLosses;
        volatile long hwmLosses;
        private long slowJoinerBefore;
        private long hwmBefore;

        Watch(String node, String socket, byte[][] filters, SubscriberLife life) {
            this.node = node;
            this.socket = socket;
            this.filters = filters;
            this.life = life;
            boolean all = false;
            for (byte[] f : filters) {
                all |= f.length == 0;
            }
            this.matchesAll = all;
        }

        boolean matches(byte[] frame) {
            if (matchesAll) {
                return true;
            }
            outer:
            for (byte[] f : filters) {
                if (f.length > frame.length) {
                    continue;
                }
                for (int i = 0; i < f.length; i++) {
                    if (f[i] != frame[i]) {
                        continue outer;
                    }
                }
                return true;
            }
            return false;
        }
    }

    private final List<Watch> watches;
    private final Map<Pipe, Connection.Side> fresh = new IdentityHashMap<>();
    private final Map<Pipe, long[]> pending = new IdentityHashMap<>();
    private final Map<Pipe, Watch> joinedBy = new IdentityHashMap<>();

    PubLossTracker(List<Watch> watches) {
        this.watches = List.copyOf(watches);
    }

    List<Watch> watches() {
        return watches;
    }

    boolean isEmpty() {
        return watches.isEmpty();
    }

    /** A new connection of the publishing socket; it joins at its first written message. */
    void onNewPipe(Pipe pipe, Connection.Side side, byte[] justSent) {
        if (side.written() == 0) {
            fresh.put(pipe, side);
        } else {
            // It joined while attaching, with the message just sent (or, seen late, earlier).
            pending.put(pipe, snapshot(justSent));
            attribute(pipe, side);
        }
    }

    /** Whether some started subscriber has not joined yet: joins must then be caught per message. */
    boolean watching() {
        for (Watch w : watches) {
            if (!w.joined && w.life.running()) {
                return true;
            }
        }
        return false;
    }

    void onPipeGone(Pipe pipe) {
        fresh.remove(pipe);
        pending.remove(pipe);
        Watch w = joinedBy.remove(pipe);
        if (w != null) {
            settleHwm(w);
            w.hwmBefore = w.hwmLosses;
            w.joined = false;
            w.side = null;
        }
    }

    /** Called after each message the socket sent; {@code first} is its first frame. */
    void onSent(byte[] first) {
        for (Watch w : watches) {
            long epoch = w.life.epoch();
            if (epoch != w.epochSeen) {
                // A new incarnation of the subscriber: it joins afresh.
                w.epochSeen = epoch;
                w.slowJoinerBefore = w.slowJoinerLosses;
                w.candidates = 0;
                w.joined = false;
            }
            if (!w.life.running()) {
                continue;
            }
            if (w.matches(first)) {
                if (w.joined) {
                    w.matchedAfterJoin++;
                } else {
                    w.candidates++;
                    w.slowJoinerLosses = w.slowJoinerBefore + w.candidates;
                }
            }
        }
        if (!fresh.isEmpty()) {
            List<Pipe> joinedNow = new ArrayList<>();
            for (Map.Entry<Pipe, Connection.Side> e : fresh.entrySet()) {
                if (e.getValue().written() > 0) {
                    joinedNow.add(e.getKey());
                }
            }
            for (Pipe pipe : joinedNow) {
                Connection.Side side = fresh.remove(pipe);
                pending.put(pipe, snapshot(first));
                attribute(pipe, side);
            }
        }
    }

    /** Candidates per watch before the message that joined (which was delivered, not lost). */
    private long[] snapshot(byte[] joiningMessage) {
        long[] out = new long[watches.size()];
        for (int i = 0; i < out.length; i++) {
            Watch w = watches.get(i);
            boolean counted = joiningMessage != null && !w.joined && w.life.running() && w.matches(joiningMessage);
            out[i] = w.candidates - (counted ? 1 : 0);
        }
        return out;
    }

    /** Matches a joined pipe to its subscriber once the registry knows the other side. */
    private void attribute(Pipe pipe, Connection.Side side) {
        long[] snap = pending.get(pipe);
        if (snap == null || side == null) {
            return;
        }
        Connection connection = findConnection(side);
        Connection.Side other = connection == null ? null : connection.other(side);
        if (other == null) {
            return;
        }
        for (int i = 0; i < watches.size(); i++) {
            Watch w = watches.get(i);
            if (w.node.equals(other.node) && w.socket.equals(other.socket) && !w.joined) {
                // Everything that matched since the joining message was sent after the join.
                long sinceJoin = Math.max(0, w.candidates - snap[i] - 1);
                w.slowJoinerLosses = w.slowJoinerBefore + snap[i];
                w.joined = true;
                w.matchedAfterJoin = sinceJoin;
                w.side = side;
                joinedBy.put(pipe, w);
                pending.remove(pipe);
                return;
            }
        }
        pending.remove(pipe); // an external subscriber: its filter is unknown here
    }

    private final Map<Connection.Side, Connection> connections = new IdentityHashMap<>();

    void bind(Connection.Side side, Connection connection) {
        connections.put(side, connection);
    }

    private Connection findConnection(Connection.Side side) {
        return connections.get(side);
    }

    /** Retries attributions and settles HWM losses; on the publisher's thread, once per tick. */
    void tick() {
        for (Pipe pipe : new ArrayList<>(pending.keySet())) {
            Connection.Side side = null;
            for (Connection.Side s : connections.keySet()) {
                if (s.pipe == pipe) {
                    side = s;
                }
            }
            attribute(pipe, side);
        }
        for (Watch w : watches) {
            if (w.joined && w.side != null) {
                settleHwm(w);
            }
        }
    }

    private void settleHwm(Watch w) {
        if (w.side == null) {
            return;
        }
        long expected = 1 + w.matchedAfterJoin;
        long lost = Math.max(0, expected - w.side.written());
        w.hwmLosses = w.hwmBefore + lost;
    }
}
