package org.zmqdesigner.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zmqdesigner.engine.event.RunEvent;
import org.zmqdesigner.engine.model.SocketOption;

/** Plain ZeroMQ programs, not run by the engine, see exactly the designed frames. */
class InteropTest {

    @Test
    void a_plain_REQ_client_talks_to_the_running_hello_server_and_gets_one_frame_World() throws Exception {
        List<RunEvent> events = new CopyOnWriteArrayList<>();
        try (TopologyRun run = TopologyRun.start(serverAlone(), RunOptions.DEFAULTS.withRateMultiplier(100),
                events::addAll);
             ZContext context = new ZContext(1)) {
            int answered = 0;
            for (int i = 0; i < 3; i++) {
                List<String> frames = lazyPirateRequest(context, run);
                assertThat(frames).containsExactly("World");
                answered++;
            }
            assertThat(answered).isEqualTo(3);
            Runs.await("the engine to name the outside client", 5_000,
                    () -> events.stream().anyMatch(e -> e instanceof RunEvent.ExternalPeer p && p.connected()),
                    () -> events);
            assertThat(run.report().nodes().get("server").received()).isGreaterThanOrEqualTo(3);
        }
    }

    /**
     * The hello sample's server in a design of its own. (Run with {@code --only server}, the sample's
     * client would be expected from another process, and the first outside REQ would be taken for it.)
     */
    private static org.zmqdesigner.engine.model.Topology serverAlone() {
        org.zmqdesigner.engine.model.Topology hello = Runs.sample("hello-reqrep");
        return hello.withNodes(List.of(hello.node("server").orElseThrow())).withLinks(List.of());
    }

    /**
     * One request as the zguide's Lazy Pirate client makes it: a REQ that gets no reply in time is
     * closed and a fresh one asks again. (A JeroMQ 0.6.0 client can lose its own connection's
     * registration, about once in 50 connects under load; see SocketSetup. The short handshake
     * interval makes it reconnect; the retry covers what remains.)
     */
    private static List<String> lazyPirateRequest(ZContext context, TopologyRun run) {
        for (int attempt = 1; attempt <= 3; attempt++) {
            ZMQ.Socket client = context.createSocket(SocketType.REQ);
            try {
                client.setReceiveTimeOut(2_500);
                client.setLinger(0);
                // A JeroMQ client has JeroMQ 0.6.0's connect race (see SocketSetup); this is its cure.
                client.setHandshakeIvl(500);
                client.connect("tcp://localhost:5555");
                assertThat(client.send("Hello")).isTrue();
                byte[] frame = client.recv(0);
                if (frame == null) {
                    System.err.println("no reply on attempt " + attempt + "; node states " + run.nodeStates()
                            + " " + run.nodeDetail("server") + "; " + run.report());
                    continue;
                }
                List<String> frames = new ArrayList<>();
                frames.add(new String(frame, StandardCharsets.UTF_8));
                while (client.hasReceiveMore()) {
                    frames.add(client.recvStr(0));
                }
                return frames;
            } finally {
                context.destroySocket(client);
            }
        }
        throw new AssertionError("three attempts without a reply; node states " + run.nodeStates() + " "
                + run.nodeDetail("server"));
    }

