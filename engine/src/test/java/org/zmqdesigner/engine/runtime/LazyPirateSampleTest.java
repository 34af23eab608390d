package org.zmqdesigner.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zmqdesigner.engine.event.RunEvent;

/**
 * The lazy-pirate sample does what its text says: lpserver's seeded stall (request 6, a second of
 * work plus two) outlasts lpclient's 2.5 s, the client retries on a new socket and the conversation
 * goes on; and the guide's own lpclient and lpserver, in JeroMQ and libzmq, talk to it on 5555.
 */
class LazyPirateSampleTest {

    @Test
    void the_servers_stall_makes_the_client_retry_on_a_new_connection_and_carry_on() throws Exception {
        List<RunEvent> events = new CopyOnWriteArrayList<>();
        try (TopologyRun run = TopologyRun.start(Runs.sample("lazy-pirate"), RunOptions.DEFAULTS, events::addAll)) {
            Runs.await("lpclient to retry and then get two more replies", 30_000, () -> {
                RunReport.NodeReport client = run.report().nodes().get("lpclient");
                return client.retries() >= 1 && client.received() >= 7;
            }, run::report);
            RunReport report = run.report();

            List<RunEvent.RequestRetried> retried = events.stream()
                    .filter(e -> e instanceof RunEvent.RequestRetried).map(e -> (RunEvent.RequestRetried) e).toList();
            assertThat(retried).as("retries told as events; %s", report).isNotEmpty();
            assertThat(retried.get(0).request()).as("the seed stalls request 6").isEqualTo(6);
            assertThat(report.nodes().get("lpserver").state()).isEqualTo("running");
            assertThat(report.nodes().get("lpclient").state()).isEqualTo("running");
            // Every reply the client took is the request it sent last: lpserver echoes it.
            List<String> replies = events.stream().filter(e -> e instanceof RunEvent.MessageReceived m
                            && m.node().equals("lpclient")).map(e -> new String(((RunEvent.MessageReceived) e)
                            .frames().get(0), ZMQ.CHARSET)).toList();
            assertThat(replies).as("replies in order, none repeated or stale").isSorted().doesNotHaveDuplicates()
                    .allSatisfy(r -> assertThat(r).matches("\\d+"));
        }
    }

    @Test
    void a_plain_lpclient_gets_its_requests_echoed_by_lpserver() throws Exception {
        try (TopologyRun run = TopologyRun.start(Runs.sample("lazy-pirate"),
                RunOptions.DEFAULTS.withOnly(Set.of("lpserver")));
             ZContext context = new ZContext(1)) {
            List<String> replies = new ArrayList<>();
            for (int sequence = 1; sequence <= 3; sequence++) {
                replies.add(lazyPirateRequest(context, String.valueOf(sequence), run));
            }
            assertThat(replies).containsExactly("1", "2", "3");
        }
    }

    @Test
    void a_pyzmq_lpclient_gets_its_requests_echoed_by_lpserver() throws Exception {
        assumeTrue(Pyzmq.available(), Pyzmq.unavailable());
        try (TopologyRun run = TopologyRun.start(Runs.sample("lazy-pirate"),
                RunOptions.DEFAULTS.withOnly(Set.of("lpserver")))) {
            List<String> printed = Pyzmq.run("""
                    import zmq
                    context = zmq.Context()
                    for sequence in range(1, 4):
                        for attempt in range(3):
                            client = context.socket(zmq.REQ)
                            client.setsockopt(zmq.LINGER, 0)
                            client.connect("tcp://localhost:5555")
                            client.send_string(str(sequence))
                            if client.poll(2500) & zmq.POLLIN:
                                print(client.recv_string())
                                client.close()
                                break
                            client.close()
                    """, 60);
            assertThat(printed).as("%s", run.report()).containsExactly("1", "2", "3");
        }
    }

    /** The guide's lpserver in libzmq, which answers two requests and then "crashes": our lpclient retries, then gives up. */
    @Test
    void our_lpclient_gives_up_on_a_pyzmq_lpserver_that_crashed() throws Exception {
        assumeTrue(Pyzmq.available(), Pyzmq.unavailable());
        try (TopologyRun run = TopologyRun.start(Runs.sample("lazy-pirate"),
                RunOptions.DEFAULTS.withOnly(Set.of("lpclient")))) {
            List<String> printed = Pyzmq.run("""
                    import zmq
                    server = zmq.Context().socket(zmq.REP)
                    server.bind("tcp://127.0.0.1:5555")
                    server.rcvtimeo = 20000
                    for cycle in range(2):
                        request = server.recv_string()
                        server.send_string(request)
                        print(request)
                    print("I: simulating a crash")
                    """, 60);
            assertThat(printed).containsExactly("1", "2", "I: simulating a crash");

            Runs.await("lpclient to retry three times and give up", 20_000,
                    () -> run.report().nodes().get("lpclient").state().equals("gave_up"), run::report);
            RunReport.NodeReport client = run.report().nodes().get("lpclient");
            assertThat(client.retries()).isEqualTo(3);
            assertThat(client.received()).isEqualTo(2);
        }
    }

    /** One request, Lazy Pirate style, in plain JeroMQ. */
    private static String lazyPirateRequest(ZContext context, String request, TopologyRun run) {
        for (int attempt = 1; attempt <= 3; attempt++) {
            ZMQ.Socket client = context.createSocket(SocketType.REQ);
            try {
                client.setLinger(0);
                client.setReceiveTimeOut(2_500);
                client.connect("tcp://localhost:5555");
                client.send(request);
                String reply = client.recvStr(0);
                if (reply != null) {
                    return reply;
                }
            } finally {
                context.destroySocket(client);
            }
        }
        throw new AssertionError("no reply to " + request + " in three tries; " + run.report());
    }
}
