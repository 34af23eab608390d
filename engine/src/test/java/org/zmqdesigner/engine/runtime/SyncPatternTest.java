package org.zmqdesigner.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zmqdesigner.engine.event.RunEvent;
import org.zmqdesigner.engine.format.TopologyFormat;
import org.zmqdesigner.engine.model.Topology;

/**
 * Node coordination (syncpub/syncsub) and thread signalling (mtrelay): the samples do on real
 * sockets what their teaching text says, and the zguide's own syncsub, in plain JeroMQ and in
 * pyzmq, can be one of the subscribers the publisher waits for.
 */
class SyncPatternTest {

    /** The sample ten times faster: its 10,000 updates in a second, the lesson the same. */
    private static final RunOptions FAST = RunOptions.DEFAULTS.withRateMultiplier(10);
    private static final long COUNT = 10_000;

    @Test
    void both_subscribers_receive_every_update_and_the_END_on_a_quiet_and_on_a_loaded_machine() throws Exception {
        for (int round = 1; round <= 4; round++) {
            try (CpuLoad load = CpuLoad.start(round <= 2 ? 0 : 2)) {
                assertNothingLost("round " + round + (round <= 2 ? "" : " (loaded)"));
            }
        }
    }

    private static void assertNothingLost(String round) throws Exception {
        try (TopologyRun run = TopologyRun.start(Runs.sample("sync-pubsub"), FAST)) {
            Runs.await(round + ": both subscribers to finish at END", 60_000,
                    () -> run.nodeStates().get("syncsub-1") == RunEvent.NodeState.FINISHED
                            && run.nodeStates().get("syncsub-2") == RunEvent.NodeState.FINISHED, run::report);
            RunReport report = run.report();
            for (int i = 1; i <= 2; i++) {
                RunReport.NodeReport sub = report.nodes().get("syncsub-" + i);
                assertThat(report.links().get("updates-" + i).delivered()).as("%s: updates and END to syncsub-%d; %s",
                        round, i, report).isEqualTo(COUNT + 1);
                assertThat(report.links().get("sync-" + i).delivered()).as("%s: sync request and reply", round)
                        .isEqualTo(2);
                // Its count is the updates, the END and the sync reply.
                assertThat(sub.received()).as("%s: syncsub-%d; %s", round, i, report).isEqualTo(COUNT + 2);
                assertThat(sub.lostSlowJoiner()).as("%s: syncsub-%d slow-joiner losses", round, i).isZero();
                assertThat(sub.lostHwm()).as("%s: syncsub-%d HWM losses", round, i).isZero();
            }
            RunReport.NodeReport pub = report.nodes().get("syncpub");
            assertThat(pub.sent()).as("%s: updates, END and two sync replies", round).isEqualTo(COUNT + 1 + 2);
            assertThat(pub.received()).as("%s: two sync requests", round).isEqualTo(2);
            assertThat(pub.state()).isEqualTo("finished");
        }
    }

    @Test
    void the_publisher_sends_nothing_until_every_subscriber_has_synchronised() throws Exception {
        // syncsub-2 does not run: the publisher waits for a second sync request that never comes.
        try (TopologyRun run = TopologyRun.start(Runs.sample("sync-pubsub"),
                FAST.withOnly(Set.of("syncpub", "syncsub-1")))) {
            Runs.await("syncsub-1's sync request to be answered", 10_000,
                    () -> run.report().nodes().get("syncsub-1").received() >= 1, run::report);
            // A second at ten times the speed would be 10,000 updates; none must go.
            Thread.sleep(1_000); // what is awaited is that nothing happens in this time
            RunReport report = run.report();
            assertThat(report.nodes().get("syncpub").sent()).as("only the sync reply; %s", report).isEqualTo(1);
            assertThat(report.nodes().get("syncsub-1").received()).isEqualTo(1);
        }
    }

