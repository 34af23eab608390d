package org.zmqdesigner.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.zmqdesigner.engine.event.RunEvent;
import org.zmqdesigner.engine.model.Topology;

class LifecycleTest {

    @Test
    void fifty_start_stop_cycles_leave_no_threads_and_no_bound_ports() throws Exception {
        Topology topology = Runs.sample("pipeline");
        Set<String> before = Runs.runThreads();
        for (int i = 0; i < 50; i++) {
            TopologyRun run = TopologyRun.start(topology, RunOptions.DEFAULTS);
            run.stop();
            assertThat(Runs.portFree(5557)).as("port 5557 free after cycle %d", i).isTrue();
            assertThat(Runs.portFree(5558)).as("port 5558 free after cycle %d", i).isTrue();
        }
        Runs.await("the run threads to end", 2_000, () -> Runs.runThreads().equals(before),
                Runs::runThreads);
    }

    @Test
    void a_port_already_in_use_stops_the_start_with_node_and_endpoint_named() throws Exception {
        Topology topology = Runs.sample("hello-reqrep");
        try (TopologyRun first = TopologyRun.start(topology, RunOptions.DEFAULTS)) {
            RunStartException error = catchThrowableOfType(RunStartException.class,
                    () -> TopologyRun.start(topology, RunOptions.DEFAULTS));

            assertThat(error).isNotNull();
            assertThat(error.getMessage()).contains("node server").contains("tcp://127.0.0.1:5555")
                    .contains("address already in use");
        }
        assertThat(Runs.portFree(5555)).isTrue();
    }

    @Test
    void an_invalid_design_does_not_start_and_says_why() {
        Topology broken = Runs.sample("hello-reqrep");
        broken = broken.replaceNode(broken.node("server").orElseThrow().withSockets(List.of(
                broken.node("server").orElseThrow().sockets().get(0).withType(org.zmqdesigner.engine.model.SocketType.PULL))));
        Topology design = broken;

        RunStartException error = catchThrowableOfType(RunStartException.class,
                () -> TopologyRun.start(design, RunOptions.DEFAULTS));

        assertThat(error.getMessage()).contains("INCOMPATIBLE_SOCKETS");
    }

    @Test
    void a_worker_can_be_stopped_and_started_again_while_the_rest_keeps_running() throws Exception {
        try (TopologyRun run = TopologyRun.start(Runs.sample("pipeline"), RunOptions.DEFAULTS.withRateMultiplier(0.2))) {
            run.stopNode("worker-2");
            assertThat(run.nodeStates().get("worker-2")).isEqualTo(RunEvent.NodeState.STOPPED);
            assertThat(run.nodeStates().get("worker-1")).isIn(RunEvent.NodeState.RUNNING, RunEvent.NodeState.FINISHED);
            run.startNode("worker-2");
            assertThat(run.nodeStates().get("worker-2")).isEqualTo(RunEvent.NodeState.RUNNING);
        }
    }

