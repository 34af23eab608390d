package org.zmqdesigner.engine.model;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import org.zmqdesigner.engine.text.Texts;

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
    SNDHWM("sndhwm", Kind.NUMBER, 0, "messages", SocketOption::everyType, t -> null,
            SocketOptions::sndhwm, (o, v) -> o.withSndhwm((Integer) v)),
    RCVHWM("rcvhwm", Kind.NUMBER, 0, "messages", SocketOption::everyType, t -> null,
            SocketOptions::rcvhwm, (o, v) -> o.withRcvhwm((Integer) v)),
    LINGER("linger", Kind.NUMBER, -1, "ms", SocketOption::everyType, t -> null,
            SocketOptions::linger, (o, v) -> o.withLinger((Integer) v)),
    SUBSCRIBE("subscribe", Kind.PREFIXES, 0, null, SocketType::subscribesByOption,
            t -> t.subscribes() ? "option.subscribe.whyNot.subscriber" : "option.subscribe.whyNot",
            SocketOptions::subscribe, (o, v) -> o.withSubscribe(prefixes(v))),
    ROUTING_ID("routingId", Kind.TEXT, 0, null, t -> t.canTalkTo(SocketType.ROUTER),
            t -> "option.routingId.whyNot",
            SocketOptions::routingId, (o, v) -> o.withRoutingId((String) v)),
    CONFLATE("conflate", Kind.FLAG, 0, null,
            // JeroMQ (like libzmq) conflates the pipes of these types only.
            EnumSet.of(SocketType.PUB, SocketType.SUB, SocketType.PUSH, SocketType.PULL,
                    SocketType.DEALER)::contains,
            t -> "option.conflate.whyNot",
            SocketOptions::conflate, (o, v) -> o.withConflate((Boolean) v)),
    IMMEDIATE("immediate", Kind.FLAG, 0, null, SocketOption::everyType, t -> null,
            SocketOptions::immediate, (o, v) -> o.withImmediate((Boolean) v)),
    ROUTER_MANDATORY("routerMandatory", Kind.FLAG, 0, null, SocketType::routes,
            t -> "option.routerMandatory.whyNot",
            SocketOptions::routerMandatory, (o, v) -> o.withRouterMandatory((Boolean) v)),
    XPUB_VERBOSE("xpubVerbose", Kind.FLAG, 0, null, SocketType::seesSubscriptions,
            t -> "option.xpubVerbose.whyNot",
            SocketOptions::xpubVerbose, (o, v) -> o.withXpubVerbose((Boolean) v)),
    MAXMSGSIZE("maxmsgsize", Kind.NUMBER, -1, "bytes", SocketOption::everyType, t -> null,
            SocketOptions::maxmsgsize, (o, v) -> o.withMaxmsgsize((Integer) v));

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

    /** The words of the table (title, default, description, why not) are in the package's bundle, by key. */
    private static final Texts TEXTS = Texts.of(SocketOption.class);

    private final String key;
    private final Kind kind;
    private final int minimum;
    private final String unit;
    private final Predicate<SocketType> applies;
    /** The bundle key of the reason the option does nothing on a type; null where it applies to every type. */
    private final Function<SocketType, String> whyNot;
    private final Function<SocketOptions, ?> get;
    private final BiFunction<SocketOptions, Object, SocketOptions> set;

    SocketOption(String key, Kind kind, int minimum, String unit, Predicate<SocketType> applies,
                 Function<SocketType, String> whyNot, Function<SocketOptions, ?> get,
                 BiFunction<SocketOptions, Object, SocketOptions> set) {
        this.key = key;
        this.kind = kind;
        this.minimum = minimum;
        this.unit = unit;
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

    /** What the option is, in plain words: "Send queue limit" (in the current language, as every text here). */
    public String title() {
        return TEXTS.get("option." + key + ".title");
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
        return unit == null ? null : TEXTS.get("unit." + unit);
    }

    /** Whether the option counts messages (a queue limit), whose unit a label may leave unsaid. */
    public boolean countsMessages() {
        return "messages".equals(unit);
    }

    /** What a socket does when the design leaves the option out, in words. */
    public String defaultValue() {
        // Strings, not numbers: MessageFormat would write 1048576 as "1,048,576".
        return TEXTS.get("option." + key + ".default", String.valueOf(RUN_LINGER_MILLIS),
                String.valueOf(RUN_MAX_MSG_SIZE));
    }

    /** One sentence on what the option does, for the inspector's help and exported comments. */
    public String description() {
        return TEXTS.get("option." + key + ".description");
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
        String reason = whyNot.apply(type);
        return reason == null ? "" : TEXTS.get(reason, type.name());
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