    @Test
    void end_is_sent_once_after_the_count_without_synchronising_and_until_stops_the_sink() throws Exception {
        String text = """
                {"formatVersion": 1, "nodes": [
                  {"id": "ventilator", "sockets": [{"id": "out", "type": "PUSH", "binds": ["inproc://end-test"]}],
                   "behaviour": {"type": "source", "count": 5, "payload": "task {seq}", "end": "END"}},
                  {"id": "sink", "sockets": [{"id": "in", "type": "PULL"}],
                   "behaviour": {"type": "sink", "until": "END"}}],
                 "links": [{"id": "tasks", "from": {"node": "sink", "socket": "in"},
                            "to": {"node": "ventilator", "socket": "out"}, "endpoint": "inproc://end-test"}]}
                """;
        Topology design = new TopologyFormat().read(text.getBytes(StandardCharsets.UTF_8), "end");
        List<RunEvent> events = new CopyOnWriteArrayList<>();
        try (TopologyRun run = TopologyRun.start(design, RunOptions.DEFAULTS, events::addAll)) {
            Runs.await("the sink to finish at END", 10_000,
                    () -> run.nodeStates().get("sink") == RunEvent.NodeState.FINISHED, run::report);
            RunReport report = run.report();
            assertThat(report.nodes().get("ventilator").sent()).isEqualTo(6);
            assertThat(report.nodes().get("sink").received()).isEqualTo(6);
            Runs.await("the sink's six messages to be told", 10_000, () -> received(events, "sink").size() >= 6,
                    () -> received(events, "sink"));
            assertThat(received(events, "sink")).containsExactly("task 1", "task 2", "task 3", "task 4", "task 5", "END");
        }
    }

    /**
     * A plain JeroMQ syncpub whose PUB port opens half a second after its sync port: a designed
     * syncsub must not send its sync request before its SUB is connected, or the stream passes it by.
     */
    @Test
    void a_syncsub_sends_its_sync_request_only_once_its_SUB_is_connected() throws Exception {
        int pubPort = Runs.freePort();
        int syncPort = Runs.freePort();
        String text = """
                {"formatVersion": 1, "nodes": [{"id": "syncsub",
                  "sockets": [{"id": "subscriber", "type": "SUB", "connects": ["tcp://localhost:%d"],
                               "options": {"subscribe": [""]}},
                              {"id": "sync", "type": "REQ", "connects": ["tcp://localhost:%d"]}],
                  "behaviour": {"type": "sink", "socket": "subscriber", "syncSocket": "sync", "until": "END"}}]}
                """.formatted(pubPort, syncPort);
        Topology design = new TopologyFormat().read(text.getBytes(StandardCharsets.UTF_8), "syncsub");
        try (ZContext context = new ZContext(1)) {
            ZMQ.Socket syncservice = context.createSocket(SocketType.REP);
            syncservice.bind("tcp://127.0.0.1:" + syncPort);
            syncservice.setReceiveTimeOut(10_000);
            try (TopologyRun run = TopologyRun.start(design, RunOptions.DEFAULTS)) {
                Thread.sleep(500); // the publisher starts late: that is the point of the test
                assertThat(syncservice.recvStr(ZMQ.DONTWAIT)).as("a sync request before the SUB could connect")
                        .isNull();
                ZMQ.Socket publisher = context.createSocket(SocketType.PUB);
                publisher.bind("tcp://127.0.0.1:" + pubPort);
                assertThat(syncservice.recvStr()).as("sync request").isEqualTo("");
                syncservice.send("");
                for (int i = 0; i < 100; i++) {
                    publisher.send("Rhubarb");
                }
                publisher.send("END");
                Runs.await("syncsub to finish at END", 10_000,
                        () -> run.nodeStates().get("syncsub") == RunEvent.NodeState.FINISHED, run::report);
                // The sync reply, 100 updates and END.
                assertThat(run.report().nodes().get("syncsub").received()).isEqualTo(102);
            }
        }
    }

    private static List<String> received(List<RunEvent> events, String node) {
        return events.stream()
                .filter(e -> e instanceof RunEvent.MessageReceived r && r.node().equals(node))
                .map(e -> new String(((RunEvent.MessageReceived) e).frames().get(0), StandardCharsets.UTF_8))
                .toList();
    }

    // --- interop: the zguide's syncsub is the second subscriber the publisher waits for ---

