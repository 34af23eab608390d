package org.zmqdesigner.engine.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.zeromq.ZContext;
import org.zmqdesigner.engine.event.EventBus;
import org.zmqdesigner.engine.event.RunEvent;
import org.zmqdesigner.engine.event.RunEvent.NodeState;
import org.zmqdesigner.engine.model.Behaviour;
import org.zmqdesigner.engine.model.Link;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.Socket;
import org.zmqdesigner.engine.model.SocketType;
import org.zmqdesigner.engine.model.Topology;
import org.zmqdesigner.engine.text.Texts;

/**
 * A topology running on real JeroMQ sockets: one ZContext, one thread per node.
 *
 * <p>Control methods may be called from any thread; they never wait on a socket. {@link #stop()}
 * ends every node thread, closes every socket and the context, so no thread, socket or bound port
 * outlives the run.
 */
public final class TopologyRun implements AutoCloseable {

    private static final long SETUP_TIMEOUT_MILLIS = 5_000;
    /** JeroMQ's I/O threads for a run's context: enough for a lesson's tcp traffic. */
    static final int IO_THREADS = 1;
    static final long STOP_BUDGET_MILLIS = 2_000;

    private final Topology topology;
    private final RunOptions options;
    private final ZContext context;
    private final EventBus bus;
    private final RunContext run;
    private final QueueSampler sampler;
    /**
     * The current runner of each node. Node control replaces entries (a restart is a new runner)
     * while the designer's threads read them for states and reports: a concurrent map makes every
     * read see a whole runner without a lock. Iteration goes by the design's order, not the map's.
     */
    private final Map<String, NodeRunner> runners = new java.util.concurrent.ConcurrentHashMap<>();
    private final long startNanos;
    private volatile long stoppedNanos;
    private volatile long stopRequestedNanos;
    private boolean stopped;
    private final EngineFailure engineFailure;

    private TopologyRun(Topology topology, RunOptions options) {
        this.topology = topology;
        this.options = options;
        this.startNanos = System.nanoTime();
        this.engineFailure = new EngineFailure(this::tellEngineFailed);
        this.context = new ZContext(IO_THREADS);
        // Before any socket: JeroMQ starts its I/O and reaper threads with the first one.
        context.setUncaughtExceptionHandler(engineFailure);
        this.bus = new EventBus("zmq-designer-events", EventBus.DEFAULT_CAPACITY, options.eventBatchMillis());
        RunControls controls = new RunControls();
        controls.rateMultiplier(options.rateMultiplier());
        this.run = new RunContext(topology, options.only(), context, bus, controls, startNanos,
                options.replyPatienceMillis());
        this.sampler = new QueueSampler(run, engineFailure);
    }

    private void tellEngineFailed(String reason) {
        bus.publish(new RunEvent.EngineFailed(run.clock(System.nanoTime()), reason));
    }

    /**
     * The run's ZeroMQ context, only for tests that must act inside the engine (kill one of its I/O
     * threads, as the engine's and the designer's engine-failure tests do). Public because the
     * designer's tests live in another module; nothing else may use it.
     */
    public ZContext contextForTests() {
        return context;
    }

    /** Why the engine itself failed, if one of its threads died. */
    public java.util.Optional<String> engineFailure() {
        return engineFailure.reason();
    }

    /** Waits up to the time for the engine to fail; true if it did (a run that should end at once). */
    public boolean awaitEngineFailure(long timeoutMillis) throws InterruptedException {
        return engineFailure.await(timeoutMillis);
    }

    /**
     * Validates and starts a topology. Returns once every node without a start delay has bound and
     * connected its sockets; a node that cannot (say, its port is taken) stops the whole start.
     */
    public static TopologyRun start(Topology topology, RunOptions options) throws RunStartException {
        return start(topology, options, null);
    }

