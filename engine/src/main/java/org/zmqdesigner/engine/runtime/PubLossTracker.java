package org.zmqdesigner.engine.runtime;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
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
 * <p>Cost per message: while a started subscriber has not joined, or one filters by prefix, a
 * short loop; once every subscriber has joined and takes everything, one counter and one
 * volatile read. Matches of a take-everything subscriber are derived from the message total.
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
        boolean running;
        boolean joined;
        long candidates;
        long joinTotal;
        long matchedAfterJoin;
        Connection.Side side;
        volatile long slowJoinerLosses;
        volatile long hwmLosses;
        /**
         * Matching messages sent while the subscriber's node was not running (before it started,
         * or after it stopped): it could never get them, and they are not losses of ZeroMQ's.
         */
        volatile long sentWhileAway;
        private long awayMatched;
        private long awayFrom;
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

        /** {@link #sentWhileAway} as of the given message total. */
        long awayAsOf(long total) {
            return matchesAll ? awayMatched + (running ? 0 : total - awayFrom) : awayMatched;
        }

        /**
         * Matching messages after the joining one that the subscriber was there for: up to the
         * message total at which it was seen to stop, if it did (what came after is away).
         */
        long matchedSinceJoin(long total) {
            return matchesAll ? (running ? total : Math.max(joinTotal, awayFrom)) - joinTotal : matchedAfterJoin;
        }
    }

    /** A pipe that got its first message before the engine knew whose it is. */
    private record Pending(long[] candidates, long total) {
    }

    /** Told of every batch of HWM drops as the publisher's tick finds them. */
    interface DropListener {
        void dropped(Watch watch, Connection connection, long count);
    }

    private final Watch[] watches;
    private final LongSupplier generation;
    private DropListener listener = (w, c, n) -> { };
    private long seenGeneration = Long.MIN_VALUE;
    private boolean slowPath = true;
    private boolean joining;
    private long total;
    private final Map<Pipe, Connection.Side> fresh = new IdentityHashMap<>();
    private final Map<Pipe, Pending> pending = new IdentityHashMap<>();
    private final Map<Pipe, Watch> joinedBy = new IdentityHashMap<>();
    private final Map<Pipe, Connection> connections = new IdentityHashMap<>();

    PubLossTracker(List<Watch> watches, LongSupplier generation) {
        this.watches = watches.toArray(new Watch[0]);
        this.generation = generation;
    }

    void onDrops(DropListener value) {
        listener = value;
    }

    List<Watch> watches() {
        return List.of(watches);
    }

    /**
     * Whether some started subscriber has not joined yet: joins must then be caught per message.
     * Asked after every message, so kept as a field wherever a subscriber starts, stops or joins.
     */
    boolean watching() {
        return joining;
    }

    void bind(Connection.Side side, Connection connection) {
        connections.put(side.pipe, connection);
    }

    /** A new connection of the publishing socket; it joins at its first written message. */
    void onNewPipe(Pipe pipe, Connection.Side side, byte[] justSent) {
        if (side.written() == 0) {
            fresh.put(pipe, side);
        } else {
            // It joined while attaching, with the message just sent (or, seen late, earlier).
            pending.put(pipe, new Pending(snapshot(justSent), total));
            attribute(pipe, side);
        }
    }

    void onPipeGone(Pipe pipe) {
        fresh.remove(pipe);
        pending.remove(pipe);
        connections.remove(pipe);
        Watch w = joinedBy.remove(pipe);
        if (w != null) {
            settleHwm(w, total);
            w.hwmBefore = w.hwmLosses;
            // A next connection (a tcp reconnect of the same incarnation) joins afresh: what it
            // misses is counted from here, and the last join's delivered message stays delivered.
            w.slowJoinerBefore = w.slowJoinerLosses;
            w.candidates = 0;
            w.joined = false;
            w.side = null;
            updatePath();
        }
    }

    /**
     * Called after each message the socket sent; {@code first} is its first frame. Once every
     * subscriber has joined and takes everything, this is a count and a compare, small enough for
     * the compiler to inline into the send; the rest is {@link #attend}.
     */
    void onSent(byte[] first) {
        total++;
        if (slowPath || generation.getAsLong() != seenGeneration || !fresh.isEmpty()) {
            attend(first);
        }
    }

    /** What a message means while a subscriber joins, filters, starts or stops. */
    private void attend(byte[] first) {
        long g = generation.getAsLong();
        if (g != seenGeneration) {
            seenGeneration = g;
            refreshLives();
        }
        if (slowPath) {
            for (int i = 0; i < watches.length; i++) {
                Watch w = watches[i];
                if (!w.running) {
                    if (!w.matchesAll && w.matches(first)) {
                        w.awayMatched++;
                    }
                    continue;
                }
                if (!w.matches(first)) {
                    continue;
                }
                if (w.joined) {
                    w.matchedAfterJoin++;
                } else {
                    w.candidates++;
                    w.slowJoinerLosses = w.slowJoinerBefore + shownCandidates(i, w);
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
                pending.put(pipe, new Pending(snapshot(first), total));
                attribute(pipe, side);
            }
        }
    }

    /**
     * The candidates that may be shown as lost now. While a pipe has joined but is not yet known to
     * be this subscriber's (the registry has not seen its other side), what went by after that join
     * may well have been delivered: the count stays at the join's snapshot until the pipe is
     * attributed, instead of climbing (at full speed, to every message sent) and falling back.
     */
    private long shownCandidates(int index, Watch w) {
        long shown = w.candidates;
        for (Pending p : pending.values()) {
            shown = Math.min(shown, p.candidates()[index]);
        }
        return shown;
    }

    /** A subscriber started or stopped somewhere in the run: see which of ours. */
    private void refreshLives() {
        for (Watch w : watches) {
            long epoch = w.life.epoch();
            if (epoch != w.epochSeen) {
                // A new incarnation of the subscriber: the old one's connection is done with (its
                // pipe may go only later, after the new one joined), and it joins afresh.
                w.epochSeen = epoch;
                if (w.side != null) {
                    settleHwm(w, w.running ? total - 1 : total);
                    w.hwmBefore = w.hwmLosses;
                    joinedBy.remove(w.side.pipe);
                    w.side = null;
                }
                w.slowJoinerBefore = w.slowJoinerLosses;
                w.candidates = 0;
                w.joined = false;
            }
            boolean running = w.life.running();
            if (w.matchesAll && running != w.running) {
                // This message (already in the total) is the first the subscriber can be there for
                // when it started, and the first it missed when it stopped (its node stopped reading
                // before its life said so), as a prefix subscriber's per-message count has it.
                if (running) {
                    w.awayMatched += (total - 1) - w.awayFrom;
                } else {
                    w.awayFrom = total - 1;
                }
            }
            w.running = running;
            w.sentWhileAway = w.awayAsOf(total);
        }
        updatePath();
    }

    /**
     * The per-message loop is needed while a subscriber is joining or filters by prefix (away or
     * not: what a filtering subscriber misses while away is counted message by message).
     */
    private void updatePath() {
        boolean waiting = false;
        boolean filtering = false;
        for (Watch w : watches) {
            waiting |= w.running && !w.joined;
            filtering |= !w.matchesAll;
        }
        joining = waiting;
        slowPath = waiting || filtering;
    }

    /** Candidates per watch before the message that joined (which was delivered, not lost). */
    private long[] snapshot(byte[] joiningMessage) {
        long[] out = new long[watches.length];
        for (int i = 0; i < out.length; i++) {
            Watch w = watches[i];
            boolean counted = joiningMessage != null && !w.joined && w.running && w.matches(joiningMessage);
            out[i] = w.candidates - (counted ? 1 : 0);
        }
        return out;
    }

    /** Matches a joined pipe to its subscriber once the registry knows the other side. */
    private void attribute(Pipe pipe, Connection.Side side) {
        Pending p = pending.get(pipe);
        Connection connection = connections.get(pipe);
        if (p != null && connection != null && (connection.external() || connection.elsewhere() != null)) {
            pending.remove(pipe); // an outside program, or a node run elsewhere: its filter is not known here
            return;
        }
        Connection.Side other = connection == null || side == null ? null : connection.other(side);
        if (p == null || other == null) {
            return;
        }
        for (int i = 0; i < watches.length; i++) {
            Watch w = watches[i];
            if (w.node.equals(other.node) && w.socket.equals(other.socket) && !w.joined) {
                w.slowJoinerLosses = w.slowJoinerBefore + p.candidates()[i];
                // Everything that matched after the joining message was sent after the join.
                w.matchedAfterJoin = Math.max(0, w.candidates - p.candidates()[i] - 1);
                w.joinTotal = p.total();
                w.joined = true;
                w.side = side;
                joinedBy.put(pipe, w);
                pending.remove(pipe);
                updatePath();
                return;
            }
        }
        pending.remove(pipe); // an external subscriber: its filter is unknown here
    }

    /** Retries attributions and settles HWM losses; on the publisher's thread, once per tick. */
    void tick() {
        for (Pipe pipe : new ArrayList<>(pending.keySet())) {
            Connection connection = connections.get(pipe);
            Connection.Side side = connection == null ? null
                    : connection.first() != null && connection.first().pipe == pipe ? connection.first()
                    : connection.second();
            attribute(pipe, side);
        }
        for (int i = 0; i < watches.length; i++) {
            Watch w = watches[i];
            if (w.joined && w.side != null) {
                settleHwm(w, total);
            } else if (w.running && !w.joined) {
                // A pipe that held the count back may have turned out to be someone else's.
                w.slowJoinerLosses = w.slowJoinerBefore + shownCandidates(i, w);
            }
            w.sentWhileAway = w.awayAsOf(total);
        }
    }

    /** HWM losses of the watch's connection among the first {@code upTo} messages. */
    private void settleHwm(Watch w, long upTo) {
        if (w.side == null) {
            return;
        }
        long expected = 1 + w.matchedSinceJoin(upTo);
        long lost = Math.max(0, expected - w.side.written());
        long previous = w.hwmLosses;
        w.hwmLosses = w.hwmBefore + lost;
        if (w.hwmLosses > previous) {
            listener.dropped(w, connections.get(w.side.pipe), w.hwmLosses - previous);
        }
    }
}