    @Test
    void a_plain_JeroMQ_syncsub_is_one_of_the_two_subscribers_and_receives_every_update_up_to_END()
            throws Exception {
        try (TopologyRun run = TopologyRun.start(Runs.sample("sync-pubsub"),
                FAST.withOnly(Set.of("syncpub", "syncsub-1")));
             ZContext context = new ZContext(1)) {
            // The zguide's syncsub, as the guide writes it.
            ZMQ.Socket subscriber = context.createSocket(SocketType.SUB);
            // JeroMQ's connect race (see SocketSetup) would hold a 30 s handshake silent past every wait.
            subscriber.setHandshakeIvl(SocketSetup.HANDSHAKE_MILLIS);
            subscriber.connect("tcp://localhost:5561");
            subscriber.subscribe(new byte[0]);
            ZMQ.Socket syncclient = context.createSocket(SocketType.REQ);
            syncclient.setHandshakeIvl(SocketSetup.HANDSHAKE_MILLIS);
            syncclient.connect("tcp://localhost:5562");
            subscriber.setReceiveTimeOut(10_000);
            syncclient.setReceiveTimeOut(10_000);
            // The guide's syncsub waits a moment for its subscription to go out; the publisher here
            // waits for the subscription itself, so this one does not.
            assertThat(syncclient.send("")).isTrue();
            assertThat(syncclient.recvStr()).as("sync reply").isEqualTo("");
            long updates = 0;
            String update;
            while (!"END".equals(update = subscriber.recvStr())) {
                assertThat(update).as("update %d (null: none in 10 s); %s", updates + 1, run.report())
                        .isEqualTo("Rhubarb");
                updates++;
            }
            assertThat(updates).as("updates before END").isEqualTo(COUNT);
            Runs.await("syncsub-1 to finish at END", 10_000,
                    () -> run.nodeStates().get("syncsub-1") == RunEvent.NodeState.FINISHED, run::report);
            assertThat(run.report().links().get("updates-1").delivered()).isEqualTo(COUNT + 1);
        }
    }

    @Test
    void a_pyzmq_syncsub_is_one_of_the_two_subscribers_and_receives_every_update_up_to_END() throws Exception {
        assumeTrue(Pyzmq.available(), Pyzmq.unavailable());
        try (TopologyRun run = TopologyRun.start(Runs.sample("sync-pubsub"),
                FAST.withOnly(Set.of("syncpub", "syncsub-1")))) {
            List<String> printed = Pyzmq.run("""
                    import zmq
                    context = zmq.Context()
                    subscriber = context.socket(zmq.SUB)
                    subscriber.connect("tcp://localhost:5561")
                    subscriber.setsockopt(zmq.SUBSCRIBE, b"")
                    syncclient = context.socket(zmq.REQ)
                    syncclient.connect("tcp://localhost:5562")
                    subscriber.rcvtimeo = 10000
                    syncclient.rcvtimeo = 10000
                    syncclient.send(b"")
                    syncclient.recv()
                    nbr = 0
                    while True:
                        msg = subscriber.recv()
                        if msg == b"END":
                            break
                        assert msg == b"Rhubarb", msg
                        nbr += 1
                    print("Received %d updates" % nbr)
                    """, 60);

            assertThat(printed).containsExactly("Received " + COUNT + " updates");
            Runs.await("syncsub-1 to finish at END", 10_000,
                    () -> run.nodeStates().get("syncsub-1") == RunEvent.NodeState.FINISHED, run::report);
        }
    }

    // --- pair-relay: the signal goes along the chain of PAIR sockets ---

    @Test
    void READY_goes_from_step1_through_step2_to_step3_one_message_per_hop() throws Exception {
        List<RunEvent> events = new CopyOnWriteArrayList<>();
        try (TopologyRun run = TopologyRun.start(Runs.sample("pair-relay"), FAST, events::addAll)) {
            Runs.await("step3 to receive 5 signals", 10_000,
                    () -> run.report().nodes().get("step3").received() >= 5, run::report);
            run.stop();
            RunReport report = run.report();
            long step3 = report.nodes().get("step3").received();
            // Stopped mid-stream, a signal may be between two steps.
            assertThat(report.nodes().get("step2").sent()).as("%s", report).isBetween(step3, step3 + 1);
            assertThat(report.nodes().get("step2").received()).as("%s", report)
                    .isBetween(report.nodes().get("step2").sent(), report.nodes().get("step1").sent());
            assertThat(events).filteredOn(e -> e instanceof RunEvent.MessageReceived r && r.node().equals("step3"))
                    .isNotEmpty().allSatisfy(e -> assertThat(new String(((RunEvent.MessageReceived) e).frames().get(0),
                            StandardCharsets.UTF_8)).isEqualTo("READY"));
            assertThat(report.totals().lostHwm() + report.totals().unroutable()).isZero();
        }
    }
}
