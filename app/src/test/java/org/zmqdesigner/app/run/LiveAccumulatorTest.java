package org.zmqdesigner.app.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zmqdesigner.engine.event.RunEvent;
import org.zmqdesigner.engine.event.RunEvent.ConnectionState;
import org.zmqdesigner.engine.event.RunEvent.NodeState;
import org.zmqdesigner.engine.format.TopologyFiles;
import org.zmqdesigner.engine.model.Topology;

/** Engine events in, one frame out: what the canvas is told between two animation frames. */
class LiveAccumulatorTest {

    private static Topology pipeline() throws Exception {
        return new TopologyFiles().load(Path.of(System.getProperty("zmqdesigner.samples"), "pipeline.zmqtopo"));
    }

    private static List<byte[]> frames(String text) {
        return List.of(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void links_start_connecting_and_connect_on_monitor_events_or_traffic() throws Exception {
        LiveAccumulator events = new LiveAccumulator(pipeline());
        assertThat(events.take().links().get("tasks-1").state()).isEqualTo(ConnectionState.CONNECTING);

        events.onEvents(List.of(
                new RunEvent.ConnectionChanged(1, "worker-1", "receiver", "tasks-1", "tcp://127.0.0.1:5557",
                        "127.0.0.1:5557", ConnectionState.CONNECTED, "CONNECTED"),
                new RunEvent.Flow(2, "c1", "results-2", "worker-2", RunEvent.Peer.of("sink"), 3, 0)));
        LiveFrame frame = events.take();

        assertThat(frame.links().get("tasks-1").state()).isEqualTo(ConnectionState.CONNECTED);
        assertThat(frame.links().get("results-2").state()).isEqualTo(ConnectionState.CONNECTED);
        assertThat(frame.links().get("results-2").detail()).isEqualTo("messages flow");
        assertThat(frame.linkWritten().get("results-2")).containsExactly(3, 0);
    }

    @Test
    void a_stopped_node_takes_its_links_down_and_its_late_monitor_events_are_ignored() throws Exception {
        LiveAccumulator events = new LiveAccumulator(pipeline());
        events.take();
        events.onEvents(List.of(new RunEvent.NodeStateChanged(1, "worker-1", NodeState.STOPPED, "")));
        events.onEvents(List.of(new RunEvent.ConnectionChanged(2, "worker-1", "sender", "results-1",
                "tcp://127.0.0.1:5558", null, ConnectionState.CONNECTED, "CONNECTED")));
        LiveFrame frame = events.take();

        assertThat(frame.links().get("tasks-1").state()).isEqualTo(ConnectionState.DISCONNECTED);
        assertThat(frame.links().get("results-1").state()).isEqualTo(ConnectionState.DISCONNECTED);
        assertThat(frame.links()).doesNotContainKey("tasks-2");

        events.onEvents(List.of(new RunEvent.NodeStateChanged(3, "worker-1", NodeState.STARTING, "")));
        assertThat(events.take().links().get("tasks-1").state()).isEqualTo(ConnectionState.CONNECTING);
    }

    @Test
    void batches_merge_into_one_frame_counts_add_up_and_latest_values_win() throws Exception {
        LiveAccumulator events = new LiveAccumulator(pipeline());
        events.take();
        events.onEvents(List.of(new RunEvent.QueueDepth(1, "tasks-1", 5, 2000),
                new RunEvent.Flow(1, "c1", "tasks-1", "ventilator", RunEvent.Peer.of("worker-1"), 4, 0),
                new RunEvent.MessageDropped(1, "ventilator", "sender", "c1", "tasks-1", RunEvent.DropReason.HWM, 2)));
        events.onEvents(List.of(new RunEvent.QueueDepth(2, "tasks-1", 9, 2000),
                new RunEvent.Flow(2, "c1", "tasks-1", "ventilator", RunEvent.Peer.of("worker-1"), 6, 0),
                new RunEvent.MessageDropped(2, "ventilator", "sender", "c1", "tasks-1", RunEvent.DropReason.HWM, 3)));
        LiveFrame frame = events.take();

        assertThat(frame.linkDepth().get("tasks-1")).containsExactly(9, 2000);
        // The ventilator binds and the worker connects: ventilator to worker is against the link's arrow.
        assertThat(frame.linkWritten().get("tasks-1")).containsExactly(0, 10);
        assertThat(frame.drops()).singleElement().satisfies(d -> assertThat(d.count()).isEqualTo(5));
        assertThat(events.take().linkDepth()).as("a frame is taken once").isEmpty();
    }

    @Test
    void a_reply_is_named_apart_from_the_request_with_the_same_sequence() throws Exception {
        LiveAccumulator events = new LiveAccumulator(pipeline());
        events.take();
        events.onEvents(List.of(
                new RunEvent.MessageSent(1, 1, "worker-1", "sender", "c9", "results-1", RunEvent.Peer.of("sink"), 1, frames("a")),
                new RunEvent.MessageSent(2, 2, "sink", "receiver", "c9", "results-1", RunEvent.Peer.of("worker-1"), 1, frames("b"))));
        LiveFrame frame = events.take();

        assertThat(frame.tokens()).extracting(org.zmqdesigner.app.canvas.MessageToken::key)
                .containsExactly("c9#worker-1#1", "c9#sink#1");
        assertThat(frame.tokens()).extracting(org.zmqdesigner.app.canvas.MessageToken::forward)
                .containsExactly(true, false);
    }

    @Test
    void traced_messages_become_tokens_arrivals_and_trace_rows_within_their_caps() throws Exception {
        LiveAccumulator events = new LiveAccumulator(pipeline());
        events.take();
        List<RunEvent> batch = new java.util.ArrayList<>();
        for (int i = 1; i <= 1000; i++) {
            batch.add(new RunEvent.MessageSent(i, i, "ventilator", "sender", "c1", "tasks-1", RunEvent.Peer.of("worker-1"), i,
                    frames("42")));
            batch.add(new RunEvent.MessageReceived(i, i, "worker-1", "receiver", "c1", "tasks-1", RunEvent.Peer.of("ventilator"), i,
                    i, frames("42")));
        }
        events.onEvents(batch);
        LiveFrame frame = events.take();

        assertThat(frame.tokens()).hasSize(LiveAccumulator.MAX_TOKENS_PER_FRAME);
        assertThat(frame.tokens().get(0).key()).isEqualTo("c1#ventilator#1");
        assertThat(frame.tokens().get(0).forward()).as("binder to connecter").isFalse();
        assertThat(frame.tokens().get(0).description()).contains("ventilator/sender → worker-1/receiver")
                .contains("1 frame: 42");
        assertThat(frame.arrivals()).startsWith("c1#ventilator#1");
        assertThat(frame.trace()).hasSize(LiveAccumulator.MAX_TRACE_PER_FRAME);
        TraceRow row = frame.trace().get(0);
        assertThat(row.from()).isEqualTo("ventilator/sender");
        assertThat(row.to()).isEqualTo("worker-1/receiver");
        assertThat(row.types()).isEqualTo("PUSH → PULL");
        assertThat(row.payload()).isEqualTo("42");
    }

    @Test
    void a_probe_of_hundreds_of_connections_is_one_refusal_per_node_and_host_with_the_latest_count()
            throws Exception {
        LiveAccumulator events = new LiveAccumulator(pipeline());
        events.take();
        for (int batch = 0; batch < 3; batch++) {
            List<RunEvent> refusals = new java.util.ArrayList<>();
            for (int i = 1; i <= 100; i++) {
                refusals.add(new RunEvent.PeerRefused(i, "sink", "receiver", "10.0.0.9", batch * 100L + i));
            }
            refusals.add(new RunEvent.PeerRefused(101, "ventilator", "sender", "10.0.0.9", batch * 100L + 100));
            events.onEvents(refusals); // three batches before one frame takes them
        }
        LiveFrame frame = events.take();

        assertThat(frame.refused()).extracting(RunEvent.PeerRefused::node, RunEvent.PeerRefused::refusedFromHost)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("sink", 300L),
                        org.assertj.core.groups.Tuple.tuple("ventilator", 300L));
        assertThat(events.take().refused()).as("told once").isEmpty();
    }

    @Test
    void the_engines_first_failure_reaches_the_frame_across_merged_batches() throws Exception {
        LiveAccumulator events = new LiveAccumulator(pipeline());
        events.take();
        events.onEvents(List.of(new RunEvent.EngineFailed(1, "the engine's thread iothread-1 died (first)")));
        events.onEvents(List.of(new RunEvent.EngineFailed(2, "the engine's thread reaper-1 died (second)")));

        assertThat(events.take().engineFailure()).contains("(first)");
        assertThat(events.take().engineFailure()).isNull();
    }
}
