package org.zmqdesigner.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zmqdesigner.engine.event.RunEvent;
import org.zmqdesigner.engine.model.Behaviour;
import org.zmqdesigner.engine.model.Link;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.NodeKind;
import org.zmqdesigner.engine.model.Position;
import org.zmqdesigner.engine.model.Socket;
import org.zmqdesigner.engine.model.SocketOptions;
import org.zmqdesigner.engine.model.SocketRef;
import org.zmqdesigner.engine.model.SocketType;
import org.zmqdesigner.engine.model.Topology;

/**
 * The request-reply broker samples of issue 11 (rrbroker, asyncsrv, rtdealer, lbbroker) do, on
 * real sockets, what their teaching text says. Every wait is bounded and says what it waited for.
 */
class BrokerPatternTest {

    /** rrbroker (a broker behaviour with a DEALER backend) and msgqueue (the queue device) do the same. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"reqrep-broker, rrbroker", "msgqueue, msgqueue"})
    void the_broker_spreads_the_clients_requests_over_both_workers_and_every_client_gets_its_replies(
            String sample, String brokerNode) throws Exception {
        // Ten times faster: a request a client every 100 ms, 100 ms of work a request; the lesson is the same.
        try (TopologyRun run = TopologyRun.start(Runs.sample(sample), RunOptions.DEFAULTS.withRateMultiplier(10))) {
            Runs.await("both clients to get 8 replies", 20_000, () -> {
                RunReport r = run.report();
                return r.nodes().get("rrclient-1").received() >= 8 && r.nodes().get("rrclient-2").received() >= 8;
            }, run::report);
            run.stop();
            RunReport report = run.report();
            long worker1 = report.nodes().get("rrworker-1").received();
            long worker2 = report.nodes().get("rrworker-2").received();
            long total = worker1 + worker2;

            for (String client : new String[] {"rrclient-1", "rrclient-2"}) {
                RunReport.NodeReport c = report.nodes().get(client);
                assertThat(c.sent() - c.received()).as("%s waits for at most one reply; %s", client, report)
                        .isBetween(0L, 1L);
            }
            assertThat(total).as("requests the workers took; %s", report)
                    .isBetween(report.nodes().get("rrclient-1").received() + report.nodes().get("rrclient-2").received(),
                            report.nodes().get("rrclient-1").sent() + report.nodes().get("rrclient-2").sent());
            assertThat(worker1).as("rrworker-1's share of %d; %s", total, report).isGreaterThanOrEqualTo(total * 3 / 10);
            assertThat(worker2).as("rrworker-2's share of %d; %s", total, report).isGreaterThanOrEqualTo(total * 3 / 10);
            // The broker passes every message on, both ways, and is counted like any node.
            RunReport.NodeReport broker = report.nodes().get(brokerNode);
            assertThat(broker.received()).as("%s", report).isGreaterThanOrEqualTo(2 * 16).isEqualTo(broker.sent());
        }
    }

    @Test
    void asyncsrv_clients_get_only_answers_to_their_own_requests_by_routing_id_some_several_times_some_none()
            throws Exception {
        List<RunEvent> events = new CopyOnWriteArrayList<>();
        Map<String, String> ids = Map.of("client-1", "A1F3-0001", "client-2", "B2E4-0002", "client-3", "C3D5-0003");
        Map<String, String> idOfLink = Map.of("frontend-1", "A1F3-0001", "frontend-2", "B2E4-0002",
                "frontend-3", "C3D5-0003");
        // Five times faster: five requests a second from each client.
        try (TopologyRun run = TopologyRun.start(Runs.sample("async-server"), RunOptions.DEFAULTS.withRateMultiplier(5),
                events::addAll)) {
            Runs.await("every client to send 20 requests and receive 10 answers", 20_000, () -> {
                RunReport r = run.report();
                return ids.keySet().stream().allMatch(c ->
                        r.nodes().get(c).sent() >= 20 && r.nodes().get(c).received() >= 10);
            }, run::report);
            run.stop();
            RunReport report = run.report();

            // The ROUTER sends each answer to the client its first frame names: the link it went over
            // is that client's, and the frames are [routing id, request text], no delimiter.
            List<RunEvent.MessageSent> routed = sent(events, "server", "frontend");
            assertThat(routed.stream().filter(m -> m.link() != null))
                    .as("answers routed by the server; %s", report).hasSizeGreaterThanOrEqualTo(30)
                    .allSatisfy(m -> {
                        assertThat(m.frames()).hasSize(2);
                        assertThat(text(m.frames().get(0))).as("routing id of an answer on link %s", m.link())
                                .isEqualTo(idOfLink.get(m.link()));
                    });
            Pattern request = Pattern.compile("request #(\\d+)");
            for (String client : ids.keySet()) {
                Map<Long, Integer> answers = new HashMap<>();
                for (RunEvent.MessageReceived m : received(events, client)) {
                    assertThat(m.frames()).hasSize(1);
                    Matcher matcher = request.matcher(text(m.frames().get(0)));
                    assertThat(matcher.matches()).as("%s received %s", client, text(m.frames().get(0))).isTrue();
                    long n = Long.parseLong(matcher.group(1));
                    assertThat(n).as("%s answered on a request it sent; %s", client, report)
                            .isBetween(1L, report.nodes().get(client).sent());
                    answers.merge(n, 1, Integer::sum);
                }
                assertThat(answers.values()).as("answers per request of %s", client).allSatisfy(k ->
                        assertThat(k).isBetween(1, 4));
            }
            // Zero to four answers a request: over sixty requests some get several, some none.
            long requests = ids.keySet().stream().mapToLong(c -> report.nodes().get(c).sent()).sum();
            long workerTook = report.nodes().get("worker-1").received() + report.nodes().get("worker-2").received()
                    + report.nodes().get("worker-3").received();
            long workerSent = report.nodes().get("worker-1").sent() + report.nodes().get("worker-2").sent()
                    + report.nodes().get("worker-3").sent();
            assertThat(workerTook).as("%s", report).isBetween(requests - 6, requests);
            assertThat(workerSent).as("answers of %d requests; %s", workerTook, report).isNotEqualTo(workerTook);
            assertThat(received(events, "worker-1")).as("a worker gets [routing id, request]")
                    .allSatisfy(m -> assertThat(m.frames()).hasSize(2));
        }
    }

    @Test
    void asyncsrv_answers_never_reach_another_client_even_when_the_requests_say_who_sent_them()
            throws Exception {
        // The sample's clients all send "request #n"; here each names itself, so a stray answer shows.
        Topology sample = Runs.sample("async-server");
        Topology named = new Topology(sample.title(), sample.description(), sample.nodes().stream()
                .map(n -> n.behaviour() instanceof Behaviour.Source s
                        ? withBehaviour(n, s.withPayload("{node} request #{seq}")) : n).toList(), sample.links());
        List<RunEvent> events = new CopyOnWriteArrayList<>();
        try (TopologyRun run = TopologyRun.start(named, RunOptions.DEFAULTS.withRateMultiplier(5), events::addAll)) {
            Runs.await("every client to receive 10 answers", 20_000, () -> List.of("client-1", "client-2", "client-3")
                    .stream().allMatch(c -> run.report().nodes().get(c).received() >= 10), run::report);
            run.stop();
            for (String client : List.of("client-1", "client-2", "client-3")) {
                assertThat(received(events, client)).as("answers to %s", client).isNotEmpty()
                        .allSatisfy(m -> assertThat(text(m.frames().get(0))).startsWith(client + " request #"));
            }
        }
    }

    @Test
    void rtdealer_the_boss_deals_work_to_the_DEALER_and_the_REQ_worker_by_routing_id() throws Exception {
        List<RunEvent> events = new CopyOnWriteArrayList<>();
        try (TopologyRun run = TopologyRun.start(Runs.sample("router-to-dealer"), RunOptions.DEFAULTS.withRateMultiplier(5),
                events::addAll)) {
            Runs.await("both workers to get 8 pieces of work", 20_000, () -> {
                RunReport r = run.report();
                return r.nodes().get("worker-1").received() >= 8 && r.nodes().get("worker-2").received() >= 8;
            }, run::report);
            run.stop();
            RunReport report = run.report();

            Map<String, String> idOfLink = Map.of("dealer", "A", "req", "B");
            // A message read before its connection was matched to a link has none; the rest say whose it is.
            assertThat(received(events, "broker").stream().filter(m -> m.link() != null))
                    .as("what the boss heard; %s", report).isNotEmpty().allSatisfy(m ->
                    assertThat(m.frames()).extracting(BrokerPatternTest::text)
                            .containsExactly(idOfLink.get(m.link()), "", "Hi Boss"));
            assertThat(sent(events, "broker", "boss").stream().filter(m -> m.link() != null)).isNotEmpty().allSatisfy(m ->
                    assertThat(m.frames()).extracting(BrokerPatternTest::text)
                            .containsExactly(idOfLink.get(m.link()), "", "Work harder"));
            // The DEALER sees the delimiter and sends it back; the REQ strips and restores it.
            assertThat(received(events, "worker-1")).isNotEmpty().allSatisfy(m ->
                    assertThat(m.frames()).extracting(BrokerPatternTest::text).containsExactly("", "Work harder"));
            assertThat(received(events, "worker-2")).isNotEmpty().allSatisfy(m ->
                    assertThat(m.frames()).extracting(BrokerPatternTest::text).containsExactly("Work harder"));
            // Each worker announced once, then answered every piece of work.
            for (String worker : List.of("worker-1", "worker-2")) {
                RunReport.NodeReport w = report.nodes().get(worker);
                assertThat(w.sent() - w.received()).as("%s; %s", worker, report).isBetween(0L, 1L);
            }
        }
    }

    @Test
    void lbbroker_sends_each_request_to_the_worker_ready_longest_and_the_slow_worker_gets_less() throws Exception {
        List<RunEvent> events = new CopyOnWriteArrayList<>();
        // Twice as fast: twelve requests a second, 150 ms of work on the quick workers, 750 on the slow.
        try (TopologyRun run = TopologyRun.start(Runs.sample("load-balancing-broker"),
                RunOptions.DEFAULTS.withRateMultiplier(2), events::addAll)) {
            Runs.await("the workers to answer 60 requests", 30_000, () -> {
                RunReport r = run.report();
                return r.nodes().get("worker-1").sent() + r.nodes().get("worker-2").sent()
                        + r.nodes().get("worker-3").sent() >= 60 + 3;
            }, run::report);
            run.stop();
            RunReport report = run.report();

            // Replay the broker's backend by routing id: a worker that speaks joins the back of the
            // queue, and each request must go to the one at its head.
            List<RunEvent> backend = events.stream().filter(e ->
                    e instanceof RunEvent.MessageReceived m && m.node().equals("lbbroker") && m.socket().equals("backend")
                            || e instanceof RunEvent.MessageSent s && s.node().equals("lbbroker")
                            && s.socket().equals("backend"))
                    .sorted(Comparator.comparingLong(RunEvent::nanos)).toList();
            Deque<String> ready = new ArrayDeque<>();
            int dispatched = 0;
            for (RunEvent e : backend) {
                if (e instanceof RunEvent.MessageReceived m) {
                    String worker = hex(m.frames().get(0));
                    ready.remove(worker);
                    ready.addLast(worker);
                } else {
                    RunEvent.MessageSent s = (RunEvent.MessageSent) e;
                    assertThat(hex(s.frames().get(0))).as("request %d went to the worker ready longest of %s",
                            dispatched + 1, ready).isEqualTo(ready.peekFirst());
                    ready.pollFirst();
                    assertThat(s.frames()).extracting(BrokerPatternTest::text).element(1).isEqualTo("");
                    assertThat(text(s.frames().get(s.frames().size() - 1))).isEqualTo("HELLO");
                    dispatched++;
                }
            }
            assertThat(dispatched).as("requests traced; %s", report).isGreaterThanOrEqualTo(50);

            long quick1 = report.nodes().get("worker-1").received();
            long quick2 = report.nodes().get("worker-2").received();
            long slow = report.nodes().get("worker-3").received();
            assertThat(slow).as("the slow worker's work; %s", report).isPositive()
                    .isLessThan(Math.min(quick1, quick2) / 2);
            // Every client gets its "OK"s back.
            for (String client : List.of("client-1", "client-2", "client-3")) {
                assertThat(received(events, client)).as("%s's replies", client).isNotEmpty()
                        .allSatisfy(m -> assertThat(m.frames()).extracting(BrokerPatternTest::text).containsExactly("OK"));
                RunReport.NodeReport c = report.nodes().get(client);
                assertThat(c.sent() - c.received()).as("%s; %s", client, report).isBetween(0L, 1L);
            }
        }
    }

    /**
     * worker-a says READY and leaves; worker-b comes later. The first request must go to worker-b:
     * sent to worker-a (ready longest) it would be dropped and its client would wait for ever.
     */
    @Test
    void lbbroker_passes_over_a_ready_worker_that_has_left() throws Exception {
        int front = Runs.freePort();
        int back = Runs.freePort();
        Node broker = new Node("broker", null, NodeKind.APPLICATION, Position.ORIGIN, null, null, List.of(
                bound("frontend", front), bound("backend", back)), new Behaviour.Broker(null, null));
        Behaviour.Responder working = new Behaviour.Responder(null, null, "OK").withAnnounce("READY");
        Node workerA = new Node("worker-a", null, NodeKind.APPLICATION, Position.ORIGIN, null, null,
                List.of(new Socket("worker", SocketType.REQ)), working);
        Node workerB = new Node("worker-b", null, NodeKind.APPLICATION, Position.ORIGIN, 1_000, null,
                List.of(new Socket("worker", SocketType.REQ)), working);
        Node client = new Node("client", null, NodeKind.APPLICATION, Position.ORIGIN, 1_500, null,
                List.of(new Socket("client", SocketType.REQ)),
                new Behaviour.Source(null, 20.0, 5L, "HELLO", null, null, null));
        Topology topology = new Topology("left", null, List.of(broker, workerA, workerB, client), List.of(
                link("a", "worker-a", "broker", "backend", back), link("b", "worker-b", "broker", "backend", back),
                link("c", "client", "broker", "frontend", front)));
        try (TopologyRun run = TopologyRun.start(topology, RunOptions.DEFAULTS)) {
            Runs.await("worker-a to say READY", 5_000, () -> run.report().nodes().get("broker").received() >= 1,
                    run::report);
            run.stopNode("worker-a");
            assertThat(run.awaitFinished(10_000)).as("the client to get its 5 replies; %s", run.report()).isTrue();
            RunReport report = run.report();
            assertThat(report.nodes().get("client").received()).as("%s", report).isEqualTo(5);
            assertThat(report.nodes().get("worker-b").received()).as("%s", report).isEqualTo(5);
            assertThat(report.nodes().get("broker").unroutable()).as("%s", report).isZero();
        }
    }

