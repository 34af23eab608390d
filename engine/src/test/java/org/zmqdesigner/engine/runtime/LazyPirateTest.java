package org.zmqdesigner.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zeromq.ZMonitor;
import org.zmqdesigner.engine.event.RunEvent;
import org.zmqdesigner.engine.format.TopologyFormat;
import org.zmqdesigner.engine.model.Topology;

/**
 * The zguide's Lazy Pirate client (lpclient) against a plain JeroMQ REP server that stalls or goes
 * away: the client retries on a new socket, takes only the reply to the request it sent last, and
 * gives up in the guide's words when every retry goes unanswered.
 */
class LazyPirateTest {

    /** A Lazy Pirate client asking "{seq}" ten times a second of a server on {@code port}. */
    static Topology client(int port, int timeoutMs, int retries) throws Exception {
        String text = """
                {"formatVersion": 1, "nodes": [{"id": "lpclient",
                  "sockets": [{"id": "client", "type": "REQ", "connects": ["tcp://localhost:%d"]}],
                  "behaviour": {"type": "source", "rate": 10, "payload": "{seq}", "replyTimeoutMs": %d,
                                "retries": %d}}]}
                """.formatted(port, timeoutMs, retries);
        return new TopologyFormat().read(text.getBytes(StandardCharsets.UTF_8), "lpclient");
    }

    /**
     * A REP server in plain JeroMQ: replies "PAYLOAD #N", N counting the requests it took, and
     * stalls {@code stallMs} before replying to the first copy of the client's request number
     * {@code stallOn} (by its payload, not by how many requests came before it: on a loaded machine
     * JeroMQ's first connection can stall until its handshake timer, and the client then retries an
     * earlier request); counts the tcp connections it accepts. It stops after {@code stopAfter}
     * replies, closing its socket.
     */
    static final class Server implements AutoCloseable {
        final AtomicInteger accepted = new AtomicInteger();
        final List<String> replies = new CopyOnWriteArrayList<>();
        /** Counted down when the server starts stalling. */
        final java.util.concurrent.CountDownLatch stalling = new java.util.concurrent.CountDownLatch(1);
        /** The reply the server sent after its stall, once sent. */
        volatile String stalledReply;
        private final ZContext context = new ZContext();
        private final Thread thread;
        private volatile boolean running = true;

