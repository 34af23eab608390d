package org.zmqdesigner.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * The zguide's programs, as the guide describes them, join the pattern samples of issue 11 while
 * they run: first written with plain JeroMQ (no code of ours), then in Python with pyzmq, which is
 * libzmq. Each outside program connects to the sample's tcp endpoint on loopback.
 */
class PatternInteropTest {

    // --- multi-publisher: a wuclient of its own connects to both weather servers ---

    @Test
    void a_plain_SUB_connected_to_both_weather_servers_gets_both_cities_updates() throws Exception {
        try (TopologyRun run = TopologyRun.start(Runs.sample("multi-publisher"), RunOptions.DEFAULTS);
             ZContext context = new ZContext(1)) {
            ZMQ.Socket subscriber = plain(context, SocketType.SUB);
            subscriber.connect("tcp://localhost:5556");
            subscriber.connect("tcp://localhost:5566");
            subscriber.subscribe("10001 ".getBytes(ZMQ.CHARSET));
            subscriber.subscribe("94105 ".getBytes(ZMQ.CHARSET));

            List<String> updates = receiveUntil(subscriber, 10_000, run,
                    got -> got.stream().anyMatch(u -> u.startsWith("10001 "))
                            && got.stream().anyMatch(u -> u.startsWith("94105 ")));

            assertThat(updates).allSatisfy(u -> assertThat(u).matches("(10001|94105) -?\\d+ \\d+"));
            assertThat(updates).anyMatch(u -> u.startsWith("10001 ")).anyMatch(u -> u.startsWith("94105 "));
        }
    }

    @Test
    void a_pyzmq_SUB_connected_to_both_weather_servers_gets_both_cities_updates() throws Exception {
        assumeTrue(Pyzmq.available(), Pyzmq.unavailable());
        try (TopologyRun run = TopologyRun.start(Runs.sample("multi-publisher"), RunOptions.DEFAULTS)) {
            List<String> updates = Pyzmq.run("""
                    import zmq
                    subscriber = zmq.Context().socket(zmq.SUB)
                    subscriber.connect("tcp://localhost:5556")
                    subscriber.connect("tcp://localhost:5566")
                    subscriber.setsockopt_string(zmq.SUBSCRIBE, "10001 ")
                    subscriber.setsockopt_string(zmq.SUBSCRIBE, "94105 ")
                    subscriber.rcvtimeo = 10000
                    cities = set()
                    while len(cities) < 2:
                        update = subscriber.recv_string()
                        print(update)
                        cities.add(update[:5])
                    """, 30);

            assertThat(updates).isNotEmpty().allSatisfy(u -> assertThat(u).matches("(10001|94105) -?\\d+ \\d+"));
            assertThat(updates).anyMatch(u -> u.startsWith("10001 ")).anyMatch(u -> u.startsWith("94105 "));
        }
    }

    // --- fair-queuing: a third ventilator pushes into the sink and takes its turn ---

    @Test
    void a_plain_PUSH_ventilator_joins_the_sink_and_its_tasks_are_taken_in_turn() throws Exception {
        try (TopologyRun run = TopologyRun.start(Runs.sample("fair-queuing"), RunOptions.DEFAULTS);
             ZContext context = new ZContext(1)) {
            ZMQ.Socket ventilator = plain(context, SocketType.PUSH);
            ventilator.connect("tcp://localhost:5558");
            for (int task = 1; task <= 10; task++) {
                assertThat(ventilator.send(Integer.toString(task * 7 % 100 + 1))).isTrue();
            }
            // The sink takes ten a second in turn from three ventilators: ten tasks in well under 10 s,
            // though the busy ventilator's backlog is long.
            awaitOutsideTasks(run, 10, 10_000);
        }
    }

    @Test
    void a_pyzmq_PUSH_ventilator_joins_the_sink_and_its_tasks_are_taken_in_turn() throws Exception {
        assumeTrue(Pyzmq.available(), Pyzmq.unavailable());
        try (TopologyRun run = TopologyRun.start(Runs.sample("fair-queuing"), RunOptions.DEFAULTS)) {
            Pyzmq.run("""
                    import random, zmq
                    context = zmq.Context()
                    sender = context.socket(zmq.PUSH)
                    sender.connect("tcp://localhost:5558")
                    for task in range(10):
                        sender.send_string(str(random.randint(1, 100)))
                    sender.close(linger=10000)
                    context.term()
                    """, 30);

            awaitOutsideTasks(run, 10, 10_000);
        }
    }

    // --- msgqueue: rrclient and rrworker join the queue from outside: see BrokerInteropTest ---

    // --- weather-proxy: a wuclient on the proxy's side subscribes to a zip code nobody else wants ---