    private static Socket bound(String id, int port) {
        return new Socket(id, SocketType.ROUTER, List.of("tcp://127.0.0.1:" + port), List.of(), SocketOptions.DEFAULTS);
    }

    private static Link link(String id, String from, String toNode, String toSocket, int port) {
        return new Link(id, new SocketRef(from, from.startsWith("client") ? "client" : "worker"),
                new SocketRef(toNode, toSocket), "tcp://localhost:" + port);
    }

    private static Node withBehaviour(Node n, Behaviour behaviour) {
        return new Node(n.id(), n.name(), n.kind(), n.position(), n.startDelayMs(), n.host(), n.sockets(), behaviour);
    }

    private static List<RunEvent.MessageSent> sent(List<RunEvent> events, String node, String socket) {
        return events.stream().filter(e -> e instanceof RunEvent.MessageSent m && node.equals(m.node())
                && socket.equals(m.socket())).map(e -> (RunEvent.MessageSent) e).toList();
    }

    private static List<RunEvent.MessageReceived> received(List<RunEvent> events, String node) {
        return events.stream().filter(e -> e instanceof RunEvent.MessageReceived m && node.equals(m.node()))
                .map(e -> (RunEvent.MessageReceived) e).toList();
    }

    private static String hex(byte[] frame) {
        return java.util.HexFormat.of().formatHex(frame);
    }

    private static String text(byte[] frame) {
        return new String(frame, StandardCharsets.UTF_8);
    }
}
