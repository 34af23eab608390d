package org.zmqdesigner.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * The zguide's request-reply programs join the broker samples of issue 11 while they run: first
 * written with plain JeroMQ (no code of ours), then in Python with pyzmq, which is libzmq. Each
 * connects to the sample's tcp endpoint on loopback, as the guide's program connects to localhost.
 */
class BrokerInteropTest {

    // --- reqrep-broker and msgqueue: rrclient and rrworker join rrbroker, or the queue device ---

    /**
     * Up to four runs. A plain JeroMQ rrworker that joins while requests flow sometimes gets none
     * (about 1 run in 4 here; the pyzmq/libzmq rrworker never): JeroMQ 0.6.0's connect race (see
     * SocketSetup) can leave its connection silent, the broker's DEALER has already dealt the
     * designed clients' next requests into the accepted pipe (JeroMQ attaches it before the
     * handshake), the broker's 2 s handshake timer drops that connection with them, and the
     * designed REQ clients wait for replies that cannot come. The JeroMQ peer's race, not the
     * broker's: a fresh run is tried.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"reqrep-broker", "msgqueue"})
    void a_plain_rrclient_gets_World_through_the_broker_and_a_plain_rrworker_answers_the_designed_clients(
            String sample) throws Exception {
        List<String> failures = new ArrayList<>();
        for (int attempt = 1; attempt <= 4; attempt++) {
            String failure = plainRrclientAndRrworker(sample);
            if (failure == null) {
                return;
            }
            failures.add("attempt " + attempt + ": " + failure);
        }
        throw new AssertionError("four runs without a plain rrclient and rrworker served:\n"
                + String.join("\n", failures));
    }

    /** Null when the plain rrclient got three Worlds and the plain rrworker three Hellos; else why not. */
    private static String plainRrclientAndRrworker(String sample) throws Exception {
        try (TopologyRun run = TopologyRun.start(Runs.sample(sample), RunOptions.DEFAULTS.withRateMultiplier(10));
             ZContext context = new ZContext(1)) {
            ZMQ.Socket requester = plain(context, SocketType.REQ);
            requester.connect("tcp://localhost:5559");
            requester.setReceiveTimeOut(10_000);
            for (int i = 0; i < 3; i++) {
                assertThat(requester.send("Hello")).isTrue();
                List<String> reply = receiveOrNull(requester);
                if (reply == null) {
                    return "no reply to the plain rrclient's request " + (i + 1) + "; " + run.report();
                }
                assertThat(reply).containsExactly("World");
            }

            ZMQ.Socket responder = plain(context, SocketType.REP);
            responder.connect("tcp://localhost:5560");
            responder.setReceiveTimeOut(10_000);
            for (int i = 0; i < 3; i++) {
                List<String> request = receiveOrNull(responder);
                if (request == null) {
                    return "no request " + (i + 1) + " to the plain rrworker; " + run.report();
                }
                assertThat(request).as("request %d to the outside rrworker", i + 1).containsExactly("Hello");
                assertThat(responder.send("World")).isTrue();
            }
            return null;
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"reqrep-broker", "msgqueue"})
    void a_pyzmq_rrclient_and_rrworker_join_the_broker(String sample) throws Exception {
        assumeTrue(Pyzmq.available(), Pyzmq.unavailable());
        try (TopologyRun run = TopologyRun.start(Runs.sample(sample), RunOptions.DEFAULTS.withRateMultiplier(10))) {
            List<String> printed = Pyzmq.run("""
                    import zmq
                    context = zmq.Context()
                    requester = context.socket(zmq.REQ)
                    requester.connect("tcp://localhost:5559")
                    requester.rcvtimeo = 10000
                    for request in range(3):
                        requester.send_string("Hello")
                        print("client got " + "|".join(f.decode() for f in requester.recv_multipart()))
                    responder = context.socket(zmq.REP)
                    responder.connect("tcp://localhost:5560")
                    responder.rcvtimeo = 10000
                    for request in range(3):
                        print("worker got " + "|".join(f.decode() for f in responder.recv_multipart()))
                        responder.send_string("World")
                    """, 60);

            assertThat(printed).containsExactly("client got World", "client got World", "client got World",
                    "worker got Hello", "worker got Hello", "worker got Hello");
        }
    }