    /** As {@link #start(Topology, RunOptions)}, with a subscriber that sees events from the first. */
    public static TopologyRun start(Topology topology, RunOptions options,
                                    org.zmqdesigner.engine.event.EventSubscriber subscriber)
            throws RunStartException {
        return start(topology, options, subscriber, DescriptorLimit.ofThisProcess().orElse(null));
    }

    /**
     * As above, with the file-descriptor limit to check the design against (null: not checked),
     * so that tests need not depend on the machine's limit.
     */
    static TopologyRun start(Topology topology, RunOptions options,
                             org.zmqdesigner.engine.event.EventSubscriber subscriber, DescriptorLimit limit)
            throws RunStartException {
        StartChecks.check(topology, options, limit);
        TopologyRun started = new TopologyRun(topology, options);
        if (subscriber != null) {
            started.bus.subscribe(subscriber);
        }
        started.launch();
        return started;
    }

    private void launch() throws RunStartException {
        sampler.start();
        for (Node node : topology.nodes()) {
            if (options.only().isEmpty() || options.only().contains(node.id())) {
                NodeRunner runner = newRunner(node, true);
                runners.put(node.id(), runner);
            }
        }
        // Binding nodes first, and bound before anyone connects: a connecting tcp socket then finds
        // its peer at once instead of retrying, and over inproc JeroMQ 0.6.0 delivers nothing from
        // a PUB or XPUB that binds after its SUB connected (seen here; libzmq does not do this).
        List<NodeRunner> binders = runnersInOrder().stream().filter(r -> binds(r.node)).toList();
        List<NodeRunner> others = runnersInOrder().stream().filter(r -> !binds(r.node)).toList();
        List<StartFailures.Failure> failures = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(SETUP_TIMEOUT_MILLIS);
        binders.forEach(NodeRunner::start);
        deadline = awaitReady(binders, deadline, failures);
        if (failures.isEmpty()) {
            others.forEach(NodeRunner::start);
            awaitReady(others, deadline, failures);
        }
        if (!failures.isEmpty()) {
            stop();
            throw new RunStartException(StartFailures.summary(failures));
        }
    }

    /**
     * Waits for each runner's sockets; the timeout counts from the last node that got ready, so a
     * hundred nodes setting up on a busy 2-core machine are not failed for taking their turns, while
     * a node stuck in setup still is. Returns the deadline as progress left it.
     */
    private static long awaitReady(List<NodeRunner> runners, long deadline, List<StartFailures.Failure> failures) {
        for (NodeRunner runner : runners) {
            if (runner.node.startDelayMs() != null && runner.node.startDelayMs() > 0) {
                continue;
            }
            try {
                runner.ready().get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(SETUP_TIMEOUT_MILLIS);
            } catch (ExecutionException e) {
                failures.add(new StartFailures.Failure(runner.node.id(), runner.stateDetail()));
            } catch (TimeoutException e) {
                failures.add(new StartFailures.Failure(runner.node.id(), Texts.of(TopologyRun.class).get(
                        "start.setupTimeout", runner.node.id(), String.valueOf(SETUP_TIMEOUT_MILLIS))));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failures.add(new StartFailures.Failure(runner.node.id(), Texts.of(TopologyRun.class).get("start.interrupted")));
                return deadline;
            }
        }
        return deadline;
    }

    /** The runners in the design's order (the map's own order is arbitrary). */
    private List<NodeRunner> runnersInOrder() {
        List<NodeRunner> ordered = new ArrayList<>();
        for (Node node : topology.nodes()) {
            NodeRunner runner = runners.get(node.id());
            if (runner != null) {
                ordered.add(runner);
            }
        }
        return ordered;
    }

    private static boolean binds(Node node) {
        return node.sockets().stream().anyMatch(s -> !s.binds().isEmpty());
    }

    private NodeRunner newRunner(Node node, boolean atRunStart) {
        long delay = atRunStart && node.startDelayMs() != null ? node.startDelayMs() * 1_000_000L : 0;
        return new NodeRunner(node, run, delay);
    }