    @Test
    void a_plain_SUB_on_the_proxys_port_gets_a_zip_code_no_designed_client_asked_for() throws Exception {
        try (TopologyRun run = TopologyRun.start(Runs.sample("weather-proxy"), RunOptions.DEFAULTS);
             ZContext context = new ZContext(1)) {
            ZMQ.Socket subscriber = plain(context, SocketType.SUB);
            subscriber.connect("tcp://localhost:8100");
            subscriber.subscribe("10003 ".getBytes(ZMQ.CHARSET));

            List<String> updates = receiveUntil(subscriber, 10_000, run, got -> got.size() == 3);

            assertThat(updates).hasSize(3).allSatisfy(u -> assertThat(u).matches("10003 -?\\d+ \\d+"));
        }
    }

    @Test
    void a_pyzmq_SUB_on_the_proxys_port_gets_a_zip_code_no_designed_client_asked_for() throws Exception {
        assumeTrue(Pyzmq.available(), Pyzmq.unavailable());
        try (TopologyRun run = TopologyRun.start(Runs.sample("weather-proxy"), RunOptions.DEFAULTS)) {
            List<String> updates = Pyzmq.run("""
                    import zmq
                    subscriber = zmq.Context().socket(zmq.SUB)
                    subscriber.connect("tcp://localhost:8100")
                    subscriber.setsockopt_string(zmq.SUBSCRIBE, "10003 ")
                    subscriber.rcvtimeo = 10000
                    for update in range(3):
                        print(subscriber.recv_string())
                    """, 30);

            assertThat(updates).hasSize(3).allSatisfy(u -> assertThat(u).matches("10003 -?\\d+ \\d+"));
        }
    }

    // --- pubsub-envelope: psenvsub as the guide writes it ---

    @Test
    void a_plain_psenvsub_subscribed_to_B_reads_key_and_content_as_two_frames() throws Exception {
        try (TopologyRun run = TopologyRun.start(Runs.sample("pubsub-envelope"), RunOptions.DEFAULTS.withRateMultiplier(4));
             ZContext context = new ZContext(1)) {
            ZMQ.Socket subscriber = plain(context, SocketType.SUB);
            subscriber.connect("tcp://localhost:5563");
            subscriber.subscribe("B".getBytes(ZMQ.CHARSET));
            subscriber.setReceiveTimeOut(10_000);

            for (int i = 0; i < 3; i++) {
                String address = subscriber.recvStr(0);
                assertThat(address).as("key of update %d; %s", i + 1, run.report()).isEqualTo("B");
                assertThat(subscriber.hasReceiveMore()).as("the content follows in a second frame").isTrue();
                assertThat(subscriber.recvStr(0)).isEqualTo("We would like to see this");
                assertThat(subscriber.hasReceiveMore()).isFalse();
            }
        }
    }

    @Test
    void a_pyzmq_psenvsub_subscribed_to_B_reads_key_and_content_as_two_frames() throws Exception {
        assumeTrue(Pyzmq.available(), Pyzmq.unavailable());
        try (TopologyRun run = TopologyRun.start(Runs.sample("pubsub-envelope"), RunOptions.DEFAULTS.withRateMultiplier(4))) {
            List<String> printed = Pyzmq.run("""
                    import zmq
                    subscriber = zmq.Context().socket(zmq.SUB)
                    subscriber.connect("tcp://localhost:5563")
                    subscriber.setsockopt(zmq.SUBSCRIBE, b"B")
                    subscriber.rcvtimeo = 10000
                    for update in range(3):
                        [address, contents] = subscriber.recv_multipart()
                        print("[%s] %s" % (address.decode(), contents.decode()))
                    """, 30);

            assertThat(printed).containsExactly("[B] We would like to see this", "[B] We would like to see this",
                    "[B] We would like to see this");
        }
    }

    // --- espresso: a subscriber of our own on the proxy's side; the listener hears its subscription ---

    @Test
    void a_plain_SUB_on_the_espresso_proxy_gets_C_and_the_listener_hears_its_subscription() throws Exception {
        List<org.zmqdesigner.engine.event.RunEvent> events = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (TopologyRun run = TopologyRun.start(Runs.sample("espresso"), RunOptions.DEFAULTS, events::addAll);
             ZContext context = new ZContext(1)) {
            awaitListenerJoined(run);
            ZMQ.Socket subscriber = plain(context, SocketType.SUB);
            subscriber.connect("tcp://localhost:6001");
            subscriber.subscribe("C".getBytes(ZMQ.CHARSET));

            List<String> updates = receiveUntil(subscriber, 10_000, run, got -> got.size() == 2);

            assertThat(updates).allSatisfy(u -> assertThat(u).matches("C-\\d{5}"));
            assertListenerHeard(events, run, "C");
        }
    }

