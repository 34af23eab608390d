package org.zmqdesigner.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zeromq.ZMonitor;
import org.zmqdesigner.engine.event.RunEvent.NodeState;
import org.zmqdesigner.engine.runtime.TopologyRun;

/**
 * Two ways a run ends that are nobody's click: a REQ client that gives up waiting for a reply, and
 * the engine itself failing. The designer says each plainly, with the engine's words.
 */
class RunEndingsTest extends DesignerUiTest {

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    private void runDesign(FxRobot robot, String name, String text) throws Exception {
        this.robot = robot;
        Path design = temp.resolve(name + ".zmqtopo");
        Files.writeString(design, text);
        robot.interact(() -> window.files().openFile(design));
        robot.clickOn("#run-start");
        waitFor("the run to start", 10, () -> window.runs().runningProperty().get());
    }

    private static String tooltip(Node node) {
        Object tip = node.getProperties().get("javafx.scene.control.Tooltip");
        return tip instanceof Tooltip t ? t.getText() : "";
    }

    @Test
    void a_client_whose_server_never_answers_gives_up_and_says_why(FxRobot robot) throws Exception {
        int port = freePort();
        // A short patience for this test's runs; the designer's own is the engine's 30 s.
        window.runs().setReplyPatienceMillis(1_000);
        try (ZContext context = new ZContext(1); ZMQ.Socket deaf = context.createSocket(SocketType.ROUTER)) {
            deaf.bind("tcp://127.0.0.1:" + port); // takes requests, never answers
            runDesign(robot, "deaf", """
                    {"formatVersion": 1, "title": "deaf server", "nodes": [
                      {"id": "client", "kind": "application", "position": {"x": 300.0, "y": 200.0},
                       "sockets": [{"id": "requester", "type": "REQ", "connects": ["tcp://127.0.0.1:%d"]}],
                       "behaviour": {"type": "source", "socket": "requester", "count": 3, "payload": "Hello"}},
                      {"id": "server", "kind": "application", "position": {"x": 300.0, "y": 420.0},
                       "sockets": [{"id": "responder", "type": "REP", "binds": ["tcp://127.0.0.1:%d"]}],
                       "behaviour": {"type": "responder", "reply": "World"}}],
                     "links": []}
                    """.formatted(port, freePort()));

            waitFor("the client's badge", 15, () -> robot.lookup("#badge-state-client").tryQuery()
                    .map(b -> b.getScene() != null && "gave up".equals(((Label) b).getText())).orElse(false));
            TopologyRun run = window.runs().run().orElseThrow();
            assertThat(run.nodeStates().get("client")).as("the engine's state").isEqualTo(NodeState.GAVE_UP);
            String detail = run.nodeDetail("client");
            assertThat(detail).startsWith("node client gave up: no reply to request 1").contains("Lazy Pirate");
            Label badge = robot.lookup("#badge-state-client").queryAs(Label.class);
            assertThat(badge.getTooltip().getText()).as("the badge's words are the engine's").isEqualTo(detail);
            Node client = robot.lookup("#node-client").query();
            assertThat(tooltip(robot.from(client).lookup(".node-box").query()))
                    .as("the node's tooltip, without 'crashed:' before the engine's words").isEqualTo(detail);
            // The server still runs, so nothing else would tell: the status bar says it, in the engine's words.
            waitFor("the status to say the client gave up", 5, () -> status().equals("N" + detail.substring(1)));

            robot.interact(() -> window.runs().kill("server"));
            waitFor("the status to count what became of each node", 10, () -> status()
                    .startsWith("Nothing is running any more: 1 stopped, 1 gave up —"));
        }
    }

    @Test
    void an_engine_thread_that_dies_ends_the_run_and_the_status_says_why(FxRobot robot) throws Exception {
        int server = freePort();
        int trap = freePort();
        runDesign(robot, "server", """
                {"formatVersion": 1, "title": "server", "nodes": [
                  {"id": "server", "kind": "application", "position": {"x": 300.0, "y": 200.0},
                   "sockets": [{"id": "responder", "type": "REP", "binds": ["tcp://127.0.0.1:%d"]}],
                   "behaviour": {"type": "responder", "reply": "World"}}],
                 "links": []}
                """.formatted(server));
        TopologyRun run = window.runs().run().orElseThrow();
        // As the engine's EngineThreadDeathTest: a socket on the run's own context whose monitor hook,
        // which JeroMQ calls on its I/O thread, throws an Error when a connection is accepted.
        ZMQ.Socket doomed = run.contextForTests().createSocket(SocketType.PULL);
        doomed.setEventHook(event -> {
            if (event.getEvent() == ZMonitor.Event.ACCEPTED) {
                throw new OutOfMemoryError("simulated: Java heap space");
            }
        }, ZMQ.EVENT_ALL);
        doomed.bind("tcp://127.0.0.1:" + trap);
        try (Socket peer = new Socket()) {
            peer.connect(new InetSocketAddress("127.0.0.1", trap), 2_000);
            assertThat(run.awaitEngineFailure(10_000)).as("the engine noticed the death").isTrue();
        }

        // No click: the designer ends the run as Stop does, and says why in the engine's words.
        waitFor("the run to end by itself and say why", 15,
                () -> !window.runs().runningProperty().get() && !window.runs().busyProperty().get()
                        && status().startsWith("Run over: "));
        String reason = run.engineFailure().orElseThrow();
        assertThat(reason).contains("OutOfMemoryError");
        assertThat(status()).startsWith("Run over: " + reason + ". Up to then (");
        assertThat(run.report().engineFailure()).isEqualTo(reason);
        assertThat(document().lockedProperty().get()).as("the design can be edited again").isFalse();
        assertThat(robot.lookup("#run-start").query().isDisabled()).as("Run is offered again").isFalse();
    }
}
