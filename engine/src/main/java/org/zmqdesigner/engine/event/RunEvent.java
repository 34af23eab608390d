package org.zmqdesigner.engine.event;

import java.util.List;

/**
 * What happened during a run, as observed on real sockets. Events carry the time they were
 * observed ({@code nanos}, from {@link System#nanoTime()}, relative to the run's start).
 */
public sealed interface RunEvent {

    long nanos();

    /** Why a message did not arrive. */
    enum DropReason {
        /** The queue for that connection was full (PUB and ROUTER drop instead of blocking). */
        HWM,
        /** A ROUTER was given a routing id no connected peer has. */
        UNROUTABLE
    }

    /** A node's life: starting, running, finished (its count done), stopped, crashed. */
    /**
     * A node's life. GAVE_UP is a client that stopped by its own rule, nothing broken: a REQ whose
     * reply never came within the run's patience, or a Lazy Pirate whose retries ran out.
     */
    enum NodeState { WAITING, STARTING, RUNNING, FINISHED, STOPPED, CRASHED, GAVE_UP }

    /** What a socket monitor (tcp) or the engine itself (inproc) saw of a connection. */
    enum ConnectionState { LISTENING, CONNECTING, CONNECTED, DISCONNECTED, RETRYING, BIND_FAILED }

    /**
     * The other end of a message or a flow, as the observing socket knows it: a node of the
     * design, a program outside it (an address), or nobody yet: a tcp connection's far side has
     * a grace period to show itself as a node of the run before it is called outside.
     */
    sealed interface Peer {
        /** A node of the design, running in this process. */
        record InDesign(String node) implements Peer {
        }

        /** A program the design does not run, by the address its connection comes from. */
        record Outside(String address) implements Peer {
        }

        /** Not known yet; over tcp, the address its connection comes from (null over inproc). */
        record Unidentified(String address) implements Peer {
        }

        static Peer of(String node) {
            return node == null ? new Unidentified(null) : new InDesign(node);
        }

        /** A short name for keys and labels: the node id, "outside ADDRESS" or what is known. */
        default String label() {
            if (this instanceof InDesign d) {
                return d.node();
            }
            if (this instanceof Outside o) {
                return "outside " + o.address();
            }
            String address = ((Unidentified) this).address();
            return address == null ? "?" : address + " (not identified yet)";
        }
    }

    /**
     * One message written into a connection. {@code sequence} is its number on that connection
     * (from 1), which together with {@code connection} identifies it on the receiving side.
     */
    record MessageSent(long nanos, long messageId, String node, String socket, String connection, String link,
                       Peer to, long sequence, List<byte[]> frames) implements RunEvent {
    }

    /** One message read from a connection; {@code messageId} matches the sender's event. */
    record MessageReceived(long nanos, long messageId, String node, String socket, String connection,
                           String link, Peer from, long sequence, long sentNanos, List<byte[]> frames)
            implements RunEvent {
    }

    /** A message that will never arrive at {@code connection} (or, when unroutable, anywhere). */
    record MessageDropped(long nanos, String node, String socket, String connection, String link,
                          DropReason reason, long count) implements RunEvent {
    }

    /**
     * Traffic of one connection since the previous flow event: how the canvas animates high rates,
     * where one event per message would cost more than the messages.
     */
    record Flow(long nanos, String connection, String link, String node, Peer peer, long sent,
                long received) implements RunEvent {
    }

    /** Messages ZeroMQ holds for a link: written into its connection and not yet read. */
    record QueueDepth(long nanos, String link, long depth, long capacity) implements RunEvent {
    }

    record ConnectionChanged(long nanos, String node, String socket, String link, String endpoint,
                             String peerAddress, ConnectionState state, String detail) implements RunEvent {
    }

    record NodeStateChanged(long nanos, String node, NodeState state, String detail) implements RunEvent {
    }

    /** A peer the topology does not run, seen on one of its sockets. */
    record ExternalPeer(long nanos, String node, String socket, String address, boolean connected)
            implements RunEvent {
    }

    /**
     * A connection from outside the design, dropped before it completed the ZeroMQ handshake: its
     * peer sent something that is not ZMTP 3 (random bytes, another protocol, a ZeroMQ older than
     * 3.x), or asked for an incompatible socket type or a security mechanism. Nothing it sent
     * reached the socket. (A peer that says nothing is dropped after the handshake time too, but not
     * counted: a real JeroMQ peer caught in JeroMQ's connect race is silent the same way.)
     *
     * @param host the peer's host
     * @param refusedFromHost connections refused from that host so far in this run, this one included
     */
    record PeerRefused(long nanos, String node, String socket, String host, long refusedFromHost)
            implements RunEvent {
    }

    /**
     * A thread of the engine itself died (one of ZeroMQ's I/O threads, its reaper, the queue
     * sampler): the run cannot go on and stops, with its report. Nodes crash one by one instead.
     */
    record EngineFailed(long nanos, String reason) implements RunEvent {
    }

    /**
     * A client got no reply in time, threw its socket away, opened a new one and sent the same
     * request again: the zguide's Lazy Pirate client.
     *
     * @param request the number of the request being retried (from 1)
     * @param attempt this retry's number for that request (from 1)
     * @param of how many retries the client makes before it gives up
     * @param retriesSoFar retries of this node in the run so far, this one included
     */
    record RequestRetried(long nanos, String node, String socket, long request, int attempt, int of,
                          long retriesSoFar) implements RunEvent {
    }

    /** Events the bus could not hold for a slow subscriber; counters and reports stay exact. */
    record EventsSkipped(long nanos, long count) implements RunEvent {
    }
}
