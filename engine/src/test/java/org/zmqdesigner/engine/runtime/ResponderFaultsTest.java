package org.zmqdesigner.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zmqdesigner.engine.event.RunEvent.NodeState;
import org.zmqdesigner.engine.model.Behaviour;
import org.zmqdesigner.engine.model.CountRange;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.NodeKind;
import org.zmqdesigner.engine.model.Position;
import org.zmqdesigner.engine.model.Socket;
import org.zmqdesigner.engine.model.SocketOptions;
import org.zmqdesigner.engine.model.SocketType;
import org.zmqdesigner.engine.model.Topology;

/**
 * A responder's faults and reply counts, asked of it by a plain JeroMQ client: crashes where the
 * design says, in words a student understands, can be restarted, stalls, and repeats the same
 * choices run after run for the same seed.
 */
class ResponderFaultsTest {

    @Test
    void crashAfter_5_answers_five_requests_then_crashes_on_the_sixth_in_plain_words_and_restarts() throws Exception {
        int port = Runs.freePort();
        Behaviour.Responder lpserver = new Behaviour.Responder(null, null, "{payload}")
                .withFaults(new Behaviour.Faults(5L, null, null, null));
        try (TopologyRun run = TopologyRun.start(server("lpserver", SocketType.REP, port, lpserver), RunOptions.DEFAULTS);
             ZContext context = new ZContext(1)) {
            ZMQ.Socket client = client(context, port);
            for (int i = 1; i <= 7; i++) {
                send(client, true, "request " + i);
            }
            List<String> replies = drain(client, 2_000);
            Runs.await("lpserver to crash", 5_000, () -> run.nodeStates().get("lpserver") == NodeState.CRASHED,
                    run::nodeStates);

            assertThat(replies).containsExactly("request 1", "request 2", "request 3", "request 4", "request 5");
            assertThat(run.nodeDetail("lpserver")).isEqualTo("node lpserver crashed: simulated crash on request 6"
                    + " (faults.crashAfter 5), as the zguide's lpserver does");
            assertThat(run.report().nodes().get("lpserver").received()).isEqualTo(6);

            // Restarted, it answers again, from a fresh count: five more, then the next crash.
            run.restartNode("lpserver");
            assertThat(run.nodeStates().get("lpserver")).isEqualTo(NodeState.RUNNING);
            for (int i = 8; i <= 14; i++) {
                send(client, true, "request " + i);
            }
            assertThat(drain(client, 2_000)).containsExactly("request 8", "request 9", "request 10", "request 11",
                    "request 12");
            Runs.await("lpserver to crash again", 5_000,
                    () -> run.nodeStates().get("lpserver") == NodeState.CRASHED, run::nodeStates);
        }
    }