    // --- async-server: a DEALER client with an identity joins the server ---

    @Test
    void a_plain_asyncsrv_client_gets_answers_to_its_own_requests_only() throws Exception {
        try (TopologyRun run = TopologyRun.start(Runs.sample("async-server"), RunOptions.DEFAULTS.withRateMultiplier(5));
             ZContext context = new ZContext(1)) {
            ZMQ.Socket client = plain(context, SocketType.DEALER);
            client.setIdentity("OUT1-0001".getBytes(ZMQ.CHARSET));
            client.connect("tcp://localhost:5570");
            List<String> answers = new ArrayList<>();
            // Zero to four answers each: keep asking until five have come (the designed clients ask
            // "request #n" too, so an answer meant for them would show here without "outside").
            for (int n = 1; answers.size() < 5 && n <= 40; n++) {
                assertThat(client.send("outside request #" + n)).isTrue();
                client.setReceiveTimeOut(300);
                List<String> answer;
                while ((answer = receiveOrNull(client)) != null) {
                    assertThat(answer).as("an answer is one frame: no delimiter").hasSize(1);
                    answers.add(answer.get(0));
                }
            }
            assertThat(answers).as("answers; %s", run.report()).hasSizeGreaterThanOrEqualTo(5)
                    .allSatisfy(a -> assertThat(a).matches("outside request #\\d+"));
        }
    }

    @Test
    void a_pyzmq_asyncsrv_client_gets_answers_to_its_own_requests_only() throws Exception {
        assumeTrue(Pyzmq.available(), Pyzmq.unavailable());
        try (TopologyRun run = TopologyRun.start(Runs.sample("async-server"), RunOptions.DEFAULTS.withRateMultiplier(5))) {
            List<String> printed = Pyzmq.run("""
                    import zmq
                    context = zmq.Context()
                    client = context.socket(zmq.DEALER)
                    client.identity = b"OUT2-0002"
                    client.connect("tcp://localhost:5570")
                    poller = zmq.Poller()
                    poller.register(client, zmq.POLLIN)
                    answers = 0
                    request = 0
                    while answers < 5 and request < 40:
                        request += 1
                        client.send_string("outside request #%d" % request)
                        while dict(poller.poll(300)).get(client):
                            print("|".join(f.decode() for f in client.recv_multipart()))
                            answers += 1
                    """, 60);

            assertThat(printed).as("answers; %s", run.report()).hasSizeGreaterThanOrEqualTo(5)
                    .allSatisfy(a -> assertThat(a).matches("outside request #\\d+"));
        }
    }

    // --- router-to-dealer: rtreq's REQ worker and rtdealer's DEALER worker join the boss ---

    @Test
    void a_plain_rtreq_worker_gets_work_from_the_boss() throws Exception {
        try (TopologyRun run = TopologyRun.start(Runs.sample("router-to-dealer"), RunOptions.DEFAULTS);
             ZContext context = new ZContext(1)) {
            ZMQ.Socket worker = plain(context, SocketType.REQ);
            worker.connect("tcp://localhost:5671");
            for (int i = 0; i < 3; i++) {
                assertThat(worker.send("Hi Boss")).isTrue();
                assertThat(receive(worker, run)).containsExactly("Work harder");
            }
        }
    }

    @Test
    void pyzmq_rtreq_and_rtdealer_workers_get_work_from_the_boss() throws Exception {
        assumeTrue(Pyzmq.available(), Pyzmq.unavailable());
        try (TopologyRun run = TopologyRun.start(Runs.sample("router-to-dealer"), RunOptions.DEFAULTS)) {
            List<String> printed = Pyzmq.run("""
                    import zmq
                    context = zmq.Context()
                    req = context.socket(zmq.REQ)
                    req.rcvtimeo = 10000
                    req.connect("tcp://localhost:5671")
                    dealer = context.socket(zmq.DEALER)
                    dealer.rcvtimeo = 10000
                    dealer.connect("tcp://localhost:5671")
                    for i in range(3):
                        req.send_string("Hi Boss")
                        print("req got " + "|".join(f.decode() for f in req.recv_multipart()))
                        dealer.send_multipart([b"", b"Hi Boss"])
                        print("dealer got " + "|".join(f.decode() for f in dealer.recv_multipart()))
                    """, 60);

            assertThat(printed).as("%s", run.report()).containsExactly(
                    "req got Work harder", "dealer got |Work harder", "req got Work harder",
                    "dealer got |Work harder", "req got Work harder", "dealer got |Work harder");
        }
    }

