package org.zmqdesigner.engine.runtime;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.zmqdesigner.engine.model.Link;
import org.zmqdesigner.engine.model.SocketRef;
import org.zmqdesigner.engine.model.Topology;
import zmq.pipe.Pipe;

/**
 * Pairs up the two sides of every connection of a run.
 *
 * <p>An inproc connection is one pair of pipes, each the other's {@code peer}: whichever side
 * registers first creates the connection under both pipes. A tcp connection is named by its
 * address pair; each side sees it reversed ({@code self|peer}), so the key is the sorted pair.
 * Registration happens on socket threads when a pipe first appears, a few times per connection,
 * so one lock is simpler than cleverness.
 */
final class ConnectionRegistry {

    private final Topology topology;
    private final Map<Pipe, Connection> byPipe = new IdentityHashMap<>();
    private final Map<String, Connection> byAddresses = new ConcurrentHashMap<>();
    private final List<Connection> all = new ArrayList<>();
    /** What closed connections carried, kept as totals so the connections themselves can go. */
    private final Map<String, Long> retiredDelivered = new java.util.LinkedHashMap<>();
    private final Map<String, Long> retiredSent = new java.util.LinkedHashMap<>();
    /** Outside programs' closed connections by host: {connections, messages}; at most {@link OutsideHosts#MAX} hosts. */
    private final Map<String, long[]> retiredExternal = new java.util.LinkedHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    ConnectionRegistry(Topology topology) {
        this.topology = topology;
    }

    /** Registers one side of a connection and returns the connection, new or joined. */
    synchronized Connection register(Connection.Side side, long nowNanos) {
        Connection connection;
        if (side.addresses == null) {
            Pipe peer = Introspection.peer(side.pipe);
            connection = byPipe.get(side.pipe);
            if (connection == null) {
                connection = new Connection("c" + ids.incrementAndGet(), false, side, nowNanos);
                byPipe.put(side.pipe, connection);
                if (peer != null) {
                    byPipe.put(peer, connection);
                }
                all.add(connection);
            } else {
                connection.join(side);
            }
        } else {
            String key = key(side.addresses);
            connection = byAddresses.get(key);
            if (connection == null || connection.closed) {
                connection = new Connection("c" + ids.incrementAndGet(), true, side, nowNanos);
                byAddresses.put(key, connection);
                all.add(connection);
            } else {
                connection.join(side);
            }
        }
        if (connection.complete() && connection.link() == null) {
            connection.link(linkBetween(connection.first(), connection.second()));
        }
        return connection;
    }

    /**
     * Gives a one-sided tcp connection its link when the far end is a node of the design that runs
     * in another process (a design split with {@code --only}): such a peer is part of the design,
     * not an outside program. The dialling side knows its link by the port it dialled; the binding
     * side takes the first such link no open connection of its socket holds yet (the far side's
     * address is an ephemeral port, which says nothing more): one connection per link, as the other
     * process makes, so a further one is a program outside the design. False when no link fits.
     */
    synchronized boolean linkToElsewhere(Connection connection, Connection.Side side, java.util.Set<String> local) {
        SocketRef self = new SocketRef(side.node, side.socket);
        Link dialled = null;
        Link free = null;
        for (Link link : topology.links()) {
            boolean dials = link.from().equals(self);
            SocketRef other = dials ? link.to() : link.to().equals(self) ? link.from() : null;
            if (other == null || local.contains(other.node())) {
                continue;
            }
            if (dials) {
                if (samePort(link.endpoint(), side.peerAddress())) {
                    dialled = link;
                }
            } else {
                if (free == null && !held(link.id(), side)) {
                    free = link;
                }
            }
        }
        Link chosen = dialled != null ? dialled : free;
        if (chosen == null) {
            return false;
        }
        connection.link(chosen.id());
        connection.elsewhere(chosen.from().equals(self) ? chosen.to().node() : chosen.from().node());
        return true;
    }

