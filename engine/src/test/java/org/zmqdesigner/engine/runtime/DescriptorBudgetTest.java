package org.zmqdesigner.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zmqdesigner.engine.model.Behaviour;
import org.zmqdesigner.engine.model.Link;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.NodeKind;
import org.zmqdesigner.engine.model.Socket;
import org.zmqdesigner.engine.model.SocketOptions;
import org.zmqdesigner.engine.model.SocketRef;
import org.zmqdesigner.engine.model.SocketType;
import org.zmqdesigner.engine.model.Topology;

/**
 * A run's file descriptors are estimated before it starts, and a design that would not fit in the
 * process's limit is refused with the numbers, before a context, thread or socket exists.
 */
class DescriptorBudgetTest {

    /** Every kind of thing that costs descriptors: tcp, ipc and inproc links, a device, a REQ/REP pair. */
    private static Topology everyKind() {
        int reqPort = Runs.freePort();
        int frontPort = Runs.freePort();
        String ipc = "ipc://zmq-designer-fd-test-" + ProcessHandle.current().pid();
        List<Node> nodes = List.of(
                app("client", source(50), new Socket("req", SocketType.REQ)),
                app("server", new Behaviour.Responder(null, null, "World"),
                        bind("rep", SocketType.REP, "tcp://127.0.0.1:" + reqPort)),
                app("vent", source(50), bind("out", SocketType.PUSH, ipc)),
                app("sink", new Behaviour.Sink(null, null), new Socket("in", SocketType.PULL)),
                app("pub", source(50), bind("out", SocketType.PUB, "inproc://fd-news")),
                app("sub", new Behaviour.Sink(null, null), new Socket("in", SocketType.SUB)
                        .withOptions(SocketOptions.DEFAULTS.withSubscribe(List.of("")))),
                new Node("streamer", null, NodeKind.STREAMER, null, null, null, List.of(
                        bind(NodeKind.FRONTEND, SocketType.PULL, "tcp://127.0.0.1:" + frontPort),
                        bind(NodeKind.BACKEND, SocketType.PUSH, "inproc://fd-back")), null),
                app("feeder", source(50), new Socket("out", SocketType.PUSH)),
                app("drain", new Behaviour.Sink(null, null), new Socket("in", SocketType.PULL)));
        List<Link> links = List.of(
                link("hello", "client", "req", "server", "rep", "tcp://127.0.0.1:" + reqPort),
                link("tasks", "sink", "in", "vent", "out", ipc),
                link("news", "sub", "in", "pub", "out", "inproc://fd-news"),
                link("jobs", "feeder", "out", "streamer", NodeKind.FRONTEND, "tcp://127.0.0.1:" + frontPort),
                link("drained", "drain", "in", "streamer", NodeKind.BACKEND, "inproc://fd-back"));
        return new Topology("every kind of descriptor", null, nodes, links);
    }

    @Test
    void the_estimate_covers_what_a_real_run_opens_and_little_more() throws Exception {
        assumeThat(DescriptorLimit.ofThisProcess()).as("this platform tells open descriptors").isPresent();
        Topology design = everyKind();
        runUntilEveryConnectionCarried(design).stop(); // a first run loads the classes, which may open files

        long before = openNow();
        long used;
        try (TopologyRun run = runUntilEveryConnectionCarried(design)) {
            used = openNow() - before;
        }
        long estimate = DescriptorBudget.estimate(design, Set.of()).descriptors();

        assertThat(estimate).as("estimate against %d descriptors the run opened", used)
                .isGreaterThanOrEqualTo(used)
                .isLessThanOrEqualTo(used + used / 10);
    }

    @Test
    void a_design_over_the_limit_is_refused_with_the_numbers_before_anything_starts() {
        Set<String> threadsBefore = Runs.runThreads();
        int port = Runs.freePort();
        Topology design = pairs(20, port);
        DescriptorLimit limit = new DescriptorLimit(256, 40);

        RunStartException refused = catchThrowableOfType(
                () -> TopologyRun.start(design, RunOptions.DEFAULTS, null, limit), RunStartException.TooBig.class);

        long need = DescriptorBudget.estimate(design, Set.of()).descriptors();
        assertThat(refused).as("refused").isNotNull();
        assertThat(refused.getMessage()).isEqualTo(String.format(java.util.Locale.ROOT,
                "this design needs about %,d file descriptors (40 sockets, 1 I/O thread); this process may open"
                        + " 256 and has 40 open. Raise the limit (ulimit -n 1024) or run part of the design per"
                        + " process (run --only NODE,...).", need));
        assertThat(Runs.runThreads()).as("threads after the refusal").isEqualTo(threadsBefore);
        assertThat(Runs.portFree(port)).as("the first server's port was never bound").isTrue();
    }