        Server(int port, int stallOn, long stallMs, int stopAfter) {
            ZMQ.Socket rep = context.createSocket(SocketType.REP);
            rep.setEventHook(event -> {
                if (event.getEvent() == ZMonitor.Event.ACCEPTED) {
                    accepted.incrementAndGet();
                }
            }, ZMQ.EVENT_ACCEPTED);
            rep.setReceiveTimeOut(50);
            rep.bind("tcp://127.0.0.1:" + port);
            thread = new Thread(() -> {
                int taken = 0;
                while (running && replies.size() < stopAfter) {
                    String request = rep.recvStr();
                    if (request == null) {
                        continue;
                    }
                    taken++;
                    boolean stall = stalling.getCount() > 0 && request.equals(String.valueOf(stallOn));
                    if (stall) {
                        stalling.countDown();
                        try {
                            Thread.sleep(stallMs);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                    String reply = request + " #" + taken;
                    rep.send(reply);
                    replies.add(reply);
                    if (stall) {
                        stalledReply = reply;
                    }
                }
                context.destroySocket(rep);
            }, "test-lpserver");
            thread.start();
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            thread.join(5_000);
            context.close();
        }
    }

    @Test
    void a_reply_that_comes_too_late_is_retried_on_a_new_connection_and_the_new_reply_matches_the_request()
            throws Exception {
        int port = Runs.freePort();
        List<RunEvent> events = new CopyOnWriteArrayList<>();
        // The third request waits 5 s at the server; the client waits 2 s for each reply: it retries
        // at 2 s and 4 s and has its reply a second before it would retry again. (With 1 s and 2.5 s
        // a CI run under load answered the second retry later than the half second left: a third.)
        try (Server server = new Server(port, 3, 5_000, Integer.MAX_VALUE);
             TopologyRun run = TopologyRun.start(client(port, 2_000, 3), RunOptions.DEFAULTS, events::addAll)) {
            Runs.await("lpclient to get 8 replies", 20_000,
                    () -> run.report().nodes().get("lpclient").received() >= 8, run::report);
            run.stop();
            RunReport report = run.report();

            Runs.await("the retries to be told", 5_000,
                    () -> retried(events).size() == report.nodes().get("lpclient").retries(), () -> events);
            List<RunEvent.RequestRetried> all = retried(events);
            // On a loaded machine an early request can take longer than a second too (JeroMQ's first
            // connection may stall until its handshake timer): its retries count, and are not the point.
            List<RunEvent.RequestRetried> third = all.stream().filter(r -> r.request() == 3).toList();
            assertThat(third).as("retries of request 3; all: %s", all).hasSize(2);
            assertThat(third).extracting(RunEvent.RequestRetried::attempt).containsExactly(1, 2);
            assertThat(all).extracting(RunEvent.RequestRetried::of).containsOnly(3);
            assertThat(all).extracting(RunEvent.RequestRetried::retriesSoFar)
                    .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, all.size()).boxed().toList());
            assertThat(all).extracting(RunEvent.RequestRetried::socket).containsOnly("client");
            // One connection at the start and a new one for each retry.
            assertThat(server.accepted.get()).as("tcp connections the server accepted").isEqualTo(1 + all.size());
            // The server answered the first copy of request 3 late, into a socket the client had closed:
            // the client took only the answer to its latest copy, and every reply is its request's.
            assertThat(server.stalledReply).as("the late reply to request 3").startsWith("3 #");
            List<String> received = events.stream()
                    .filter(e -> e instanceof RunEvent.MessageReceived r && r.node().equals("lpclient"))
                    .map(e -> new String(((RunEvent.MessageReceived) e).frames().get(0), StandardCharsets.UTF_8))
                    .toList();
            // Whether the server still read the copy sent on the second socket, closed by then, is
            // JeroMQ's choice; either way the reply the client took is to a later copy than the first.
            assertThat(received).as("replies lpclient took").isNotEmpty().doesNotContain(server.stalledReply);
            // Each reply names its request: one reply per request, in order (a stale one would repeat
            // a number). Tracing is a sample, so a reply may be missing from the events, never repeated.
            List<Long> answered = received.stream().map(r -> Long.parseLong(r.substring(0, r.indexOf(' ')))).toList();
            assertThat(answered).as("requests answered, from %s", received).isSorted().doesNotHaveDuplicates();
            assertThat(report.nodes().get("lpclient").state()).isIn("running", "stopped");
        }
    }

    @Test
    void when_every_retry_goes_unanswered_the_client_gives_up_in_the_guides_words() throws Exception {
        int port = Runs.freePort();
        List<RunEvent> events = new CopyOnWriteArrayList<>();
        // The server answers two requests and goes away: the third is never answered.
        try (Server server = new Server(port, 0, 0, 2);
             TopologyRun run = TopologyRun.start(client(port, 250, 3), RunOptions.DEFAULTS, events::addAll)) {
            Runs.await("lpclient to give up", 20_000,
                    () -> run.nodeStates().get("lpclient") == RunEvent.NodeState.GAVE_UP, run::report);
            RunReport report = run.report();

            assertThat(run.nodeDetail("lpclient")).isEqualTo("node lpclient gave up: server seems to be offline,"
                    + " abandoning (3 retries of 0.25 s unanswered)");
            Runs.await("the retries to be told", 5_000,
                    () -> retried(events).size() == report.nodes().get("lpclient").retries(), () -> events);
            List<RunEvent.RequestRetried> all = retried(events);
            assertThat(all.stream().filter(r -> r.request() == 3)).extracting(RunEvent.RequestRetried::attempt)
                    .containsExactly(1, 2, 3);
            assertThat(report.nodes().get("lpclient").received()).isEqualTo(2);
            // Each request once, and once more for each retry, each on its own socket.
            assertThat(report.nodes().get("lpclient").sent()).isEqualTo(3 + all.size());
        }
    }