    private boolean held(String link, Connection.Side side) {
        for (Connection c : all) {
            if (!c.closed && link.equals(c.link()) && c.first() != null && c.first().node.equals(side.node)
                    && c.first().socket.equals(side.socket)) {
                return true;
            }
        }
        return false;
    }

    private static boolean samePort(String endpoint, String address) {
        if (address == null) {
            return false;
        }
        try {
            long port = org.zmqdesigner.engine.model.Endpoint.parse(endpoint).port();
            return address.endsWith(":" + port);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** One side is gone; when both are, the connection is closed and forgotten. */
    synchronized void retire(Connection connection, Connection.Side side) {
        side.gone = true;
        Connection.Side other = connection.other(side);
        if (other == null || other.gone) {
            connection.closed = true;
            byPipe.values().removeIf(c -> c == connection);
            byAddresses.values().removeIf(c -> c == connection);
            // Its counters are final now: keep the totals, let the connection (two send logs and
            // dead pipes) go, so kills, restarts and reconnects do not add up over a long run.
            if (connection.link() != null) {
                retiredDelivered.merge(connection.link(), delivered(connection), Long::sum);
                retiredSent.merge(connection.link(), sent(connection), Long::sum);
            }
            if (connection.external()) {
                OutsideHosts.add(retiredExternal, connection.externalAddress(), 1, carried(connection));
            }
            all.remove(connection);
        }
    }

    /** Messages read by the receiving sides (a publisher's reads are subscriptions, not messages). */
    static long delivered(Connection c) {
        long reads = 0;
        for (Connection.Side side : new Connection.Side[] {c.first(), c.second()}) {
            if (side != null && readsData(side.type)) {
                reads += side.read();
            }
        }
        return reads;
    }

    /** Whether what this type reads is application data (a publisher reads subscriptions). */
    static boolean readsData(org.zmqdesigner.engine.model.SocketType type) {
        return type.receives() && !type.publishes();
    }

    /** Whether what this type writes is application data (a SUB or XSUB writes subscriptions). */
    static boolean sendsData(org.zmqdesigner.engine.model.SocketType type) {
        return type.sends() && !type.subscribes();
    }

    /** Messages written into the connection by sides that send data. */
    static long sent(Connection c) {
        long writes = 0;
        for (Connection.Side side : new Connection.Side[] {c.first(), c.second()}) {
            if (side != null && sendsData(side.type)) {
                writes += side.written();
            }
        }
        return writes;
    }

    /** Messages an outside peer's connection carried, both ways, as our side counted them. */
    static long carried(Connection c) {
        Connection.Side ours = c.first();
        return ours.written() + ours.read();
    }

    /** Open connections and what closed ones carried, taken together so nothing counts twice. */
    record Snapshot(List<Connection> open, Map<String, Long> retiredDelivered, Map<String, Long> retiredSent,
                    Map<String, long[]> retiredExternal) {
    }

    synchronized Snapshot snapshot() {
        return new Snapshot(List.copyOf(all), new java.util.LinkedHashMap<>(retiredDelivered),
                new java.util.LinkedHashMap<>(retiredSent), OutsideHosts.copy(retiredExternal));
    }

    synchronized List<Connection> connections() {
        return List.copyOf(all);
    }

    private String linkBetween(Connection.Side a, Connection.Side b) {
        SocketRef ra = new SocketRef(a.node, a.socket);
        SocketRef rb = new SocketRef(b.node, b.socket);
        for (Link link : topology.links()) {
            if ((link.from().equals(ra) && link.to().equals(rb)) || (link.from().equals(rb) && link.to().equals(ra))) {
                return link.id();
            }
        }
        return null;
    }

    private static String key(String addresses) {
        int bar = addresses.indexOf('|');
        String self = addresses.substring(0, bar);
        String peer = addresses.substring(bar + 1);
        return self.compareTo(peer) <= 0 ? self + "|" + peer : peer + "|" + self;
    }
}