    // --- load-balancing-broker: lbbroker's worker and client join ---

    @Test
    void a_plain_lbbroker_worker_announces_READY_and_answers_the_designed_clients_and_a_plain_client_gets_OK()
            throws Exception {
        try (TopologyRun run = TopologyRun.start(Runs.sample("load-balancing-broker"), RunOptions.DEFAULTS);
             ZContext context = new ZContext(1)) {
            ZMQ.Socket worker = plain(context, SocketType.REQ);
            worker.connect("tcp://localhost:5673");
            assertThat(worker.send("READY")).isTrue();
            for (int i = 0; i < 3; i++) {
                List<String> request = receive(worker, run);
                assertThat(request).as("request %d: [client id, empty, HELLO]", i + 1).hasSize(3);
                assertThat(request.subList(1, 3)).containsExactly("", "HELLO");
                worker.sendMore(request.get(0));
                worker.sendMore("");
                assertThat(worker.send("OK")).isTrue();
            }

            ZMQ.Socket client = plain(context, SocketType.REQ);
            client.connect("tcp://localhost:5672");
            for (int i = 0; i < 3; i++) {
                assertThat(client.send("HELLO")).isTrue();
                assertThat(receive(client, run)).containsExactly("OK");
            }
        }
    }

    @Test
    void a_pyzmq_lbbroker_worker_and_client_join() throws Exception {
        assumeTrue(Pyzmq.available(), Pyzmq.unavailable());
        try (TopologyRun run = TopologyRun.start(Runs.sample("load-balancing-broker"), RunOptions.DEFAULTS)) {
            List<String> printed = Pyzmq.run("""
                    import zmq
                    context = zmq.Context()
                    worker = context.socket(zmq.REQ)
                    worker.rcvtimeo = 10000
                    worker.connect("tcp://localhost:5673")
                    worker.send(b"READY")
                    for i in range(3):
                        address, empty, request = worker.recv_multipart()
                        print("worker got " + request.decode() + " empty " + str(empty == b""))
                        worker.send_multipart([address, b"", b"OK"])
                    client = context.socket(zmq.REQ)
                    client.rcvtimeo = 10000
                    client.connect("tcp://localhost:5672")
                    for i in range(3):
                        client.send(b"HELLO")
                        print("client got " + "|".join(f.decode() for f in client.recv_multipart()))
                    """, 60);

            assertThat(printed).as("%s", run.report()).containsExactly(
                    "worker got HELLO empty True", "worker got HELLO empty True", "worker got HELLO empty True",
                    "client got OK", "client got OK", "client got OK");
        }
    }

    private static ZMQ.Socket plain(ZContext context, SocketType type) {
        ZMQ.Socket socket = context.createSocket(type);
        // The engine's own handshake interval, not a shorter one: on a loaded machine a handshake cut
        // short drops what the broker had already dealt to this peer, and the designed REQ clients
        // would wait for ever. Not JeroMQ's 30 s either: its connect race (see SocketSetup) would
        // then hold this peer silent past every wait of the test.
        socket.setHandshakeIvl(SocketSetup.HANDSHAKE_MILLIS);
        socket.setLinger(0);
        return socket;
    }

    /** One whole message within 10 s, else a failure with the run's report. */
    private static List<String> receive(ZMQ.Socket socket, TopologyRun run) {
        socket.setReceiveTimeOut(10_000);
        List<String> frames = receiveOrNull(socket);
        assertThat(frames).as("a message within 10 s; %s", run.report()).isNotNull();
        return frames;
    }

    private static List<String> receiveOrNull(ZMQ.Socket socket) {
        String first = socket.recvStr(0);
        if (first == null) {
            return null;
        }
        List<String> frames = new ArrayList<>(List.of(first));
        while (socket.hasReceiveMore()) {
            frames.add(socket.recvStr(0));
        }
        return frames;
    }
}
