package org.zmqdesigner.engine.model;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.zmqdesigner.engine.text.Texts;

/**
 * The eleven ZeroMQ socket types and what each can do, written once: which peers ZMTP lets it talk
 * to, whether it sends and receives application messages, routes, subscribes, publishes, keeps
 * envelopes or must alternate send and receive. The runtime, the validator, the inspector and the
 * exporters read these facts instead of comparing types by hand (as JeroMQ's {@code Sockets} enum
 * carries its compatible peers). Which socket options apply to a type is in {@link SocketOption}.
 */
public enum SocketType {
    REQ(Family.REQUEST_REPLY, Trait.SENDS, Trait.RECEIVES, Trait.ASKS_IN_LOCKSTEP),
    REP(Family.REQUEST_REPLY, Trait.SENDS, Trait.RECEIVES, Trait.ANSWERS_IN_LOCKSTEP, Trait.ANSWERS),
    DEALER(Family.REQUEST_REPLY,
            Trait.SENDS, Trait.RECEIVES, Trait.KEEPS_ENVELOPE, Trait.ANSWERS, Trait.SENDS_ON_ITS_OWN),
    ROUTER(Family.REQUEST_REPLY, Trait.SENDS, Trait.RECEIVES, Trait.KEEPS_ENVELOPE, Trait.ANSWERS, Trait.ROUTES),
    PUB(Family.PUBLISH_SUBSCRIBE, Trait.SENDS, Trait.PUBLISHES, Trait.SENDS_ON_ITS_OWN),
    SUB(Family.PUBLISH_SUBSCRIBE, Trait.RECEIVES, Trait.SUBSCRIBES, Trait.SUBSCRIBES_BY_OPTION),
    XPUB(Family.PUBLISH_SUBSCRIBE,
            Trait.SENDS, Trait.RECEIVES, Trait.PUBLISHES, Trait.SEES_SUBSCRIPTIONS, Trait.SENDS_ON_ITS_OWN),
    XSUB(Family.PUBLISH_SUBSCRIBE, Trait.SENDS, Trait.RECEIVES, Trait.SUBSCRIBES),
    PUSH(Family.PIPELINE, Trait.SENDS, Trait.SENDS_ON_ITS_OWN),
    PULL(Family.PIPELINE, Trait.RECEIVES),
    PAIR(Family.EXCLUSIVE_PAIR, Trait.SENDS, Trait.RECEIVES, Trait.ANSWERS, Trait.SENDS_ON_ITS_OWN, Trait.ONE_PEER);

    /** The zguide's messaging pattern families; the designer colours sockets by these. */
    public enum Family { REQUEST_REPLY, PUBLISH_SUBSCRIBE, PIPELINE, EXCLUSIVE_PAIR }

    /** Whether a type must alternate send and receive, and which of the two comes first. */
    public enum Lockstep {
        /** Sends and receives in any order. */
        NONE,
        /** REQ: sends a request, then must receive its reply before the next. */
        ASKS,
        /** REP: receives a request, then must send its reply before the next. */
        ANSWERS
    }

    /** The facts a type's constant lists; read through the methods below. */
    private enum Trait {
        SENDS, RECEIVES, ASKS_IN_LOCKSTEP, ANSWERS_IN_LOCKSTEP, ANSWERS, KEEPS_ENVELOPE, ROUTES, PUBLISHES,
        SEES_SUBSCRIPTIONS, SUBSCRIBES, SUBSCRIBES_BY_OPTION, SENDS_ON_ITS_OWN, ONE_PEER
    }

    private static final Texts TEXTS = Texts.of(SocketType.class);

    private final Family family;
    private final Set<Trait> traits;

    SocketType(Family family, Trait first, Trait... rest) {
        this.family = family;
        this.traits = EnumSet.of(first, rest);
    }

    public Family family() {
        return family;
    }

    /** A short description of the socket's usual role, in the zguide's words, in the current language. */
    public String role() {
        return TEXTS.get(roleKey());
    }

