package org.zmqdesigner.engine.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * The eleven ZeroMQ socket types. Each constant knows which peers ZMTP lets it talk to, whether it
 * sends and receives application messages, and the pattern family it belongs to.
 */
public enum SocketType {
    REQ(Family.REQUEST_REPLY, true, true, "client: sends a request, then must wait for the reply"),
    REP(Family.REQUEST_REPLY, true, true, "server: receives a request, then must send the reply"),
    DEALER(Family.REQUEST_REPLY, true, true, "asynchronous client or worker: load-balances out, fair-queues in"),
    ROUTER(Family.REQUEST_REPLY, true, true, "asynchronous server or broker: addresses each peer by its routing id"),
    PUB(Family.PUBLISH_SUBSCRIBE, true, false, "publisher: sends every message to all matching subscribers"),
    SUB(Family.PUBLISH_SUBSCRIBE, false, true, "subscriber: receives the messages whose prefix it subscribed to"),
    XPUB(Family.PUBLISH_SUBSCRIBE, true, true, "publisher that also sees subscriptions arrive"),
    XSUB(Family.PUBLISH_SUBSCRIBE, true, true, "subscriber that sends its subscriptions as messages"),
    PUSH(Family.PIPELINE, true, false, "ventilator: deals messages round-robin to the pullers"),
    PULL(Family.PIPELINE, false, true, "sink or worker input: fair-queues from all pushers"),
    PAIR(Family.EXCLUSIVE_PAIR, true, true, "exclusive pair: exactly one peer, both ways");

    /** The zguide's messaging pattern families; the designer colours sockets by these. */
    public enum Family { REQUEST_REPLY, PUBLISH_SUBSCRIBE, PIPELINE, EXCLUSIVE_PAIR }

    private final Family family;
    private final boolean sends;
    private final boolean receives;
    private final String role;

    SocketType(Family family, boolean sends, boolean receives, String role) {
        this.family = family;
        this.sends = sends;
        this.receives = receives;
        this.role = role;
    }

    public Family family() {
        return family;
    }

    /** Whether an application can send data messages on this socket (SUB and PULL cannot). */
    public boolean sends() {
        return sends;
    }

    /** Whether an application can receive data messages on this socket (PUB and PUSH cannot). */
    public boolean receives() {
        return receives;
    }

    /** A short description of the socket's usual role, in the zguide's words. */
    public String role() {
        return role;
    }

    /** The socket types ZMTP accepts as the other end of a connection, as in libzmq's check. */
    public Set<SocketType> peers() {
        return switch (this) {
            case REQ -> EnumSet.of(REP, ROUTER);
            case REP -> EnumSet.of(REQ, DEALER);
            case DEALER -> EnumSet.of(REP, DEALER, ROUTER);
            case ROUTER -> EnumSet.of(REQ, DEALER, ROUTER);
            case PUB -> EnumSet.of(SUB, XSUB);
            case SUB -> EnumSet.of(PUB, XPUB);
            case XPUB -> EnumSet.of(SUB, XSUB);
            case XSUB -> EnumSet.of(PUB, XPUB);
            case PUSH -> EnumSet.of(PULL);
            case PULL -> EnumSet.of(PUSH);
            case PAIR -> EnumSet.of(PAIR);
        };
    }

    public boolean canTalkTo(SocketType other) {
        return peers().contains(other);
    }
}
