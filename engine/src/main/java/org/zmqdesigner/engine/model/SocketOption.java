package org.zmqdesigner.engine.model;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Every socket option the file format knows, in one table: its name in the file, the ZeroMQ
 * option, its unit and default, which socket types it applies to and what it does, in a teacher's
 * words. The runtime sets options from it, the validator flags options set where they do nothing,
 * the inspector offers only the options that apply, and exporters name the ZeroMQ constants.
 *
 * <p>The values themselves live in {@link SocketOptions}, one record component per constant here, in
 * the same order (a test holds the two together).
 */
public enum SocketOption {
    SNDHWM("sndhwm", "Send queue limit", Kind.NUMBER, 0, "messages", "1000",
            "How many messages may queue per connection before ZeroMQ blocks or drops.",
            SocketOption::everyType, t -> "", SocketOptions::sndhwm, (o, v) -> o.withSndhwm((Integer) v)),
    RCVHWM("rcvhwm", "Receive queue limit", Kind.NUMBER, 0, "messages", "1000",
            "How many incoming messages may wait per connection before ZeroMQ stops reading from it.",
            SocketOption::everyType, t -> "", SocketOptions::rcvhwm, (o, v) -> o.withRcvhwm((Integer) v)),
    LINGER("linger", "Linger on close", Kind.NUMBER, -1, "ms",
            SocketOption.RUN_LINGER_MILLIS + " in a run, so stopping never waits (ZeroMQ's own default, -1,"
                    + " waits forever)",
            "How long closing the socket waits to deliver unsent messages: -1 waits forever, 0 throws them away.",
            SocketOption::everyType, t -> "", SocketOptions::linger, (o, v) -> o.withLinger((Integer) v)),
    SUBSCRIBE("subscribe", "Subscriptions", Kind.PREFIXES, 0, null, "none: a SUB receives nothing",
            "Message prefixes a SUB receives: a message is delivered when it starts with one of them. The empty"
                    + " prefix matches every message; with no subscription a SUB receives nothing.",
            SocketType::subscribesByOption,
            t -> "only a SUB socket subscribes" + (t.subscribes() ? "; an XSUB sends subscriptions as messages" : ""),
            SocketOptions::subscribe, (o, v) -> o.withSubscribe(prefixes(v))),
    ROUTING_ID("routingId", "Routing id", Kind.TEXT, 0, null, "made up by ZeroMQ",
            "The name this socket gives itself to a ROUTER peer, which uses it to address replies.",
            t -> t.canTalkTo(SocketType.ROUTER), t -> "only a ROUTER peer ever reads it, and a " + t
                    + " cannot talk to a ROUTER",
            SocketOptions::routingId, (o, v) -> o.withRoutingId((String) v)),
    CONFLATE("conflate", "Keep latest only", Kind.FLAG, 0, null, "off",
            "Keep only the newest message in the queue and drop older ones: for state updates where only the"
                    + " latest value matters.",
            // JeroMQ (like libzmq) conflates the pipes of these types only.
            EnumSet.of(SocketType.PUB, SocketType.SUB, SocketType.PUSH, SocketType.PULL,
                    SocketType.DEALER)::contains,
            t -> "conflation keeps one message and breaks the request-reply envelope",
            SocketOptions::conflate, (o, v) -> o.withConflate((Boolean) v)),
    IMMEDIATE("immediate", "Wait for connection", Kind.FLAG, 0, null, "off",
            "Queue messages only on connections that have completed, instead of on connections that may never"
                    + " come up.",
            SocketOption::everyType, t -> "", SocketOptions::immediate, (o, v) -> o.withImmediate((Boolean) v)),
    ROUTER_MANDATORY("routerMandatory", "Report unroutable", Kind.FLAG, 0, null, "off",
            "A ROUTER reports a message it cannot route as an error instead of dropping it without a word.",
            SocketType::routes, t -> "only a ROUTER routes by identity",
            SocketOptions::routerMandatory, (o, v) -> o.withRouterMandatory((Boolean) v)),
    XPUB_VERBOSE("xpubVerbose", "Every subscription", Kind.FLAG, 0, null, "off",
            "An XPUB passes on every subscription it receives, duplicates included, not only the first of each.",
            SocketType::seesSubscriptions, t -> "only an XPUB sees subscriptions",
            SocketOptions::xpubVerbose, (o, v) -> o.withXpubVerbose((Boolean) v)),
    MAXMSGSIZE("maxmsgsize", "Largest message accepted", Kind.NUMBER, -1, "bytes",
            SocketOption.RUN_MAX_MSG_SIZE + " (1 MiB) in a run; ZeroMQ's own default, -1, accepts any size",
            "The largest message this socket accepts from a peer; a peer that announces a larger one is"
                    + " disconnected before anything is allocated. -1 accepts any size, which lets anyone who can"
                    + " reach the port make the program allocate gigabytes.",
            SocketOption::everyType, t -> "", SocketOptions::maxmsgsize, (o, v) -> o.withMaxmsgsize((Integer) v));

    /**
     * The linger of a socket whose design leaves LINGER out, when the engine runs it: stopping a run
     * must not wait for unsent messages.
     */
    public static final int RUN_LINGER_MILLIS = 0;

    /**
     * The largest message a socket accepts when its design leaves MAXMSGSIZE out: every bound port
     * faces the network, and a frame header announcing 2 GB must not make the engine allocate it.
     * A lesson's messages are far smaller; a design that needs more says so.
     */
    public static final int RUN_MAX_MSG_SIZE = 1 << 20;