    @Test
    void a_pyzmq_SUB_on_the_espresso_proxy_gets_C_and_the_listener_hears_its_subscription() throws Exception {
        assumeTrue(Pyzmq.available(), Pyzmq.unavailable());
        List<org.zmqdesigner.engine.event.RunEvent> events = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (TopologyRun run = TopologyRun.start(Runs.sample("espresso"), RunOptions.DEFAULTS, events::addAll)) {
            awaitListenerJoined(run);
            List<String> updates = Pyzmq.run("""
                    import zmq
                    subscriber = zmq.Context().socket(zmq.SUB)
                    subscriber.connect("tcp://localhost:6001")
                    subscriber.setsockopt(zmq.SUBSCRIBE, b"C")
                    subscriber.rcvtimeo = 10000
                    for update in range(2):
                        print(subscriber.recv_string())
                    """, 30);

            assertThat(updates).hasSize(2).allSatisfy(u -> assertThat(u).matches("C-\\d{5}"));
            assertListenerHeard(events, run, "C");
        }
    }

    /**
     * The listener is a subscriber of the capture PUB: a copy that passes before its subscription
     * arrived is lost, like any slow joiner's message. Once it has heard one copy it has joined.
     */
    private static void awaitListenerJoined(TopologyRun run) {
        Runs.await("the listener to hear its first copy", 10_000,
                () -> run.report().nodes().get("listener").received() > 0, run::report);
    }

    /** The capture listener heard the outside subscription go upstream, then updates with its prefix. */
    private static void assertListenerHeard(List<org.zmqdesigner.engine.event.RunEvent> events, TopologyRun run,
                                            String prefix) {
        Runs.await("the listener to hear the subscription to " + prefix + " and an update for it", 5_000, () -> {
            List<String> heard = events.stream()
                    .filter(e -> e instanceof org.zmqdesigner.engine.event.RunEvent.MessageReceived m
                            && "listener".equals(m.node()))
                    .map(e -> new String(((org.zmqdesigner.engine.event.RunEvent.MessageReceived) e).frames().get(0),
                            ZMQ.CHARSET)).toList();
            int subscription = heard.indexOf("\u0001" + prefix);
            return subscription >= 0 && heard.subList(subscription, heard.size()).stream()
                    .anyMatch(h -> h.startsWith(prefix + "-"));
        }, run::report);
    }

    // --- helpers: plain JeroMQ, as a zguide program would use it ---

    /**
     * A socket as a zguide program makes it, with two settings for the test: no linger, and
     * JeroMQ 0.6.0's connect race cured by a short handshake interval (see SocketSetup).
     */
    private static ZMQ.Socket plain(ZContext context, SocketType type) {
        ZMQ.Socket socket = context.createSocket(type);
        socket.setLinger(0);
        socket.setHandshakeIvl(500);
        return socket;
    }

    /**
     * Receives single-frame messages until {@code enough} holds for what came (at most 100); fails
     * with the run's report when one receive waits longer than {@code timeoutMillis}.
     */
    private static List<String> receiveUntil(ZMQ.Socket socket, int timeoutMillis, TopologyRun run,
                                             Predicate<List<String>> enough) {
        socket.setReceiveTimeOut(timeoutMillis);
        List<String> out = new ArrayList<>();
        while (!enough.test(out) && out.size() < 100) {
            String message = socket.recvStr(0);
            assertThat(message).as("message %d within %d ms; so far %s; %s", out.size() + 1, timeoutMillis, out,
                    run.report()).isNotNull();
            assertThat(socket.hasReceiveMore()).as("%s is one frame", message).isFalse();
            out.add(message);
        }
        return out;
    }

    /**
     * Waits until the sink has taken {@code wanted} tasks that no designed ventilator sent: what it
     * received beyond what the design's links delivered. (A program that sends and leaves within
     * half a second is gone before the engine can name it as an outside peer; its messages still
     * count where they are read.)
     */
    private static void awaitOutsideTasks(TopologyRun run, long wanted, long timeoutMillis) {
        Runs.await(wanted + " tasks from the outside ventilator", timeoutMillis,
                () -> outsideTasks(run.report()) >= wanted, run::report);
        run.stop();
        assertThat(outsideTasks(run.report())).as("tasks from outside, counted when the run stopped; %s", run.report())
                .isEqualTo(wanted);
    }

    private static long outsideTasks(RunReport r) {
        return r.nodes().get("tasksink").received() - r.links().get("busy").delivered()
                - r.links().get("quiet").delivered();
    }
}