    /**
     * Within a design: the client's link to a designed server that always answers too late. Each
     * retry's new connection is a connection of the same link, the old ones end, and the server
     * goes on serving.
     */
    @Test
    void a_designed_server_that_is_always_too_slow_sees_each_retry_as_a_new_connection_of_the_link()
            throws Exception {
        int port = Runs.freePort();
        String text = """
                {"formatVersion": 1, "nodes": [
                  {"id": "lpclient", "sockets": [{"id": "client", "type": "REQ"}],
                   "behaviour": {"type": "source", "rate": 10, "payload": "{seq}", "replyTimeoutMs": 200,
                                 "retries": 2}},
                  {"id": "lpserver", "sockets": [{"id": "server", "type": "REP", "binds": ["tcp://127.0.0.1:%d"]}],
                   "behaviour": {"type": "responder", "delayMs": 500, "reply": "{payload}"}}],
                 "links": [{"id": "requests", "from": {"node": "lpclient", "socket": "client"},
                            "to": {"node": "lpserver", "socket": "server"}, "endpoint": "tcp://localhost:%d"}]}
                """.formatted(port, port);
        Topology design = new TopologyFormat().read(text.getBytes(StandardCharsets.UTF_8), "slow server");
        List<RunEvent> events = new CopyOnWriteArrayList<>();
        try (TopologyRun run = TopologyRun.start(design, RunOptions.DEFAULTS, events::addAll)) {
            Runs.await("lpclient to give up", 10_000,
                    () -> run.nodeStates().get("lpclient") == RunEvent.NodeState.GAVE_UP, run::report);
            Runs.await("the server to answer all three copies", 10_000,
                    () -> run.report().nodes().get("lpserver").sent() >= 3, run::report);
            RunReport report = run.report();
            assertThat(run.nodeDetail("lpclient")).startsWith("node lpclient gave up: server seems to be offline");
            assertThat(report.nodes().get("lpclient").sent()).isEqualTo(3);
            assertThat(report.nodes().get("lpclient").received()).isZero();
            assertThat(report.nodes().get("lpserver").state()).isEqualTo("running");
            // A REP drops a reply whose connection has gone: the late replies never enter the link.
            assertThat(report.links().get("requests").sent()).as("three requests; %s", report).isEqualTo(3);
            assertThat(report.links().get("requests").delivered()).as("the server read the three copies; %s",
                    report).isEqualTo(3);
            Runs.await("the client's three connections to be told up and the old ones down", 5_000, () ->
                    events.stream().filter(e -> e instanceof RunEvent.ConnectionChanged c && c.node().equals("lpclient")
                            && c.state() == RunEvent.ConnectionState.CONNECTED).count() == 3, () -> events.stream()
                    .filter(e -> e instanceof RunEvent.ConnectionChanged).toList());
        }
    }

    @Test
    void paused_time_does_not_count_against_the_reply_timeout() throws Exception {
        int port = Runs.freePort();
        // The server stalls 3 s on the second request; the client waits 2 s. Paused for the stall,
        // the client must not count it, so no retry happens.
        List<RunEvent> events = new CopyOnWriteArrayList<>();
        try (Server server = new Server(port, 2, 3_000, Integer.MAX_VALUE);
             TopologyRun run = TopologyRun.start(client(port, 2_000, 3), RunOptions.DEFAULTS, events::addAll)) {
            assertThat(server.stalling.await(10, java.util.concurrent.TimeUnit.SECONDS))
                    .as("the server to take the second request; %s", run.report()).isTrue();
            run.pause();
            Thread.sleep(3_200); // what is awaited is that nothing happens in this time
            run.resume();
            Runs.await("lpclient to get 3 replies", 10_000,
                    () -> run.report().nodes().get("lpclient").received() >= 3, run::report);
            Runs.await("the retries to be told", 5_000,
                    () -> retried(events).size() == run.report().nodes().get("lpclient").retries(), () -> events);
            assertThat(retried(events)).as("retries; %s", run.report()).noneMatch(r -> r.request() == 2);
        }
    }

    private static List<RunEvent.RequestRetried> retried(List<RunEvent> events) {
        return events.stream().filter(e -> e instanceof RunEvent.RequestRetried)
                .map(e -> (RunEvent.RequestRetried) e).toList();
    }

    @Test
    void a_report_without_retries_reads_and_writes_as_before() throws Exception {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        String old = "{\"state\":\"running\",\"sent\":1,\"received\":2,\"dropped\":0,\"unroutable\":0,"
                + "\"lostSlowJoiner\":0,\"lostHwm\":0,\"publishedWhileAway\":0}";
        RunReport.NodeReport read = mapper.readValue(old, RunReport.NodeReport.class);
        assertThat(read.retries()).isZero();
        assertThat(mapper.writeValueAsString(read)).isEqualTo(old);
        assertThat(mapper.writeValueAsString(new RunReport.NodeReport("running", 1, 2, 0, 0, 0, 0, 0, 4)))
                .isEqualTo(old.replace("}", ",\"retries\":4}"));
    }
}
