package org.zmqdesigner.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zmqdesigner.engine.runtime.TopologyRun;

/**
 * A Lazy Pirate client's retries on the canvas: the node's badge says which retry of how many it
 * is on, with the engine's count of retries so far, and the client gives up in the guide's words.
 * Leaves app/target/screenshots/retry-badge.png.
 */
class RetryBadgeTest extends DesignerUiTest {

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    @Test
    void the_badge_counts_the_retries_the_engine_counted_until_the_client_gives_up(FxRobot robot) throws Exception {
        this.robot = robot;
        int port = freePort();
        try (ZContext context = new ZContext(1); ZMQ.Socket server = context.createSocket(SocketType.REP)) {
            server.bind("tcp://127.0.0.1:" + port);
            server.setReceiveTimeOut(100);
            Path design = temp.resolve("lpclient.zmqtopo");
            Files.writeString(design, """
                    {"formatVersion": 1, "title": "lpclient", "nodes": [
                      {"id": "lpclient", "kind": "application", "position": {"x": 300.0, "y": 200.0},
                       "sockets": [{"id": "client", "type": "REQ", "connects": ["tcp://127.0.0.1:%d"]}],
                       "behaviour": {"type": "source", "socket": "client", "rate": 5, "payload": "{seq}",
                                     "replyTimeoutMs": 700, "retries": 3}}],
                     "links": []}
                    """.formatted(port));
            robot.interact(() -> window.files().openFile(design));
            robot.clickOn("#run-start");
            waitFor("the run to start", 10, () -> window.runs().runningProperty().get());
            TopologyRun run = window.runs().run().orElseThrow();

            // The server answers the first two requests, then never again.
            for (int answered = 0; answered < 2; ) {
                String request = server.recvStr();
                if (request != null) {
                    server.send(request);
                    answered++;
                }
            }
            List<String> seen = new ArrayList<>();
            waitFor("the client to give up", 20, () -> {
                robot.lookup("#badge-retry-lpclient").tryQuery().map(b -> ((Label) b).getText())
                        .filter(t -> !t.isEmpty() && (seen.isEmpty() || !seen.get(seen.size() - 1).equals(t)))
                        .ifPresent(seen::add);
                return robot.lookup("#badge-state-lpclient").tryQuery()
                        .map(b -> b.getScene() != null && "gave up".equals(((Label) b).getText())).orElse(false);
            });
            // Three for the request that was never answered; on a loaded machine an early request may
            // have needed one too.
            long retries = run.report().nodes().get("lpclient").retries();
            assertThat(retries).as("the engine's count").isGreaterThanOrEqualTo(3);
            waitFor("the badge to show the last retry", 5, () -> robot.lookup("#badge-retry-lpclient")
                    .queryAs(Label.class).getText().equals("retry 3 of 3 · " + retries + " in all"));
            Label badge = robot.lookup("#badge-retry-lpclient").queryAs(Label.class);
            assertThat(badge.getScene()).as("the badge is on the canvas").isNotNull();
            assertThat(badge.getTooltip().getText()).contains(retries + " retries in this run so far")
                    .contains("Lazy Pirate");
            // Each retry was on the canvas for 0.7 s: the badge counted up on the way.
            assertThat(seen).as("badge texts seen").contains("retry 1 of 3 · " + (retries - 2) + " in all",
                    "retry 2 of 3 · " + (retries - 1) + " in all");
            Path shot = Path.of("target", "screenshots", "retry-badge.png");
            Files.createDirectories(shot.getParent());
            robot.interact(() -> {
                try {
                    org.zmqdesigner.app.export.PngExporter.write(window.stage().getScene().getRoot(), shot, 1);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            assertThat(run.nodeDetail("lpclient")).isEqualTo("node lpclient gave up: server seems to be offline,"
                    + " abandoning (3 retries of 0.7 s unanswered)");
        }
    }
}