    @Test
    void with_a_fixed_seed_crashes_and_reply_counts_repeat_run_after_run() throws Exception {
        Behaviour.Responder worker = new Behaviour.Responder(null, null, "{payload}")
                .withReplies(CountRange.parse("0..4"))
                .withFaults(new Behaviour.Faults(null, 0.1, 1, 0.5))
                .withSeed(42L);
        Outcome first = outcome(worker);
        Outcome second = outcome(worker);

        assertThat(first.crash).as("the crash; replies %s", first.replies).startsWith("node worker crashed: simulated"
                + " crash on request ").endsWith("(faults.crashChance 0.1), as the zguide's lpserver does");
        assertThat(second).isEqualTo(first);
        assertThat(first.replies).as("replies before the crash").isNotEmpty()
                .allSatisfy(r -> assertThat(r).matches("request \\d+"));
        // 0..4 replies a request: some requests go unanswered, some answered several times.
        long distinct = first.replies.stream().distinct().count();
        assertThat(first.replies.size()).as("%s", first.replies).isNotEqualTo((int) distinct);

        // Another seed, other choices (for these two seeds; a coincidence would need a new pair).
        Outcome other = outcome(worker.withSeed(7L));
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void without_a_seed_the_node_id_seeds_the_choices_so_they_repeat_too() throws Exception {
        Behaviour.Responder worker = new Behaviour.Responder(null, null, "{payload}")
                .withReplies(CountRange.parse("0..3"));
        Outcome first = outcome(worker);
        assertThat(outcome(worker)).isEqualTo(first);
        assertThat(first.replies).isNotEmpty();
    }

    @Test
    void a_stall_holds_the_reply_back_as_long_as_the_design_says_scaled_by_the_run_speed() throws Exception {
        int port = Runs.freePort();
        Behaviour.Responder stalling = new Behaviour.Responder(null, null, "late")
                .withFaults(new Behaviour.Faults(null, null, 400, 1.0));
        try (TopologyRun run = TopologyRun.start(server("lpserver", SocketType.REP, port, stalling), RunOptions.DEFAULTS);
             ZContext context = new ZContext(1)) {
            ZMQ.Socket client = client(context, port);
            assertThat(roundTripMillis(client)).isGreaterThanOrEqualTo(380);
        }
        try (TopologyRun run = TopologyRun.start(server("lpserver", SocketType.REP, port, stalling),
                RunOptions.DEFAULTS.withRateMultiplier(10));
             ZContext context = new ZContext(1)) {
            ZMQ.Socket client = client(context, port);
            assertThat(roundTripMillis(client)).isGreaterThanOrEqualTo(35).isLessThan(300);
        }
    }

    /** The validator refuses such a design; were one to run, the REP must not wedge. */
    @Test
    void a_REP_or_REQ_asked_for_several_replies_or_none_replies_once_so_it_never_wedges() {
        java.util.Random random = new java.util.Random(1);
        for (SocketType lockstep : List.of(SocketType.REP, SocketType.REQ)) {
            assertThat(ResponderLoop.replyCount(lockstep, CountRange.exactly(3), random)).isEqualTo(1);
            assertThat(ResponderLoop.replyCount(lockstep, CountRange.parse("0..4"), random)).isEqualTo(1);
        }
        assertThat(ResponderLoop.replyCount(SocketType.DEALER, CountRange.exactly(3), random)).isEqualTo(3);
        assertThat(ResponderLoop.replyCount(SocketType.ROUTER, CountRange.exactly(0), random)).isZero();
        assertThat(ResponderLoop.replyCount(SocketType.ROUTER, null, random)).isEqualTo(1);
    }

    @Test
    void a_ROUTER_answers_an_envelope_without_delimiter_with_the_envelope_and_the_reply() throws Exception {
        int port = Runs.freePort();
        Behaviour.Responder boss = new Behaviour.Responder(null, null, "Work harder");
        try (TopologyRun run = TopologyRun.start(server("boss", SocketType.ROUTER, port, boss), RunOptions.DEFAULTS);
             ZContext context = new ZContext(1)) {
            ZMQ.Socket client = client(context, port);
            client.send("Hi Boss");
            client.setReceiveTimeOut(5_000);
            assertThat(client.recvStr()).isEqualTo("Work harder");
            assertThat(client.hasReceiveMore()).isFalse();
        }
    }

    private record Outcome(List<String> replies, String crash) {
    }

    /** Twenty requests, one every 20 ms, to a DEALER worker; what came back and how it crashed. */
    private static Outcome outcome(Behaviour.Responder worker) throws Exception {
        int port = Runs.freePort();
        try (TopologyRun run = TopologyRun.start(server("worker", SocketType.DEALER, port, worker), RunOptions.DEFAULTS);
             ZContext context = new ZContext(1)) {
            ZMQ.Socket client = client(context, port);
            for (int i = 1; i <= 20; i++) {
                send(client, false, "request " + i);
                Thread.sleep(20);
            }
            Runs.await("the worker to take the requests or crash", 5_000, () ->
                    run.report().nodes().get("worker").received() == 20
                            || run.nodeStates().get("worker") == NodeState.CRASHED, run::report);
            List<String> replies = drain(client, 1_000);
            String crash = run.nodeStates().get("worker") == NodeState.CRASHED ? run.nodeDetail("worker") : "";
            return new Outcome(replies, crash);
        }
    }

    private static long roundTripMillis(ZMQ.Socket client) {
        long start = System.nanoTime();
        send(client, true, "Hello");
        client.setReceiveTimeOut(5_000);
        assertThat(client.recvStr()).as("the empty delimiter").isEmpty();
        assertThat(client.recvStr()).isEqualTo("late");
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static Topology server(String id, SocketType type, int port, Behaviour.Responder behaviour) {
        Node node = new Node(id, null, NodeKind.APPLICATION, Position.ORIGIN, null, null, List.of(
                new Socket("socket", type, List.of("tcp://127.0.0.1:" + port), List.of(), SocketOptions.DEFAULTS)),
                behaviour);
        return new Topology("faults", null, List.of(node), List.of());
    }

    /** A plain DEALER: it can send many requests without waiting, as several clients would. */
    /**
     * A plain DEALER connected to the server, its handshake done before any timing starts. JeroMQ
     * 0.6.0 can stall a connecting socket until its handshake timer fires (see SocketSetup; a CI
     * run saw 5 s go by with nothing delivered): a short timer retries such a connection.
     */
    private static ZMQ.Socket client(ZContext context, int port) {
        ZMQ.Socket client = context.createSocket(org.zeromq.SocketType.DEALER);
        client.setLinger(0);
        client.setHandshakeIvl(500);
        client.connect("tcp://127.0.0.1:" + port);
        Runs.await("the client's connection to finish its handshake", 10_000, () -> {
            client.getEvents(); // lets the socket attach what its I/O thread made
            return java.util.Arrays.stream(Introspection.pipes(client)).anyMatch(Introspection::handshaken);
        }, () -> java.util.List.of(Introspection.pipes(client)));
        return client;
    }

    private static void send(ZMQ.Socket client, boolean delimiter, String body) {
        if (delimiter) {
            client.sendMore("");
        }
        client.send(body);
    }

    /** The bodies received until none came for {@code quietMillis}. */
    private static List<String> drain(ZMQ.Socket client, int quietMillis) {
        client.setReceiveTimeOut(quietMillis);
        List<String> bodies = new ArrayList<>();
        String frame;
        while ((frame = client.recvStr()) != null) {
            while (client.hasReceiveMore()) {
                frame = client.recvStr();
            }
            bodies.add(frame);
        }
        return bodies;
    }
}