    /** The same in a given language: an exporter may want its comments in one language whatever the UI shows. */
    public String role(Locale locale) {
        return TEXTS.in(locale, roleKey());
    }

    private String roleKey() {
        return "socket." + name().toLowerCase(Locale.ROOT) + ".role";
    }

    /** Whether an application can send data messages on this socket (SUB and PULL cannot). */
    public boolean sends() {
        return traits.contains(Trait.SENDS);
    }

    /** Whether an application can receive data messages on this socket (PUB and PUSH cannot). */
    public boolean receives() {
        return traits.contains(Trait.RECEIVES);
    }

    /** REQ and REP alternate send and receive strictly; the others do not. */
    public Lockstep lockstep() {
        return traits.contains(Trait.ASKS_IN_LOCKSTEP) ? Lockstep.ASKS
                : traits.contains(Trait.ANSWERS_IN_LOCKSTEP) ? Lockstep.ANSWERS : Lockstep.NONE;
    }

    public boolean isLockstep() {
        return lockstep() != Lockstep.NONE;
    }

    /**
     * Whether an application can receive a message on this socket and answer whoever sent it: REP,
     * ROUTER and DEALER (by keeping the envelope) and PAIR (which has one peer only). A REQ must ask
     * first; the one-way types cannot answer at all.
     */
    public boolean answers() {
        return traits.contains(Trait.ANSWERS);
    }

    /**
     * Whether the application sees the envelope (the routing frames up to the empty delimiter) and
     * must send it back with the reply: ROUTER and DEALER. A REP strips and restores it by itself.
     */
    public boolean keepsEnvelope() {
        return traits.contains(Trait.KEEPS_ENVELOPE);
    }

    /**
     * Whether the socket addresses its peers by routing id: a ROUTER sends each message to the peer
     * its first frame names, and receives each with the sender's id prepended.
     */
    public boolean routes() {
        return traits.contains(Trait.ROUTES);
    }

    /**
     * Whether the socket publishes: each message goes to every subscriber whose subscription
     * matches, and is dropped for one whose queue is full (PUB, XPUB). So publishers are where
     * slow-joiner and HWM losses are counted, and what they read are subscriptions, not messages.
     */
    public boolean publishes() {
        return traits.contains(Trait.PUBLISHES);
    }

    /** Whether the application reads subscriptions as messages (XPUB: byte 1 subscribes, 0 unsubscribes). */
    public boolean seesSubscriptions() {
        return traits.contains(Trait.SEES_SUBSCRIPTIONS);
    }

    /** Whether the socket receives only the messages it subscribed to (SUB, XSUB). */
    public boolean subscribes() {
        return traits.contains(Trait.SUBSCRIBES);
    }

    /**
     * Whether the socket subscribes through the SUBSCRIBE option, so its filters are part of the
     * design (SUB). An XSUB subscribes by sending subscription messages, which the design does not hold.
     */
    public boolean subscribesByOption() {
        return traits.contains(Trait.SUBSCRIBES_BY_OPTION);
    }

    /**
     * Whether the socket can send message after message without waiting for anything and without
     * naming a peer: not in lockstep, not routing, not a subscriber (PUB, XPUB, PUSH, PAIR, DEALER).
     * A device's capture socket must be one of these.
     */
    public boolean sendsOnItsOwn() {
        return traits.contains(Trait.SENDS_ON_ITS_OWN);
    }

    /** Whether the socket talks to exactly one peer (PAIR). */
    public boolean onePeer() {
        return traits.contains(Trait.ONE_PEER);
    }

    /**
     * How usual it is for this type to bind, highest first: the stable side binds (publishers,
     * routers, servers, sinks) and the coming-and-going side connects (clients, subscribers). The
     * designer suggests the binding side of a new link by it.
     */
    public int bindPreference() {
        return switch (this) {
            case PUB, XPUB, ROUTER -> 5;
            case REP -> 4;
            case PULL -> 3;
            case PUSH, XSUB -> 2;
            case DEALER, PAIR -> 1;
            case SUB, REQ -> 0;
        };
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
