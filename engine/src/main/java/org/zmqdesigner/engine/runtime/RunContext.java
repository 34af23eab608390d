package org.zmqdesigner.engine.runtime;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.zeromq.ZContext;
import org.zmqdesigner.engine.event.EventBus;
import org.zmqdesigner.engine.event.RunEvent;
import org.zmqdesigner.engine.model.SocketRef;
import org.zmqdesigner.engine.model.Topology;

/** What every node thread of one run shares: context, registry, events, controls, counters. */
final class RunContext {

    static final int TICK_MILLIS = 20;
    static final long TICK_NANOS = TICK_MILLIS * 1_000_000L;

    /**
     * Messages a fast loop (an unpaced source, a sink) handles between two looks at the clock,
     * stop, pause and speed: about 15 µs of traffic, so none of them is late by anything a person
     * sees, and per message the loop does only what bare JeroMQ does, plus the count. A power of two.
     */
    static final int BURST = 64;
    /** A tcp connection whose other side registers within this time is internal; else external. */
    static final long EXTERNAL_GRACE_NANOS = 500_000_000L;

    private final Topology topology;
    private final ZContext context;
    private final ConnectionRegistry registry;
    private final RefusedPeers refusedPeers = new RefusedPeers();
    private final long replyPatienceMillis;
    private final EventBus bus;
    private final RunControls controls;
    private final long startNanos;
    private final Map<String, NodeStats> stats = new ConcurrentHashMap<>();
    private final Map<SocketRef, SubscriberLife> subscribers = new ConcurrentHashMap<>();
    private final Map<SocketRef, PubLossTracker> pubTrackers = new ConcurrentHashMap<>();

    /**
     * Traced messages a second for the whole run. Each traced message is two events (sent,
     * received), and a hundred busy sockets tracing their own 500 a second made 100,000 events a
     * second: more than the designer could draw, so it skipped events, flow counts among them,
     * and its rates and chart fell to nothing while the engine delivered 100,000 messages a
     * second. Shared out, each socket still traces at least 50 a second, several times what a
     * link shows as single tokens ({@code FlowRate.TOKEN_LIMIT} in the designer).
     */
    static final int RUN_TRACE_PER_SECOND = 5_000;

    /** Messages each socket may trace per tick (see {@link #RUN_TRACE_PER_SECOND}). */
    private final int tracesPerTick;

    /** The nodes this process runs: all of them, or those named by {@code --only}. */
    private final java.util.Set<String> localNodes;

    RunContext(Topology topology, java.util.Set<String> only, ZContext context, EventBus bus, RunControls controls,
               long startNanos, long replyPatienceMillis) {
        this.topology = topology;
        this.replyPatienceMillis = replyPatienceMillis;
        this.localNodes = only.isEmpty()
                ? topology.nodes().stream().map(org.zmqdesigner.engine.model.Node::id)
                        .collect(java.util.stream.Collectors.toUnmodifiableSet())
                : java.util.Set.copyOf(only);
        this.context = context;
        long sockets = topology.nodes().stream().filter(n -> localNodes.contains(n.id()))
                .mapToLong(n -> n.sockets().size()).sum();
        this.tracesPerTick = tracesPerTick(sockets);
        this.registry = new ConnectionRegistry(topology);
        this.bus = bus;
        this.controls = controls;
        this.startNanos = startNanos;
    }

    private final java.util.concurrent.atomic.AtomicLong messageIds = new java.util.concurrent.atomic.AtomicLong();

    /** Each socket's share of the run's traces per tick: at least one, at most its own cap. */
    static int tracesPerTick(long sockets) {
        int own = SocketTap.TRACE_PER_SECOND * TICK_MILLIS / 1000;
        long shared = (long) RUN_TRACE_PER_SECOND * TICK_MILLIS / 1000 / Math.max(1, sockets);
        return (int) Math.max(1, Math.min(own, shared));
    }

    int tracesPerTick() {
        return tracesPerTick;
    }

    long nextMessageId() {
        return messageIds.incrementAndGet();
    }

    Topology topology() {
        return topology;
    }

    java.util.Set<String> localNodes() {
        return localNodes;
    }

    ZContext context() {
        return context;
    }

    ConnectionRegistry registry() {
        return registry;
    }

    /** How long a REQ waits for a reply before its node gives up (see {@link ReplyPatience}). */
    long replyPatienceMillis() {
        return replyPatienceMillis;
    }

    /** Outside connections dropped during the handshake, by host. */
    RefusedPeers refusedPeers() {
        return refusedPeers;
    }

    RunControls controls() {
        return controls;
    }

    void publish(RunEvent event) {
        bus.publish(event);
    }

    /** Nanoseconds since the run started, the clock of every event. */
    long clock(long nanoTime) {
        return nanoTime - startNanos;
    }

    NodeStats stats(String node) {
        return stats.computeIfAbsent(node, NodeStats::new);
    }

    Map<String, NodeStats> allStats() {
        return stats;
    }

    /** The life of a SUB socket, as its publishers need to know it. */
    SubscriberLife subscriber(SocketRef key) {
        return subscribers.computeIfAbsent(key, k -> new SubscriberLife(subscriberGeneration));
    }

    private final java.util.concurrent.atomic.AtomicLong subscriberGeneration =
            new java.util.concurrent.atomic.AtomicLong();

    /** Changes whenever any subscriber starts or stops. */
    long subscriberGeneration() {
        return subscriberGeneration.get();
    }

    void registerPubTracker(SocketRef key, PubLossTracker tracker) {
        pubTrackers.put(key, tracker);
    }

    Map<SocketRef, PubLossTracker> pubTrackers() {
        return pubTrackers;
    }
}
