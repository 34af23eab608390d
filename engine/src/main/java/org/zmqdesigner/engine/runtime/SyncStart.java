package org.zmqdesigner.engine.runtime;

import java.util.List;
import zmq.pipe.Pipe;

/**
 * Node coordination, the zguide's syncpub and syncsub (chapter 2): a publisher does not start its
 * stream before its subscribers have said they are there, each with one request on a REP socket of
 * the publisher's; a subscriber says so only once its SUB is connected.
 */
final class SyncStart {
    private SyncStart() {
    }

    /**
     * How long a publisher waits, after the last sync request, for its subscribers' subscriptions
     * to reach its PUB socket: a subscriber that subscribes to nothing never sends one.
     */
    static final long SUBSCRIPTIONS_MILLIS = 2_000;

    /**
     * The publisher's side: answers {@code wanted} sync requests on {@code sync} with an empty
     * reply, as syncpub does, then waits until the subscriptions of as many connections have
     * reached the publishing socket. A subscriber sends its sync request after its subscription,
     * but over another connection: under load the request can overtake it, and the stream's first
     * messages would pass that subscriber by. Waiting for the subscriptions closes the gap the
     * guide's syncsub closes with a sleep.
     */
    static void awaitSubscribers(NodeRunner node, SocketTap sync, SocketTap pub, int wanted) {
        int synced = 0;
        while (synced < wanted) {
            List<byte[]> request = node.tryReceive(sync);
            if (request == null) {
                node.awaitReadable(sync);
                continue;
            }
            node.send(sync, List.of(new byte[0]));
            synced++;
        }
        if (pub.type.publishes()) {
            awaitSubscriptions(node, pub, wanted);
        }
    }

    private static void awaitSubscriptions(NodeRunner node, SocketTap pub, int wanted) {
        ReplyPatience limit = ReplyPatience.timeout(SUBSCRIPTIONS_MILLIS, node.controls().rateMultiplier(),
                node.node.id(), pub.socketId);
        while (subscribed(pub) < wanted && !limit.spent(node.controls().paused())) {
            node.pauseNanos(1_000_000);
        }
    }

    /** Connections of a publishing socket whose subscriptions the socket has read. Owner thread only. */
    private static int subscribed(SocketTap pub) {
        pub.peers(); // enters the library: the socket reads what its pipes hold
        int subscribed = 0;
        for (Pipe pipe : Introspection.pipes(pub.socket)) {
            if (Introspection.read(pipe) > 0) {
                subscribed++;
            }
        }
        return subscribed;
    }

    /**
     * The subscriber's side: once the receiving socket is connected, its subscription is on its
     * way; then one sync request goes out on {@code sync} and its reply is awaited within the run's
     * reply patience. JeroMQ gives a connecting socket its pipe at once, long before a tcp
     * connection exists, and writes a SUB's subscriptions into it when the SUB's own thread takes
     * the pipe in ({@link SocketTap#peers()} makes it do so); they leave once the connection has
     * completed its ZeroMQ handshake, which is what is awaited here.
     */
    static void join(NodeRunner node, SocketTap receiving, SocketTap sync) {
        while (!connected(receiving)) {
            node.pauseNanos(1_000_000);
        }
        node.send(sync, List.of(new byte[0]));
        node.receiveReply(sync, 1);
    }

    /** Whether one of the socket's connections is up: inproc, or tcp past its handshake. */
    private static boolean connected(SocketTap tap) {
        tap.peers(); // enters the library: the socket takes in new pipes and writes its subscriptions
        for (Pipe pipe : Introspection.pipes(tap.socket)) {
            if (Introspection.isInproc(pipe) || Introspection.handshaken(pipe)) {
                return true;
            }
        }
        return false;
    }
}
