package org.zmqdesigner.app.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.zmqdesigner.app.canvas.CanvasView;
import org.zmqdesigner.app.canvas.MessageToken;
import org.zmqdesigner.app.document.DesignDocument;
import org.zmqdesigner.engine.event.RunEvent;
import org.zmqdesigner.engine.format.TopologyFormat;
import org.zmqdesigner.engine.model.Topology;
import org.zmqdesigner.engine.runtime.RunReport;

/**
 * The presenter applies one merged frame to a real canvas and bottom panel on the FX thread: what
 * the user sees after each frame, with no engine behind it.
 */
@ExtendWith(ApplicationExtension.class)
class FramePresenterTest {

    private static final long SECOND = 1_000_000_000L;

    private Topology topology;
    private CanvasView canvas;
    private RunPanel panel;
    private FramePresenter presenter;
    private final List<String> status = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        Path sample = Path.of(System.getProperty("zmqdesigner.samples"), "pipeline.zmqtopo");
        topology = new TopologyFormat().read(Files.readAllBytes(sample), sample.toString());
        canvas = new CanvasView(new DesignDocument(topology));
        panel = new RunPanel();
        presenter = new FramePresenter(canvas.runOverlay(), panel, status::add);
        presenter.reset(topology);
        BorderPane root = new BorderPane(canvas.view());
        root.setBottom(panel.view());
        stage.setScene(new Scene(root, 1000, 700));
        stage.show();
        canvas.fitToView();
        // Near enough for words: zoomed far out, counts and numbers are left out of the scene.
        canvas.zoomBy(1 / canvas.zoom(), 0, 0);
    }

    /** One frame's worth of changes; empty unless a test fills it in. */
    private static final class Frame {
        final Map<String, long[]> linkDepth = new HashMap<>();
        final Map<String, long[]> linkWritten = new HashMap<>();
        final Map<String, LiveFrame.LinkState> links = new HashMap<>();
        final Map<String, RunEvent.NodeState> nodeStates = new HashMap<>();
        final Map<String, String> nodeDetails = new HashMap<>();
        final List<LiveFrame.Drop> drops = new ArrayList<>();
        final List<MessageToken> tokens = new ArrayList<>();
        final List<String> arrivals = new ArrayList<>();
        final List<TraceRow> trace = new ArrayList<>();
        long skipped;

        LiveFrame build() {
            return new LiveFrame(linkDepth, linkWritten, Map.of(), Map.of(), drops, links, nodeStates, nodeDetails,
                    List.of(), tokens, arrivals, trace, skipped, List.of(), null);
        }
    }

    private void apply(FxRobot robot, Frame frame, LiveNumbers.Reading reading, long now) {
        robot.interact(() -> presenter.apply(frame.build(), reading, now / 1_000_000, now));
    }

    private static Node within(FxRobot robot, String parent, String child) {
        Node view = robot.lookup(parent).query();
        return robot.from(view).lookup(child).query();
    }

    private static List<String> curveClasses(FxRobot robot, String link) {
        Node view = robot.lookup("#link-" + link).query();
        return List.copyOf(robot.from(view).lookup(".link-curve").query().getStyleClass());
    }

    private static MessageToken token(int n, String link) {
        return new MessageToken("c#" + n, link, null, null, true, Color.TEAL, "message " + n);
    }

    @Test
    void node_states_show_on_the_canvas_and_the_presenter_keeps_its_own_copy(FxRobot robot) {
        Frame killed = new Frame();
        killed.nodeStates.put("worker-1", RunEvent.NodeState.STOPPED);
        killed.nodeStates.put("sink", RunEvent.NodeState.CRASHED);
        killed.nodeDetails.put("sink", "address in use");
        apply(robot, killed, null, System.nanoTime());

        assertThat(robot.lookup("#node-worker-1").query().getOpacity()).as("a stopped node fades").isLessThan(1);
        assertThat(robot.lookup("#node-sink .node-box").query().getStyleClass()).contains("state-crashed");
        assertThat(presenter.state("worker-1")).isEqualTo(RunEvent.NodeState.STOPPED);

        Frame restarted = new Frame();
        restarted.nodeStates.put("worker-1", RunEvent.NodeState.RUNNING);
        apply(robot, restarted, null, System.nanoTime());

        assertThat(robot.lookup("#node-worker-1").query().getOpacity()).isEqualTo(1);
        assertThat(presenter.state("worker-1")).isEqualTo(RunEvent.NodeState.RUNNING);
        assertThat(presenter.state("sink")).as("a node the frame did not mention keeps its state")
                .isEqualTo(RunEvent.NodeState.CRASHED);
    }

    @Test
    void a_links_depth_fills_its_gauge_and_goes_into_the_chart_history(FxRobot robot) {
        Frame frame = new Frame();
        frame.linkDepth.put("tasks-1", new long[] {150, 200});
        frame.linkDepth.put("results-1", new long[] {199, 200});
        apply(robot, frame, null, System.nanoTime());

        Node amber = within(robot, "#link-live-tasks-1", ".queue-gauge");
        Node red = within(robot, "#link-live-results-1", ".queue-gauge");
        assertThat(amber.isVisible()).isTrue();
        assertThat(amber.getStyleClass()).contains("depth-amber");
        assertThat(red.getStyleClass()).contains("depth-red");
        assertThat(((Text) within(robot, "#link-live-tasks-1", ".link-depth"))
                .getText()).isEqualTo("queue 150 / 200");
        assertThat(within(robot, "#link-live-tasks-2", ".queue-gauge").isVisible())
                .as("a link the frame did not mention shows no gauge").isFalse();
    }

    @Test
    void connection_states_stay_until_changed_and_a_closed_connection_empties_its_gauge(FxRobot robot) {
        Frame connected = new Frame();
        connected.links.put("tasks-1", new LiveFrame.LinkState(RunEvent.ConnectionState.CONNECTED, ""));
        connected.linkDepth.put("tasks-1", new long[] {120, 200});
        // A state for a link the design no longer has (a frame from before an edit) changes nothing.
        connected.links.put("gone", new LiveFrame.LinkState(RunEvent.ConnectionState.CONNECTED, ""));
        apply(robot, connected, null, System.nanoTime());
        assertThat(curveClasses(robot, "tasks-1")).contains("conn-connected");

        apply(robot, new Frame(), null, System.nanoTime());
        assertThat(curveClasses(robot, "tasks-1")).as("a frame carries changes only").contains("conn-connected");

        Frame closed = new Frame();
        closed.links.put("tasks-1", new LiveFrame.LinkState(RunEvent.ConnectionState.DISCONNECTED, "peer closed"));
        apply(robot, closed, null, System.nanoTime());

        assertThat(curveClasses(robot, "tasks-1")).contains("conn-disconnected").doesNotContain("conn-connected");
        assertThat(((Text) within(robot, "#link-live-tasks-1", ".link-depth"))
                .getText()).as("what a closed connection held is gone").isEqualTo("queue 0 / 200");
    }

    @Test
    void tokens_are_capped_on_screen_and_an_arrival_ends_a_tokens_trip(FxRobot robot) {
        Frame burst = new Frame();
        for (int i = 0; i < 400; i++) {
            burst.tokens.add(token(i, "tasks-" + (1 + i % 3)));
        }
        burst.tokens.add(token(1000, "no-such-link"));
        long now = System.nanoTime();
        apply(robot, burst, null, now);

        assertThat(robot.lookup(".message-token").queryAll()).as("tokens on screen").hasSize(300);

        Frame arrival = new Frame();
        arrival.arrivals.add("c#399");
        apply(robot, arrival, null, now + 10);
        // Arrived, the newest token completes its trip and goes; the others wait near their receivers.
        apply(robot, new Frame(), null, System.nanoTime() + SECOND);
        List<String> shown = robot.lookup(".message-token").queryAll().stream()
                .map(t -> t.getProperties().get("javafx.scene.control.Tooltip"))
                .map(tip -> ((javafx.scene.control.Tooltip) tip).getText()).toList();
        assertThat(shown).hasSize(299).doesNotContain("message 399").contains("message 398");
    }

    @Test
    void numbers_trace_rows_and_drops_reach_the_canvas_and_the_panel(FxRobot robot) {
        RunReport report = new RunReport("pipeline", 1000,
                Map.of("sink", new RunReport.NodeReport("RUNNING", 0, 42, 0, 0, 0, 0, 0)), Map.of(),
                new RunReport.Totals(0, 42, 0, 0, 0), Map.of());
        Frame frame = new Frame();
        frame.trace.add(new TraceRow(1_000_000, "worker-1/sender", "sink/receiver", "PUSH → PULL", 1, "result", 7));
        frame.drops.add(new LiveFrame.Drop("tasks-1", "ventilator", RunEvent.DropReason.HWM, 12));
        apply(robot, frame, new LiveNumbers.Reading(report, Map.of("sink", new double[] {0, 21.5})),
                System.nanoTime());

        assertThat(((Text) within(robot, "#node-sink", ".node-live")).getText())
                .contains("received 42");
        assertThat(robot.lookup(".burst-text").queryAllAs(Text.class)).extracting(Text::getText)
                .contains("−12 at HWM");
        List<TraceRow> rows = new ArrayList<>();
        robot.interact(() -> rows.addAll(panel.trace().shownRows()));
        assertThat(rows).extracting(TraceRow::payload).containsExactly("result");
    }

    @Test
    void a_reading_reaches_the_nodes_a_slice_a_frame_and_every_node_within_a_few_frames(FxRobot robot) {
        List<String> ids = topology.nodes().stream().map(n -> n.id()).toList();
        int slice = (ids.size() + NumbersInSlices.FRAMES - 1) / NumbersInSlices.FRAMES;
        long now = System.nanoTime();
        apply(robot, new Frame(), reading(ids, 42), now);
        assertThat(nodesShowing(robot, ids, "received 42")).hasSize(slice);

        // A newer reading while the first is half shown: the rest get the newer numbers.
        apply(robot, new Frame(), reading(ids, 77), now + 1);
        assertThat(nodesShowing(robot, ids, "received 42")).hasSize(slice);
        assertThat(nodesShowing(robot, ids, "received 77")).hasSize(Math.min(slice, ids.size() - slice));
        for (int frame = 2; frame <= NumbersInSlices.FRAMES; frame++) {
            apply(robot, new Frame(), null, now + frame);
        }
        List<String> shown = new ArrayList<>(nodesShowing(robot, ids, "received 42"));
        shown.addAll(nodesShowing(robot, ids, "received 77"));
        assertThat(shown).as("every node shows a reading after %d frames", NumbersInSlices.FRAMES)
                .containsExactlyInAnyOrderElementsOf(ids);
        apply(robot, new Frame(), null, now + 10);
        assertThat(nodesShowing(robot, ids, "received 77")).as("the newest reading reaches every node")
                .containsExactlyInAnyOrderElementsOf(ids);
    }

    private static LiveNumbers.Reading reading(List<String> ids, long received) {
        Map<String, RunReport.NodeReport> nodes = new java.util.LinkedHashMap<>();
        ids.forEach(id -> nodes.put(id, new RunReport.NodeReport("RUNNING", 0, received, 0, 0, 0, 0, 0)));
        return new LiveNumbers.Reading(new RunReport("pipeline", 1000, nodes, Map.of(),
                new RunReport.Totals(0, received * ids.size(), 0, 0, 0), Map.of()), Map.of());
    }

    private static List<String> nodesShowing(FxRobot robot, List<String> ids, String words) {
        List<String> showing = new ArrayList<>();
        robot.interact(() -> ids.forEach(id -> {
            Text live = (Text) robot.from(robot.lookup("#node-" + id).queryAs(Node.class)).lookup(".node-live").query();
            if (live != null && live.getText() != null && live.getText().contains(words)) {
                showing.add(id);
            }
        }));
        return showing;
    }

    @Test
    void skipped_engine_events_are_told_at_most_every_two_seconds_with_the_running_total(FxRobot robot) {
        long start = System.nanoTime();
        Frame first = new Frame();
        first.skipped = 5;
        apply(robot, first, null, start);
        Frame soon = new Frame();
        soon.skipped = 7;
        apply(robot, soon, null, start + SECOND);
        Frame later = new Frame();
        later.skipped = 1;
        apply(robot, later, null, start + 3 * SECOND);

        assertThat(status).hasSize(2);
        assertThat(status.get(0)).startsWith("The live view skipped 5 engine events");
        assertThat(status.get(1)).startsWith("The live view skipped 13 engine events")
                .contains("numbers and reports stay exact");
    }
}