    @Test
    void a_sink_fed_faster_than_its_receive_timeout_still_stops_when_killed() throws Exception {
        // 500 a second never lets the sink's 20 ms receive time out, which was the only place it
        // checked for a stop, and is too few for it to count as busy (where it pauses, and checks):
        // Kill on such a sink did nothing (found by the explainer's tests in CI).
        Topology topology = new org.zmqdesigner.engine.format.TopologyFormat().read("""
                {"formatVersion": 1, "nodes": [
                  {"id": "source", "sockets": [{"id": "out", "type": "PUSH", "binds": ["inproc://steady"]}],
                   "behaviour": {"type": "source", "rate": 500, "payload": "task {seq}", "awaitPeers": 1}},
                  {"id": "sink", "sockets": [{"id": "in", "type": "PULL"}], "behaviour": {"type": "sink"}}],
                 "links": [{"id": "l", "from": {"node": "sink", "socket": "in"},
                            "to": {"node": "source", "socket": "out"}, "endpoint": "inproc://steady"}]}
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8), "steady.zmqtopo");
        try (TopologyRun run = TopologyRun.start(topology, RunOptions.DEFAULTS)) {
            Runs.await("the sink to receive", 5_000, () -> run.report().nodes().get("sink").received() > 50,
                    run::report);
            run.stopNode("sink");
            assertThat(run.nodeStates().get("sink")).as("the sink once stopNode returned")
                    .isEqualTo(RunEvent.NodeState.STOPPED);
        }
    }

    @Test
    void pause_holds_the_sources_and_step_sends_exactly_one_message() throws Exception {
        try (TopologyRun run = TopologyRun.start(Runs.sample("slow-joiner-fixed"), RunOptions.DEFAULTS)) {
            Runs.await("the publisher to send", 5_000, () -> run.report().nodes().get("publisher").sent() > 10,
                    run::report);
            run.pause();
            long[] held = {run.report().nodes().get("publisher").sent()};
            // The pause is seen between messages: wait until the count stands still.
            Runs.await("the publisher to hold", 2_000, () -> {
                long now = run.report().nodes().get("publisher").sent();
                boolean still = now == held[0];
                held[0] = now;
                if (still) {
                    try {
                        Thread.sleep(30);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return still && run.report().nodes().get("publisher").sent() == now;
            }, run::report);

            run.step("publisher");
            Runs.await("the step to send one message", 5_000,
                    () -> run.report().nodes().get("publisher").sent() > held[0], run::report);
            Thread.sleep(100); // a window in which a second message would show

            assertThat(run.report().nodes().get("publisher").sent()).isEqualTo(held[0] + 1);
        }
    }

    @Test
    void at_full_speed_work_delays_are_skipped_and_a_slowed_run_can_go_full_speed_live() throws Exception {
        // The pipeline's workers sleep 1 to 100 ms per task: about 1.7 s of work at 1x.
        try (TopologyRun run = TopologyRun.start(Runs.sample("pipeline"),
                RunOptions.DEFAULTS.withRateMultiplier(0.05))) {
            Runs.await("the first result", 10_000, () -> run.report().nodes().get("sink").received() >= 2,
                    run::report);
            run.setRateMultiplier(TopologyRun.FULL_SPEED);
            assertThat(run.rateMultiplier()).isInfinite();
            // At 0.05x the batch would take over half a minute; at full speed it is done at once.
            assertThat(run.awaitFinished(5_000)).as("finished at full speed: %s", run.report()).isTrue();
            assertThat(run.report().nodes().get("sink").received()).isEqualTo(101);
        }
        assertThat(catchThrowableOfType(() -> new RunControls().rateMultiplier(0), IllegalArgumentException.class))
                .hasMessageContaining("positive");
    }

    @Test
    void a_slow_source_waiting_for_its_next_message_obeys_a_new_speed_and_a_pause_within_a_tick() throws Exception {
        Topology topology = new org.zmqdesigner.engine.format.TopologyFormat().read("""
                {"formatVersion": 1, "nodes": [
                  {"id": "source", "kind": "application", "position": {"x": 0.0, "y": 0.0},
                   "sockets": [{"id": "out", "type": "PUSH", "binds": ["inproc://slow"]}],
                   "behaviour": {"type": "source", "socket": "out", "rate": 1.0, "payload": "tick"}},
                  {"id": "sink", "kind": "application", "position": {"x": 300.0, "y": 0.0},
                   "sockets": [{"id": "in", "type": "PULL"}], "behaviour": {"type": "sink", "socket": "in"}}],
                 "links": [{"id": "l", "from": {"node": "sink", "socket": "in"},
                            "to": {"node": "source", "socket": "out"}, "endpoint": "inproc://slow"}]}
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8), "slow.zmqtopo");
        // At 0.02x one message a second becomes one every 50 s.
        try (TopologyRun run = TopologyRun.start(topology, RunOptions.DEFAULTS.withRateMultiplier(0.02))) {
            Runs.await("the first message", 5_000, () -> run.report().nodes().get("sink").received() == 1,
                    run::report);
            run.setRateMultiplier(20);
            Runs.await("the new speed to apply while the source waits", 3_000,
                    () -> run.report().nodes().get("sink").received() >= 5, run::report);
            run.setRateMultiplier(0.02);
            run.pause();
            // A pause applies within a tick: a message already past the source's check still goes.
            Thread.sleep(2 * RunContext.TICK_MILLIS);
            long held = run.report().nodes().get("source").sent();
            run.setRateMultiplier(20);
            run.step("source");
            Runs.await("exactly the stepped message", 3_000,
                    () -> run.report().nodes().get("sink").received() == held + 1, run::report);
            // Paused: no message but the step, even with the speed up (a 50 ms interval at 20x).
            Thread.sleep(300);
            assertThat(run.report().nodes().get("source").sent()).isEqualTo(held + 1);
        }
    }

    @Test
    void a_subscriber_that_never_reads_events_never_slows_the_sockets() throws Exception {
        AtomicLong batches = new AtomicLong();
        try (TopologyRun run = TopologyRun.start(Runs.sample("slow-joiner-fixed"),
                RunOptions.DEFAULTS.withRateMultiplier(3), batch -> {
                    batches.incrementAndGet();
                    try {
                        Thread.sleep(60_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                })) {
            // Every message is delivered or counted as dropped, while the one subscriber sleeps.
            Runs.await("all 30,000 messages to be accounted for", 20_000, () -> {
                RunReport.NodeReport s = run.report().nodes().get("subscriber");
                return s.received() + s.lostHwm() == 30_000;
            }, run::report);
            assertThat(run.report().nodes().get("publisher").state()).isEqualTo("finished");
            assertThat(batches.get()).isEqualTo(1);
        }
    }
}