    @Test
    void outside_clients_coming_and_going_are_counted_and_not_kept() throws Exception {
        try (TopologyRun run = TopologyRun.start(serverAlone(),
                RunOptions.DEFAULTS.withRateMultiplier(TopologyRun.FULL_SPEED));
             ZContext context = new ZContext(1)) {
            int clients = 30;
            for (int i = 0; i < clients; i++) {
                assertThat(lazyPirateRequest(context, run)).containsExactly("World");
            }
            // A connection that comes and goes between two looks of the engine (20 ms apart) is not
            // seen as a connection at all; the node counters still count its messages.
            Runs.await("every outside connection the engine saw to be closed and let go", 10_000,
                    () -> run.openConnections() == 0 && !run.report().externalPeers().isEmpty(),
                    () -> run.openConnections() + " open; " + run.report().externalPeers());
            // Request and reply on each. Under heavy machine load (load average 8 on 2 cores) a few
            // connections carried nothing, before and after this test's changes: most likely a
            // client's 500 ms handshake timer (see lazyPirateRequest) gave up on a connection the
            // server had accepted, and the client made another. Such a connection carries 0, never 1.
            RunReport.OutsidePeer outside = run.report().externalPeers().get("127.0.0.1");
            assertThat(outside).as("outside programs by host: %s", run.report().externalPeers()).isNotNull();
            // Request and reply on each connection that carried anything (see above for empty ones).
            assertThat(outside.messages() % 2).as("requests and replies pair up: %s", outside).isZero();
            assertThat(outside.messages()).isPositive().isLessThanOrEqualTo(2 * outside.connections());
            assertThat(run.report().nodes().get("server").received()).isGreaterThanOrEqualTo(clients);
        }
    }

    @Test
    void a_plain_PULL_receives_the_ventilators_tasks_as_single_frames() throws Exception {
        // Retried like the REQ test above, for JeroMQ 0.6.0's connect race on the client side.
        List<String> attempts = new ArrayList<>();
        for (int attempt = 1; attempt <= 3; attempt++) {
            List<String> tasks = ventilatorTasks(attempt, attempts);
            if (tasks.size() == 99) {
                for (String task : tasks) {
                    assertThat(Integer.parseInt(task)).isBetween(1, 100);
                }
                return;
            }
        }
        throw new AssertionError("three attempts without all 99 tasks:\n" + String.join("\n", attempts));
    }

    /**
     * Three plain PULL workers take tasks until 99 single-frame tasks arrived or 10 s passed. Their
     * handshake timer is the engine's own (2 s): a shorter one can give up on a connection the
     * ventilator already counted and dealt a third of the batch to, when a GC or JIT pause in this
     * JVM (engine and workers share it) delays the greeting; those tasks are then lost with it.
     */
    private static List<String> ventilatorTasks(int attempt, List<String> failures) throws Exception {
        try (TopologyRun run = TopologyRun.start(Runs.sample("pipeline"),
                RunOptions.DEFAULTS.withOnly(Set.of("ventilator", "sink")));
             ZContext context = new ZContext(1)) {
            ZMQ.Poller poller = context.createPoller(3);
            List<ZMQ.Socket> workers = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                ZMQ.Socket worker = context.createSocket(SocketType.PULL);
                worker.setLinger(0);
                worker.setHandshakeIvl(SocketOption.RUN_HANDSHAKE_MILLIS); // see SocketSetup
                worker.connect("tcp://localhost:5557");
                workers.add(worker);
                poller.register(worker, ZMQ.Poller.POLLIN);
            }
            List<String> tasks = new ArrayList<>();
            int[] perWorker = new int[3];
            long started = System.nanoTime();
            long deadline = started + 10_000_000_000L;
            while (tasks.size() < 99 && System.nanoTime() < deadline) {
                poller.poll(100);
                for (int i = 0; i < 3; i++) {
                    if (poller.pollin(i)) {
                        tasks.add(workers.get(i).recvStr(0));
                        assertThat(workers.get(i).hasReceiveMore()).as("a task is one frame").isFalse();
                        perWorker[i]++;
                    }
                }
            }
            if (tasks.size() < 99) {
                String failure = "attempt " + attempt + ": " + tasks.size() + " tasks in "
                        + (System.nanoTime() - started) / 1_000_000 + " ms, per worker "
                        + java.util.Arrays.toString(perWorker) + "; node states " + run.nodeStates()
                        + "; ventilator " + run.nodeDetail("ventilator") + "; " + run.report();
                System.err.println(failure);
                failures.add(failure);
            }
            poller.close();
            return tasks;
        }
    }
}