    public Topology topology() {
        return topology;
    }

    /** Events of this run, delivered in batches on the bus's own thread. */
    public EventBus events() {
        return bus;
    }

    /** Nanoseconds since the run started: the clock of every event. */
    public long clock() {
        return System.nanoTime() - startNanos;
    }

    public void pause() {
        run.controls().paused(true);
    }

    public void resume() {
        run.controls().paused(false);
    }

    public boolean paused() {
        return run.controls().paused();
    }

    /** While paused, lets the source send exactly one more message. */
    public void step(String sourceNode) {
        requireRunning(sourceNode);
        run.controls().addStep(sourceNode);
    }

    /** The rate multiplier for full speed: sources unpaced, work and sink delays skipped. */
    public static final double FULL_SPEED = Double.POSITIVE_INFINITY;

    /** Slow motion below 1, faster above, {@link #FULL_SPEED} for no pacing at all. */
    public void setRateMultiplier(double multiplier) {
        run.controls().rateMultiplier(multiplier);
    }

    public double rateMultiplier() {
        return run.controls().rateMultiplier();
    }

    /** Stops one node (its sockets close; peers see it disconnect); the rest keeps running. */
    public synchronized void stopNode(String id) {
        NodeRunner runner = requireKnown(id);
        runner.requestStop();
        try {
            runner.join(STOP_BUDGET_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts a node that was stopped, crashed or finished, with fresh sockets: a late joiner. */
    public synchronized void startNode(String id) throws RunStartException {
        NodeRunner old = runners.get(id);
        if (old != null && old.alive()) {
            throw new RunStartException(Texts.of(TopologyRun.class).get("start.alreadyRunning", id));
        }
        Node node = topology.node(id).orElseThrow(() -> new RunStartException(Texts.of(TopologyRun.class).get("start.noNode", id)));
        NodeRunner runner = newRunner(node, false);
        runners.put(id, runner);
        runner.start();
        try {
            runner.ready().get(SETUP_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new RunStartException(e.getCause().getMessage());
        } catch (TimeoutException e) {
            throw new RunStartException(Texts.of(TopologyRun.class).get("start.nodeTimeout", id,
                    String.valueOf(SETUP_TIMEOUT_MILLIS)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RunStartException(Texts.of(TopologyRun.class).get("start.nodeInterrupted", id));
        }
    }

    public synchronized void restartNode(String id) throws RunStartException {
        stopNode(id);
        startNode(id);
    }

    public Map<String, NodeState> nodeStates() {
        Map<String, NodeState> states = new LinkedHashMap<>();
        for (NodeRunner runner : runnersInOrder()) {
            states.put(runner.node.id(), runner.state());
        }
        return states;
    }

    /** Why a node crashed or what it waits for; empty when there is nothing to say. */
    public String nodeDetail(String id) {
        NodeRunner runner = runners.get(id);
        return runner == null ? "" : runner.stateDetail();
    }

    /**
     * Waits until every node with a count (sources and sinks) or an end (a sink's {@code until}) has
     * finished or crashed, or the engine failed. False when the time ran out, or at once when no
     * node has either (such a run never finishes by itself).
     */
    public boolean awaitFinished(long timeoutMillis) throws InterruptedException {
        if (engineFailure.happened()) {
            return true; // the run is over: see EngineFailure
        }
        List<String> counted = runnersInOrder().stream().filter(r -> hasCount(r.node)).map(r -> r.node.id()).toList();
        if (counted.isEmpty()) {
            return false;
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (System.nanoTime() < deadline) {
            // Read the current runner each time: a node restarted meanwhile has a new one.
            boolean done = counted.stream().map(runners::get).allMatch(r -> r.state() == NodeState.FINISHED
                    || r.state() == NodeState.CRASHED || r.state() == NodeState.GAVE_UP
                    || r.state() == NodeState.STOPPED);
            if (done || engineFailure.happened()) {
                return true;
            }
            Thread.sleep(5);
        }
        return false;
    }

    /** Outside programs by host, with the connections refused from each host merged in, within the cap. */
    private static Map<String, RunReport.OutsidePeer> outsideReport(Map<String, long[]> byHost,
                                                                    Map<String, Long> refusedByHost) {
        Map<String, long[]> merged = new LinkedHashMap<>();
        byHost.forEach((host, t) -> merged.put(host, new long[] {t[0], t[1], 0}));
        refusedByHost.forEach((host, refused) -> {
            String key = merged.containsKey(host) || merged.size() < OutsideHosts.MAX ? host : OutsideHosts.OTHERS;
            merged.computeIfAbsent(key, k -> new long[3])[2] += refused;
        });
        Map<String, RunReport.OutsidePeer> report = new LinkedHashMap<>();
        merged.forEach((host, t) -> report.put(host, new RunReport.OutsidePeer(t[0], t[1], t[2])));
        return report;
    }

    private Socket socketOf(org.zmqdesigner.engine.model.SocketRef ref) {
        return topology.node(ref.node()).flatMap(n -> n.socket(ref.socket())).orElseThrow();
    }

    private static boolean hasCount(Node node) {
        Behaviour b = node.behaviour();
        // A sink that stops on a given payload (syncsub's "END") ends as surely as one with a count.
        return (b instanceof Behaviour.Source s && s.count() != null)
                || (b instanceof Behaviour.Sink k && (k.count() != null || k.until() != null));
    }

    /** Per publisher and subscriber, the losses the report sums per node (read-only, so far). */
    public List<SubscriberLosses> subscriberLosses() {
        return SubscriberLosses.of(run);
    }

    /** When {@link #stop()} was called, on the events' clock: a node stopped before that was killed. */
    public java.util.OptionalLong stopRequestedAt() {
        long at = stopRequestedNanos;
        return at == 0 ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(at - startNanos);
    }

    /** Connections the run still holds (open ones); closed ones are kept as totals only. */
    int openConnections() {
        return run.registry().snapshot().open().size();
    }

    /** A snapshot of the numbers so far (or final, after stop). */
    public RunReport report() {
        long end = stoppedNanos != 0 ? stoppedNanos : System.nanoTime();
        Map<String, long[]> losses = new LinkedHashMap<>(); // node -> {slowJoiner, hwm, away}
        Map<String, Long> publisherDrops = new LinkedHashMap<>();
        run.pubTrackers().forEach((socket, tracker) -> {
            String publisher = socket.node();
            for (PubLossTracker.Watch w : tracker.watches()) {
                long[] l = losses.computeIfAbsent(w.node, k -> new long[3]);
                l[0] += w.slowJoinerLosses;
                l[1] += w.hwmLosses;
                l[2] += w.sentWhileAway;
                publisherDrops.merge(publisher, w.hwmLosses, Long::sum);
            }
        });
        Map<String, RunReport.NodeReport> nodes = new LinkedHashMap<>();
        long sent = 0;
        long received = 0;
        long slow = 0;
        long hwm = 0;
        long unroutable = 0;
        for (Node node : topology.nodes()) {
            NodeRunner runner = runners.get(node.id());
            if (runner == null) {
                continue;
            }
            NodeStats s = run.stats(node.id());
            long[] l = losses.getOrDefault(node.id(), new long[3]);
            long dropped = s.unroutable.sum() + s.hwmDropped.sum() + publisherDrops.getOrDefault(node.id(), 0L);
            nodes.put(node.id(), new RunReport.NodeReport(runner.state().name().toLowerCase(java.util.Locale.ROOT),
                    s.sent.sum(), s.received.sum(), dropped, s.unroutable.sum(), l[0], l[1], l[2],
                    s.retries.sum()));
            sent += s.sent.sum();
            received += s.received.sum();
            slow += l[0];
            hwm += l[1] + s.hwmDropped.sum();
            unroutable += s.unroutable.sum();
        }
        Map<String, long[]> carried = new LinkedHashMap<>(); // link -> {sent, delivered}
        ConnectionRegistry.Snapshot connections = run.registry().snapshot();
        Map<String, long[]> external = connections.retiredExternal();
        connections.retiredSent().forEach((link, writes) -> carried.computeIfAbsent(link, k -> new long[2])[0] += writes);
        connections.retiredDelivered().forEach((link, reads) ->
                carried.computeIfAbsent(link, k -> new long[2])[1] += reads);
        for (Connection c : connections.open()) {
            if (c.link() != null) {
                long[] d = carried.computeIfAbsent(c.link(), k -> new long[2]);
                d[0] += ConnectionRegistry.sent(c);
                d[1] += ConnectionRegistry.delivered(c);
            }
            if (c.external()) {
                OutsideHosts.add(external, c.externalAddress(), 1, ConnectionRegistry.carried(c));
            }
        }
        Map<String, RunReport.LinkReport> links = new LinkedHashMap<>();
        java.util.Set<String> local = run.localNodes();
        for (Link link : topology.links()) {
            Socket from = socketOf(link.from());
            Socket to = socketOf(link.to());
            boolean fromHere = local.contains(link.from().node());
            boolean toHere = local.contains(link.to().node());
            if (!fromHere && !toHere) {
                continue;
            }
            long[] d = carried.getOrDefault(link.id(), new long[2]);
            // A count this process cannot see (its end runs elsewhere, with --only) is left out, not 0.
            boolean sendsHere = (fromHere && ConnectionRegistry.sendsData(from.type()))
                    || (toHere && ConnectionRegistry.sendsData(to.type()));
            boolean receivesHere = (fromHere && ConnectionRegistry.readsData(from.type()))
                    || (toHere && ConnectionRegistry.readsData(to.type()));
            links.put(link.id(), new RunReport.LinkReport(sendsHere ? d[0] : null, receivesHere ? d[1] : null,
                    sampler.maxDepth(link.id())));
        }
        String title = topology.title() == null ? "" : topology.title();
        return new RunReport(title, TimeUnit.NANOSECONDS.toMillis(end - startNanos), nodes, links,
                new RunReport.Totals(sent, received, slow, hwm, unroutable), outsideReport(external,
                run.refusedPeers().byHost()), engineFailure.reason().orElse(null));
    }

    /**
     * Stops every node, closes every socket and the context, ends every thread of the run.
     * Idempotent. Takes at most about two seconds.
     */
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        stopRequestedNanos = System.nanoTime();
        for (NodeRunner runner : runnersInOrder()) {
            runner.requestStop();
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(STOP_BUDGET_MILLIS);
        List<String> stuck = new ArrayList<>();
        for (NodeRunner runner : runnersInOrder()) {
            try {
                if (!runner.join(TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()))) {
                    stuck.add(runner.node.id());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        sampler.stop();
        stoppedNanos = System.nanoTime();
        if (engineFailure.happened()) {
            // Terminating a context waits for every I/O thread to acknowledge; a dead one never will.
            System.getLogger(TopologyRun.class.getName()).log(System.Logger.Level.ERROR,
                    "ZeroMQ's context is left to the JVM: " + engineFailure.reason().orElse(""));
        } else if (stuck.isEmpty()) {
            context.close();
        } else {
            // Closing sockets under a live thread corrupts JeroMQ; leave them to the JVM and say so.
            System.getLogger(TopologyRun.class.getName()).log(System.Logger.Level.ERROR,
                    "nodes did not stop in time: " + stuck);
        }
        bus.close();
    }

    @Override
    public void close() {
        stop();
    }

    private NodeRunner requireKnown(String id) {
        NodeRunner runner = runners.get(id);
        if (runner == null) {
            throw new IllegalArgumentException("no running node \"" + id + "\"");
        }
        return runner;
    }

    private void requireRunning(String id) {
        requireKnown(id);
    }
}