    /**
     * How long a tcp connection of a run may take over its ZeroMQ handshake before it is dropped
     * (ZeroMQ's own default is 30 s); why both sides need it shorter is with the engine's socket
     * setup.
     */
    public static final int RUN_HANDSHAKE_MILLIS = 2_000;

    /** The kind of value an option holds; a null value (an empty list) is ZeroMQ's default. */
    public enum Kind {
        /** An Integer of at least {@link #minimum()}. */
        NUMBER(Integer.class),
        /** A Boolean. */
        FLAG(Boolean.class),
        /** A String. */
        TEXT(String.class),
        /** A List of String prefixes, kept exactly (a trailing space matters). */
        PREFIXES(List.class);

        private final Class<?> javaType;

        Kind(Class<?> javaType) {
            this.javaType = javaType;
        }
    }

    private final String key;
    private final String title;
    private final Kind kind;
    private final int minimum;
    private final String unit;
    private final String defaultValue;
    private final String description;
    private final Predicate<SocketType> applies;
    private final Function<SocketType, String> whyNot;
    private final Function<SocketOptions, ?> get;
    private final BiFunction<SocketOptions, Object, SocketOptions> set;

    SocketOption(String key, String title, Kind kind, int minimum, String unit, String defaultValue,
                     String description, Predicate<SocketType> applies,
                     Function<SocketType, String> whyNot, Function<SocketOptions, ?> get,
                     BiFunction<SocketOptions, Object, SocketOptions> set) {
        this.key = key;
        this.title = title;
        this.kind = kind;
        this.minimum = minimum;
        this.unit = unit;
        this.defaultValue = defaultValue;
        this.description = description;
        this.applies = applies;
        this.whyNot = whyNot;
        this.get = get;
        this.set = set;
    }

    private static boolean everyType(SocketType type) {
        return true;
    }

    @SuppressWarnings("unchecked")
    private static List<String> prefixes(Object value) {
        return (List<String>) value;
    }

    /** The option's name in a {@code .zmqtopo} file: {@code "sndhwm"}. */
    public String key() {
        return key;
    }

    /** The ZeroMQ constant without its prefix, as the zguide and diagnostics name it: {@code SNDHWM}. */
    public String zmqName() {
        return name();
    }

    /** The ZeroMQ constant: {@code ZMQ_SNDHWM}. */
    public String zmqConstant() {
        return "ZMQ_" + name();
    }

    /** What the option is, in plain words: "Send queue limit". */
    public String title() {
        return title;
    }

    public Kind kind() {
        return kind;
    }

    /** The smallest value a NUMBER option takes (-1 for LINGER: wait forever). */
    public int minimum() {
        return minimum;
    }

    /** The unit of a NUMBER option ("messages", "ms"); null for the others. */
    public String unit() {
        return unit;
    }

    /** What a socket does when the design leaves the option out, in words. */
    public String defaultValue() {
        return defaultValue;
    }

    /** One sentence on what the option does, for the inspector's help and exported comments. */
    public String description() {
        return description;
    }

    /** Whether the option does anything on a socket of this type. */
    public boolean appliesTo(SocketType type) {
        return applies.test(type);
    }

    /** The types the option does something on. */
    public Set<SocketType> types() {
        EnumSet<SocketType> types = EnumSet.noneOf(SocketType.class);
        Arrays.stream(SocketType.values()).filter(this::appliesTo).forEach(types::add);
        return types;
    }

    /** Why the option does nothing on a type it does not apply to, as the end of a sentence. */
    public String whyNotOn(SocketType type) {
        return whyNot.apply(type);
    }

    /** The value in {@code options}, or null when the design leaves it to ZeroMQ (an empty list for SUBSCRIBE). */
    public Object valueIn(SocketOptions options) {
        return get.apply(options);
    }

    /** Whether the design sets the option at all, so that a file mentions it. */
    public boolean isSetIn(SocketOptions options) {
        Object value = valueIn(options);
        return value != null && !(value instanceof List<?> list && list.isEmpty());
    }

    /**
     * Whether the value would change what a socket does, were the option to apply: set, and not a
     * flag switched off (off is ZeroMQ's default, so it is harmless anywhere).
     */
    public boolean changesBehaviourIn(SocketOptions options) {
        return isSetIn(options) && !Boolean.FALSE.equals(valueIn(options));
    }

    /** The options with this one set to {@code value}; null (or an empty list) leaves it to ZeroMQ. */
    public SocketOptions with(SocketOptions options, Object value) {
        if (value != null && !kind.javaType.isInstance(value)) {
            throw new IllegalArgumentException(name() + " takes a " + kind.javaType.getSimpleName() + ", not "
                    + value.getClass().getSimpleName());
        }
        return set.apply(options, value);
    }

    /** The options with this one left to ZeroMQ's default. */
    public SocketOptions cleared(SocketOptions options) {
        return with(options, kind == Kind.PREFIXES ? List.of() : null);
    }

    /** The options that do something on {@code type}, in the file's order. */
    public static List<SocketOption> applicableTo(SocketType type) {
        return Arrays.stream(values()).filter(o -> o.appliesTo(type)).toList();
    }

    /** The option a file calls {@code key}. */
    public static Optional<SocketOption> byKey(String key) {
        return Arrays.stream(values()).filter(o -> o.key.equals(key)).findFirst();
    }
}
