package org.zmqdesigner.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.Shape;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zmqdesigner.app.run.TraceRow;
import org.zmqdesigner.engine.runtime.RunReport;

/**
 * The live run as a user sees it: real samples on real sockets, and what the canvas and the bottom
 * panel show of them.
 */
class LiveRunTest extends DesignerUiTest {

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    private void run(FxRobot robot, String sample, double speed) throws Exception {
        this.robot = robot;
        robot.interact(() -> {
            window.files().openFile(sample(sample));
            window.runs().setSpeed(speed);
        });
        robot.clickOn("#run-start");
        waitFor("the run to start", 10, () -> window.runs().runningProperty().get());
    }

    private RunReport.NodeReport subscriber() {
        return window.runs().run().orElseThrow().report().nodes().get("subscriber");
    }

    private boolean slowJoinerBadgeShown() {
        return robot.lookup("#badge-slow-joiner-subscriber").tryQuery().map(Node::isVisible).orElse(false)
                && robot.lookup("#badge-slow-joiner-subscriber").queryAs(Label.class).getScene() != null;
    }

    private static String tooltip(Node node) {
        Object tip = node.getProperties().get("javafx.scene.control.Tooltip");
        return tip instanceof Tooltip t ? t.getText() : "";
    }

    private <T> T onFx(java.util.concurrent.Callable<T> call) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        robot.interact(() -> {
            try {
                result.set(call.call());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        return result.get();
    }

    /**
     * Asks for a node's context menu as a right click or the menu key does. Monocle's headless
     * platform turns a right click into mouse events only, never into a context-menu request.
     */
    private void openContextMenu(String query) {
        Node node = robot.lookup(query).query();
        javafx.geometry.Bounds b = node.localToScreen(node.getBoundsInLocal());
        javafx.geometry.Point2D local = node.screenToLocal(b.getCenterX(), b.getCenterY());
        robot.interact(() -> node.fireEvent(new javafx.scene.input.ContextMenuEvent(
                javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, local.getX(), local.getY(),
                b.getCenterX(), b.getCenterY(), false, null)));
    }

    /** Leaves a picture of the window in app/target/screenshots/ for a person to look at. */
    private void snap(String name) throws Exception {
        Path folder = Path.of("target", "screenshots");
        Files.createDirectories(folder);
        Path file = folder.resolve("live-" + name + ".png");
        robot.interact(() -> {
            try {
                org.zmqdesigner.app.export.PngExporter.write(window.stage().getScene().getRoot(), file, 1);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(Files.size(file)).isGreaterThan(10_000);
    }

    /** The trace's rows as the table shows them (read on the FX thread, which owns the table). */
    private List<TraceRow> traceRows() {
        try {
            return onFx(() -> List.copyOf(window.runPanel().trace().shownRows()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> curveClasses(String link) {
        Node view = robot.lookup("#link-" + link).query();
        return List.copyOf(robot.from(view).lookup(".link-curve").query().getStyleClass());
    }

    @Test
    void the_slow_joiner_badge_shows_the_engines_count_with_its_explanation(FxRobot robot) throws Exception {
        // About one run in 25 the scheduler lets no message go while the subscription travels, and
        // the engine truly counts no loss (see SampleBehaviourTest): such a run is tried again.
        for (int attempt = 1; ; attempt++) {
            run(robot, "slow-joiner", 1);
            waitFor("the slow-joiner badge, or a run that lost nothing joining", 15, () -> slowJoinerBadgeShown()
                    || window.runs().run().orElseThrow().report().nodes().get("subscriber").received() > 2_000);
            if (slowJoinerBadgeShown() || attempt == 3) {
                break;
            }
            robot.clickOn("#run-stop");
            waitFor("the run to stop", 10, () -> !window.runs().runningProperty().get());
        }
        waitFor("the slow-joiner badge", 5, this::slowJoinerBadgeShown);
        // The loss is fixed once the subscription arrived; the badge reads the engine's counters.
        waitFor("the badge to match the engine's report", 5, () -> {
            Label badge = robot.lookup("#badge-slow-joiner-subscriber").queryAs(Label.class);
            RunReport report = window.runs().run().orElseThrow().report();
            long lost = report.nodes().get("subscriber").lostSlowJoiner();
            return lost > 0 && badge.getText().equals(lost + " lost joining");
        });
        Label badge = robot.lookup("#badge-slow-joiner-subscriber").queryAs(Label.class);
        assertThat(badge.getTooltip().getText())
                .contains("published before your subscription reached the publisher — see node coordination");
        assertThat(badge.getTooltip().getText()).startsWith(badge.getText().split(" ")[0] + " messages were");
        // What went by before the subscriber started is said on the canvas, with the engine's count,
        // so sent and received add up in front of the class.
        waitFor("the subscriber's line to say what was published before it ran", 10, () -> {
            long away = window.runs().run().orElseThrow().report().nodes().get("subscriber").publishedWhileAway();
            return away > 0 && robot.lookup("#node-subscriber").lookup(".node-live").queryAllAs(Text.class).stream()
                    .anyMatch(t -> t.getText().contains(String.format(java.util.Locale.ROOT,
                            "%,d published while it was not running", away)));
        });
        snap("slow-joiner");
    }

    @Test
    void a_subscriber_killed_and_started_late_shows_its_slow_joiner_losses_live(FxRobot robot) throws Exception {
        // The fixed sample's publisher waits for its subscriber only once, at the start.
        run(robot, "slow-joiner-fixed", 0.5);
        waitFor("the subscriber to receive", 10, () -> window.runs().run().orElseThrow().report().nodes()
                .get("subscriber").received() > 500);
        assertThat(robot.lookup("#badge-slow-joiner-subscriber").tryQuery()).as("no losses while it waited")
                .isEmpty();

        // A late start loses what went by while its subscription travelled: a few milliseconds, in
        // which, now and then, the publisher happens to send nothing (a true 0; see
        // SampleBehaviourTest). Such a start is tried again, up to three times.
        for (int attempt = 1; attempt <= 3; attempt++) {
            openContextMenu("#node-subscriber");
            robot.clickOn("Kill subscriber");
            waitFor("the subscriber to stop", 5, () -> robot.lookup("#node-subscriber").query().getOpacity() < 1);
            long before = subscriber().received();
            openContextMenu("#node-subscriber");
            robot.clickOn("Start subscriber late");
            waitFor("the restarted subscriber to receive", 10, () -> subscriber().lostSlowJoiner() > 0
                    || subscriber().received() > before + 500);
            if (subscriber().lostSlowJoiner() > 0) {
                break;
            }
        }

        waitFor("a slow-joiner badge matching the engine's count", 10, () -> {
            var badge = robot.lookup("#badge-slow-joiner-subscriber").tryQuery();
            long lost = window.runs().run().orElseThrow().report().nodes().get("subscriber").lostSlowJoiner();
            return badge.isPresent() && lost > 0 && ((Label) badge.get()).getText().equals(lost + " lost joining");
        });
    }

    @Test
    void the_hwm_sample_shows_its_gauge_at_the_hwm_and_drops_bursting_there(FxRobot robot) throws Exception {
        run(robot, "hwm-drops", 1);

        waitFor("a gauge at its HWM", 15, () -> robot.lookup(".queue-gauge").queryAll().stream()
                .anyMatch(g -> g.getStyleClass().contains("gauge-at-hwm")));
        waitFor("a drop burst", 5, () -> robot.lookup(".burst-text").queryAllAs(Text.class).stream()
                .anyMatch(t -> t.getText().matches("−\\d+ at HWM")));
        Node gauge = robot.lookup(".queue-gauge").queryAll().stream()
                .filter(g -> g.getStyleClass().contains("gauge-at-hwm")).findFirst().orElseThrow();
        String tip = tooltip(robot.from(gauge).lookup(".gauge-track").query());
        assertThat(tip).contains("HWM of this link: 200").contains("Dropped at the HWM:");
        long deepest = Long.parseLong(tip.replaceAll("(?s).*Deepest so far: (\\d+).*", "$1"));
        if (deepest < 200) {
            assertThat(tip).as("a drop under the mark explained").contains("Why it drops below 200");
        }
        long engineDeepest = window.runs().run().orElseThrow().report().links().get("ticks").maxQueueDepth();
        // Frames sample the engine's 50 Hz samples; the engine's maximum is over all of them.
        assertThat(deepest).as("deepest shown vs engine's %d", engineDeepest).isPositive()
                .isLessThanOrEqualTo(engineDeepest);
        snap("hwm-drops");
    }

    @Test
    void killing_a_worker_disconnects_its_links_and_starting_it_again_reconnects_them(FxRobot robot) throws Exception {
        run(robot, "pipeline", 0.2);
        waitFor("worker-1's links to connect", 10, () -> curveClasses("tasks-1").contains("conn-connected")
                && curveClasses("results-1").contains("conn-connected"));

        openContextMenu("#node-worker-1");
        robot.clickOn("Kill worker-1");

        waitFor("worker-1's links to show disconnected", 10, () -> curveClasses("tasks-1")
                .contains("conn-disconnected") && curveClasses("results-1").contains("conn-disconnected"));
        assertThat(curveClasses("tasks-2")).as("the other workers keep going").doesNotContain("conn-disconnected");
        waitFor("the killed node to fade", 5, () -> robot.lookup("#node-worker-1").query().getOpacity() < 1);
        snap("pipeline-worker-killed");

        openContextMenu("#node-worker-1");
        robot.clickOn("Start worker-1 late");
        waitFor("worker-1's links to connect again", 10, () -> curveClasses("tasks-1").contains("conn-connected")
                && curveClasses("results-1").contains("conn-connected"));

        openContextMenu("#node-worker-1");
        robot.clickOn("Restart worker-1");
        waitFor("worker-1 to be restarted", 10, () -> window.runs().run().orElseThrow().nodeStates()
                .get("worker-1") == org.zmqdesigner.engine.event.RunEvent.NodeState.RUNNING
                && curveClasses("tasks-1").contains("conn-connected"));
    }

    @Test
    void killing_a_binder_makes_its_connecting_peers_retry(FxRobot robot) throws Exception {
        run(robot, "pipeline", 0.2);
        waitFor("the results links to connect", 10, () -> curveClasses("results-1").contains("conn-connected"));

        openContextMenu("#node-sink");
        robot.clickOn("Kill sink");

        // The workers connected to the sink: ZeroMQ keeps retrying in the background.
        waitFor("the workers' links to the sink to show retrying", 10, () -> curveClasses("results-1")
                .contains("conn-retrying") && curveClasses("results-2").contains("conn-retrying"));
        assertThat(curveClasses("tasks-1")).doesNotContain("conn-retrying", "conn-disconnected");

        openContextMenu("#node-sink");
        robot.clickOn("Start sink late");
        waitFor("the workers to reconnect by themselves", 10, () -> curveClasses("results-1")
                .contains("conn-connected") && curveClasses("results-3").contains("conn-connected"));
    }

    @Test
    void a_slow_request_reply_run_moves_tokens_with_their_payload_and_traces_them(FxRobot robot)
            throws Exception {
        run(robot, "hello-reqrep", 1);

        waitFor("a token carrying Hello", 10, () -> robot.lookup(".message-token").queryAll().stream()
                .anyMatch(t -> tooltip(t).contains("\"Hello\"") || tooltip(t).contains(": Hello")));
        Node token = robot.lookup(".message-token").queryAll().stream()
                .filter(t -> tooltip(t).contains("Hello")).findFirst().orElseThrow();
        assertThat(tooltip(token)).contains("client/requester → server/responder").contains("sequence");
        assertThat(((Shape) token).getFill()).isNotNull();

        waitFor("a reply in the trace", 10, () -> traceRows().stream()
                .anyMatch(r -> r.from().equals("server/responder") && r.to().equals("client/requester")
                        && r.types().equals("REP → REQ") && r.payload().equals("World")));
        TraceRow request = traceRows().stream()
                .filter(r -> r.payload().equals("Hello")).findFirst().orElseThrow();
        assertThat(request.types()).isEqualTo("REQ → REP");
        snap("hello-tokens");

        robot.clickOn("#run-tab-trace");
        robot.clickOn("#trace-filter").write("World");
        waitFor("the filter to keep only replies", 5, () -> !traceRows().isEmpty()
                && traceRows().stream().allMatch(r -> r.payload().equals("World")));
        snap("hello-trace");
        Path csv = temp.resolve("trace.csv");
        robot.interact(() -> window.runPanel().trace().exportCsv(csv));
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).startsWith("time_s,from,to,types,frames,payload");
        assertThat(lines.subList(1, lines.size())).isNotEmpty().allMatch(l -> l.contains(",World,"));
    }

    @Test
    void a_fast_pipeline_shows_moving_dashes_rates_and_a_chart_for_the_selection(FxRobot robot) throws Exception {
        run(robot, "pipeline", 20);

        waitFor("flow dashes on a link", 10, () -> robot.lookup(".link-flow").queryAll().stream()
                .anyMatch(Node::isVisible));
        Node sink = robot.lookup("#node-sink").query();
        waitFor("a rate on the sink", 10, () -> robot.from(sink).lookup(".node-live")
                .queryAllAs(Text.class).stream().anyMatch(t -> t.getText().matches("(?s).*received [\\d]+ \\([\\d,.]+/s\\).*")));

        robot.interact(() -> document().selectOnly("tasks-1"));
        waitFor("the chart to show tasks-1 with traffic", 10, () -> {
            Label caption = robot.lookup("#live-chart-caption").queryAs(Label.class);
            double[] rates = window.runPanel().history().rate(java.util.Set.of("tasks-1"));
            return caption.getText().startsWith("tasks-1") && rates.length > 0
                    && java.util.Arrays.stream(rates).anyMatch(r -> r > 0);
        });
    }

    private static String ghostAddress(FxRobot robot) {
        return robot.lookup(".ghost-node").queryAll().stream().map(g -> Objects.toString(g.getUserData()))
                .filter(d -> d.startsWith("server@")).map(d -> d.substring("server@".length())).findFirst().orElse("");
    }

    @Test
    void an_outside_requester_appears_as_a_ghost_node_while_connected(FxRobot robot) throws Exception {
        run(robot, "hello-reqrep", 1);

        try (ZContext context = new ZContext(); ZMQ.Socket outside = context.createSocket(SocketType.REQ)) {
            outside.setReceiveTimeOut(5000);
            outside.setHandshakeIvl(500); // JeroMQ 0.6.0's connect race, see the engine's SocketSetup
            outside.connect("tcp://127.0.0.1:5555");
            outside.send("Hello");
            assertThat(outside.recvStr()).as("the server's reply to an outside client").isEqualTo("World");
            waitFor("a ghost node for the outside client", 10, () -> robot.lookup(".ghost-node").queryAll().stream()
                    .anyMatch(g -> Objects.toString(g.getUserData()).startsWith("server@127.0.0.1:")));
            // Its traffic moves like any other: a request from it travels in on the ghost's link.
            outside.send("Hello");
            waitFor("a token from the outside client", 10, () -> robot.lookup(".message-token").queryAll().stream()
                    .anyMatch(t -> tooltip(t).contains("outside peer 127.0.0.1:")));
            assertThat(outside.recvStr()).isEqualTo("World");
            assertThat(traceRows()).anyMatch(r -> r.from().startsWith("outside 127.0.0.1:")
                    && r.payload().equals("Hello"));
            // Its first request too, though it came before the engine could tell it was outside.
            waitFor("both outside requests in the trace", 10, () -> traceRows().stream()
                    .filter(r -> r.payload().equals("Hello") && r.from().startsWith("127.0.0.1:")
                            || r.payload().equals("Hello") && r.from().startsWith("outside 127.0.0.1:"))
                    .count() == 2);
            List<Long> ids = traceRows().stream().map(TraceRow::messageId).toList();
            assertThat(ids).as("message ids in the trace").doesNotContain(0L).doesNotHaveDuplicates();
            // The chart of the whole run counts the outside program's traffic.
            waitFor("outside traffic in the whole run's chart", 5, () -> {
                window.document().selectOnly(null);
                return java.util.Arrays.stream(window.runPanel().history().rate(java.util.Set.of(
                        "outside@server@" + ghostAddress(robot)))).anyMatch(r -> r > 0)
                        && robot.lookup("#live-chart-caption").queryAs(Label.class).getText()
                        .contains("outside programs");
            });
            snap("outside-client");
            Node ghost = robot.lookup(".ghost-box").query();
            javafx.geometry.Bounds ghostBox = ghost.localToScene(ghost.getBoundsInLocal());
            for (String node : List.of("#node-client", "#node-server")) {
                Node view = robot.lookup(node).query();
                assertThat(view.localToScene(view.getBoundsInLocal()).intersects(ghostBox))
                        .as("the ghost leaves %s in sight", node).isFalse();
            }
        }
        waitFor("the ghost to go when the outside client left", 10, () -> robot.lookup(".ghost-node").queryAll()
                .isEmpty());
    }

    @Test
    void a_router_sending_to_an_unknown_routing_id_shows_unroutable_drops_at_the_router(FxRobot robot)
            throws Exception {
        this.robot = robot;
        Path design = temp.resolve("unroutable.zmqtopo");
        Files.writeString(design, """
                {"formatVersion": 1, "title": "unroutable", "nodes": [
                  {"id": "router", "kind": "application", "position": {"x": 40.0, "y": 40.0},
                   "sockets": [{"id": "out", "type": "ROUTER", "binds": ["inproc://unroutable"]}],
                   "behaviour": {"type": "source", "socket": "out", "rate": 50.0, "topic": "nobody",
                                 "payload": "hello"}},
                  {"id": "dealer", "kind": "application", "position": {"x": 400.0, "y": 40.0},
                   "sockets": [{"id": "in", "type": "DEALER"}],
                   "behaviour": {"type": "sink", "socket": "in"}}],
                 "links": [{"id": "l", "from": {"node": "dealer", "socket": "in"},
                            "to": {"node": "router", "socket": "out"}, "endpoint": "inproc://unroutable"}]}
                """);
        robot.interact(() -> window.files().openFile(design));
        robot.clickOn("#run-start");
        waitFor("the run to start", 10, () -> window.runs().runningProperty().get());

        waitFor("an unroutable burst at the router", 10, () -> robot.lookup(".burst-text").queryAllAs(Text.class)
                .stream().anyMatch(t -> t.getText().matches("−\\d+ unroutable")));
        // The badge reads the engine's counter; once the run is paused it stops moving.
        robot.interact(() -> window.runs().pause());
        waitFor("the router's badge to show the engine's unroutable count", 10, () -> {
            long unroutable = window.runs().run().orElseThrow().report().nodes().get("router").unroutable();
            return unroutable > 0 && robot.lookup("#badge-unroutable-router").tryQuery()
                    .map(n -> ((Label) n).getText().equals(unroutable + " unroutable")).orElse(false);
        });
        Label badge = robot.lookup("#badge-unroutable-router").queryAs(Label.class);
        assertThat(badge.getTooltip().getText()).contains("routing id no connected peer has");
        assertThat(window.runs().run().orElseThrow().report().totals().unroutable()).isPositive();
    }

    @Test
    void a_streamer_device_shows_its_links_connected_and_no_false_outside_peers(FxRobot robot) throws Exception {
        this.robot = robot;
        Path design = temp.resolve("streamer.zmqtopo");
        Files.writeString(design, """
                {"formatVersion": 1, "title": "streamer", "nodes": [
                  {"id": "vent", "kind": "application", "position": {"x": 0.0, "y": 40.0},
                   "sockets": [{"id": "out", "type": "PUSH"}],
                   "behaviour": {"type": "source", "socket": "out", "rate": 50.0, "payload": "task"}},
                  {"id": "streamer", "kind": "streamer", "position": {"x": 300.0, "y": 40.0},
                   "sockets": [{"id": "frontend", "type": "PULL", "binds": ["inproc://in"]},
                               {"id": "backend", "type": "PUSH", "binds": ["tcp://127.0.0.1:5597"]}]},
                  {"id": "worker", "kind": "application", "position": {"x": 600.0, "y": 40.0},
                   "sockets": [{"id": "in", "type": "PULL"}], "behaviour": {"type": "sink", "socket": "in"}}],
                 "links": [{"id": "in", "from": {"node": "vent", "socket": "out"},
                            "to": {"node": "streamer", "socket": "frontend"}, "endpoint": "inproc://in"},
                           {"id": "out", "from": {"node": "worker", "socket": "in"},
                            "to": {"node": "streamer", "socket": "backend"}, "endpoint": "tcp://localhost:5597"}]}
                """);
        robot.interact(() -> window.files().openFile(design));
        robot.clickOn("#run-start");
        waitFor("the run to start", 10, () -> window.runs().runningProperty().get());

        waitFor("tasks through the device", 10, () -> window.runs().run().orElseThrow().report().nodes()
                .get("worker").received() > 30);
        waitFor("both links connected", 5, () -> curveClasses("in").contains("conn-connected")
                && curveClasses("out").contains("conn-connected"));
        assertThat(robot.lookup(".ghost-node").queryAll()).as("the device is no outsider").isEmpty();
        assertThat(window.runs().run().orElseThrow().report().externalPeers()).isEmpty();
    }

    @Test
    void after_stop_no_engine_thread_or_port_is_left(FxRobot robot) throws Exception {
        java.util.Set<Thread> before = Thread.getAllStackTraces().keySet();
        run(robot, "weather-pubsub", 1);
        waitFor("messages", 10, () -> robot.lookup(".node-live").queryAllAs(Text.class).stream()
                .anyMatch(t -> t.getText().contains("received") && !t.getText().contains("received 0 ")));

        robot.clickOn("#run-stop");
        waitFor("the run to stop", 10, () -> !window.runs().runningProperty().get()
                && !window.runs().busyProperty().get());
        // The engine's own threads, the live view's, and JeroMQ's I/O and reaper threads.
        waitFor("every thread the run started to end", 5, () -> Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && !before.contains(t))
                .noneMatch(t -> t.getName().startsWith("zmq-designer-") || t.getName().startsWith("iothread")
                        || t.getName().startsWith("reaper")));
        try (java.net.ServerSocket probe = new java.net.ServerSocket(5556, 1,
                java.net.InetAddress.getLoopbackAddress())) {
            assertThat(probe.getLocalPort()).as("the publisher's port is free again").isEqualTo(5556);
        }
        assertThat(robot.lookup(".message-token").queryAll()).isEmpty();
        assertThat(robot.lookup(".ghost-node").queryAll()).isEmpty();
    }
}