    @Test
    void the_part_a_process_runs_with_only_is_what_is_checked() throws Exception {
        Topology design = pairs(20, 5555);
        DescriptorLimit limit = new DescriptorLimit(256, 40);

        limit.check(design, Set.of("client-0", "server-0")); // two sockets and one connection fit
        RunStartException refused = catchThrowableOfType(() -> limit.check(design, Set.of()),
                RunStartException.TooBig.class);

        assertThat(refused).as("the whole design is refused").isNotNull();
        assertThat(DescriptorBudget.estimate(design, Set.of("client-0")).sockets()).isEqualTo(1);
    }

    @Test
    void the_refusal_names_need_limit_and_cure_in_one_sentence() {
        DescriptorLimit limit = new DescriptorLimit(1024, 40);

        String sentence = limit.refusal(new DescriptorBudget.Estimate(12_400, 3_100, 2), false).orElseThrow();

        assertThat(sentence).isEqualTo("this design needs about 12,400 file descriptors (3,100 sockets, 2 I/O"
                + " threads); this process may open 1,024 and has 40 open. Raise the limit (ulimit -n 16384) or run"
                + " part of the design per process (run --only NODE,...).");
        assertThat(limit.refusal(new DescriptorBudget.Estimate(1024 - 40 - DescriptorLimit.MARGIN, 10, 1), false))
                .as("exactly fits with the margin").isEmpty();
        assertThat(limit.refusal(new DescriptorBudget.Estimate(1024 - 40 - DescriptorLimit.MARGIN + 1, 10, 1), true))
                .as("one over").hasValueSatisfying(s -> assertThat(s).startsWith("the part of the design to run"));
    }

    /** Runs until every receiving node has had a message: each connection is then made. */
    private static TopologyRun runUntilEveryConnectionCarried(Topology design) throws RunStartException {
        TopologyRun run = TopologyRun.start(design, RunOptions.DEFAULTS, null, null);
        Runs.await("a message at every receiving node", 10_000, () -> RECEIVERS.stream().allMatch(id -> {
            RunReport.NodeReport node = run.report().nodes().get(id);
            return node != null && node.received() > 0;
        }), () -> run.report().nodes());
        return run;
    }

    /** The nodes of {@link #everyKind} that receive; the device is not observed, its drain is. */
    private static final List<String> RECEIVERS = List.of("client", "server", "sink", "sub", "drain");

    private static long openNow() {
        return DescriptorLimit.ofThisProcess().orElseThrow().open();
    }

    /** {@code count} clients each linked over tcp to a server of its own, from {@code port} on. */
    private static Topology pairs(int count, int port) {
        List<Node> nodes = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String endpoint = "tcp://127.0.0.1:" + (port + i);
            nodes.add(app("client-" + i, source(10), new Socket("req", SocketType.REQ)));
            nodes.add(app("server-" + i, new Behaviour.Responder(null, null, "World"),
                    bind("rep", SocketType.REP, endpoint)));
            links.add(link("l" + i, "client-" + i, "req", "server-" + i, "rep", endpoint));
        }
        return new Topology(null, null, nodes, links);
    }

    private static Node app(String id, Behaviour behaviour, Socket socket) {
        return new Node(id, null, NodeKind.APPLICATION, null, null, null, List.of(socket), behaviour);
    }

    private static Behaviour.Source source(double rate) {
        return new Behaviour.Source(null, rate, null, "x", null, null, null);
    }

    private static Socket bind(String id, SocketType type, String endpoint) {
        return new Socket(id, type, List.of(endpoint), List.of(), SocketOptions.DEFAULTS);
    }

    private static Link link(String id, String from, String fromSocket, String to, String toSocket, String endpoint) {
        return new Link(id, new SocketRef(from, fromSocket), new SocketRef(to, toSocket), endpoint);
    }
}
