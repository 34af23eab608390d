package org.zmqdesigner.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zmqdesigner.app.canvas.NodeGeometry;
import org.zmqdesigner.app.export.PngExporter;
import org.zmqdesigner.engine.text.Language;

/**
 * A run in Korean: the canvas's badges, state words and live numbers, the run panel and the status
 * bar speak Korean with the engine's numbers, and a switch of language mid-run is seen at the next
 * frame. Leaves app/target/screenshots/run-ko.png for a person to look at.
 */
class KoreanRunTest extends DesignerUiTest {

    @Start
    void start(Stage stage) throws Exception {
        Language.set(Language.KOREAN);
        open(stage);
    }

    @AfterEach
    void backToEnglish() {
        Language.set(Language.ENGLISH);
    }

    private static String tooltip(Node node) {
        Object tip = node.getProperties().get("javafx.scene.control.Tooltip");
        return tip instanceof Tooltip t ? t.getText() : "";
    }

    private static Label label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class);
    }

    private boolean shown(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> n.isVisible() && n.getScene() != null).orElse(false);
    }

    private List<String> tabTitles(FxRobot robot) {
        return robot.lookup("#run-panel").queryAs(TabPane.class).getTabs().stream().map(t -> t.getText()).toList();
    }

    private List<String> traceColumns(FxRobot robot) {
        // The trace joins the scene when its tab is first shown.
        robot.interact(() -> {
            TabPane tabs = robot.lookup("#run-panel").queryAs(TabPane.class);
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> "run-tab-trace".equals(t.getId()))
                    .findFirst().orElseThrow());
        });
        return robot.lookup("#trace-table").queryAs(TableView.class).getColumns().stream()
                .map(c -> ((javafx.scene.control.TableColumn<?, ?>) c).getText()).toList();
    }

    private String liveNumbers(FxRobot robot, String node) {
        return robot.lookup("#node-" + node).lookup(".node-live").queryAllAs(Text.class).stream()
                .map(Text::getText).findFirst().orElse("");
    }

    @Test
    void a_slow_joiner_run_speaks_korean_and_switches_to_english_at_the_next_frame(FxRobot robot) throws Exception {
        robot.interact(() -> window.files().openFile(sample("slow-joiner")));
        assertThat(tabTitles(robot)).as("the run panel's tabs").contains("차트", "추적");
        assertThat(traceColumns(robot)).containsExactly("시각 (초)", "보낸 곳", "받는 곳", "소켓", "프레임", "내용");
        assertThat(label(robot, "#run-speed-label").getText()).isEqualTo("1.0×");
        // About one run in 25 no message goes by while the subscription travels (see LiveRunTest):
        // such a run is tried again.
        for (int attempt = 1; ; attempt++) {
            robot.clickOn("#run-start");
            waitFor("the run to start", 10, () -> window.runs().runningProperty().get());
            assertThat(status()).isEqualTo("실행 중이에요. 노드를 오른쪽 클릭하면 강제 종료, 다시 시작, 늦게 시작할 수 있어요."
                    + " 설계를 고치려면 실행을 멈추세요.");
            waitFor("the slow-joiner badge, or a run that lost nothing joining", 15, () ->
                    shown(robot, "#badge-slow-joiner-subscriber")
                    || window.runs().run().orElseThrow().report().nodes().get("subscriber").received() > 2_000);
            if (onFx(() -> shown(robot, "#badge-slow-joiner-subscriber")) || attempt == 3) {
                break;
            }
            robot.clickOn("#run-stop");
            waitFor("the run to stop", 10, () -> !window.runs().runningProperty().get()
                    && !window.runs().busyProperty().get());
        }
        waitFor("the Korean badge with the engine's count", 5, () -> {
            long lost = window.runs().run().orElseThrow().report().nodes().get("subscriber").lostSlowJoiner();
            return lost > 0 && label(robot, "#badge-slow-joiner-subscriber").getText()
                    .equals("늦은 참여로 " + lost + "개 놓침");
        });
        assertThat(label(robot, "#badge-slow-joiner-subscriber").getTooltip().getText())
                .contains("구독이 PUB 쪽에 닿기 전에 발행된 메시지").contains("zguide 2장").contains("XPUB");
        waitFor("the subscriber's live numbers in Korean", 5, () -> liveNumbers(robot, "subscriber")
                .matches("(?s)보냄 [\\d,]+ \\([\\d,.]+/초\\)\n받음 [\\d,]+ \\([\\d,.]+/초\\).*"));
        waitFor("the link's connection in Korean", 10, () -> linkTooltip(robot, "updates").startsWith("연결됨"));
        waitFor("the clock in seconds, in Korean", 5, () -> window.runs().clockProperty().get().matches("\\d+\\.\\d초"));
        assertThat(robot.lookup("#live-chart-caption").queryAs(Label.class).getText())
                .isEqualTo("실행 전체 (모든 링크와 외부 프로그램) — 최근 60초");
        snap(robot, "run-ko.png");
        robot.interact(() -> {
            TabPane tabs = robot.lookup("#run-panel").queryAs(TabPane.class);
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> "run-tab-trace".equals(t.getId()))
                    .findFirst().orElseThrow());
        });
        waitFor("traced messages in the table", 5, () -> !window.runPanel().trace().shownRows().isEmpty());
        snap(robot, "run-ko-trace.png");
        // Korean words are wider letter for letter: nothing may be cut short or spill out of its room.
        for (String control : List.of("#trace-pause", "#trace-clear", "#trace-export", "#trace-info",
                "#badge-slow-joiner-subscriber", "#run-speed-label", "#live-chart-caption")) {
            assertThat(fx(() -> showsAllItsWords(robot.lookup(control).query()))).as("%s shows all its words", control)
                    .isTrue();
        }
        assertThat(fx(() -> robot.lookup("#node-subscriber").lookup(".node-live").query().getLayoutBounds()
                .getHeight())).as("the live numbers stay in the room under the node")
                .isLessThanOrEqualTo(NodeGeometry.LIVE);

        // A switch of language is seen at the next frame and the next reading, mid-run.
        robot.interact(() -> Language.set(Language.ENGLISH));
        waitFor("the badge in English at the next reading", 5, () -> label(robot, "#badge-slow-joiner-subscriber")
                .getText().endsWith(" lost joining"));
        waitFor("the live numbers in English", 5, () -> liveNumbers(robot, "subscriber").startsWith("sent "));
        assertThat(tabTitles(robot)).contains("Chart", "Trace");
        assertThat(traceColumns(robot)).containsExactly("Time (s)", "From", "To", "Sockets", "Frames", "Payload");
        assertThat(robot.lookup("#live-chart-caption").queryAs(Label.class).getText())
                .isEqualTo("whole run (all links and outside programs) — last 60 s");
        robot.interact(() -> Language.set(Language.KOREAN));

        robot.clickOn("#run-stop");
        waitFor("the run to stop", 10, () -> !window.runs().runningProperty().get()
                && !window.runs().busyProperty().get());
        assertThat(status()).matches("\\d+\\.\\d초 뒤에 멈췄어요: 보냄 \\d+, 받음 \\d+, 늦은 참여로 놓침 \\d+,"
                + " HWM에서 버려짐 \\d+, 보낼 곳 없음 \\d+\\.");
    }

    /** A control given at least the width its words need (narrower, it would end them with "…"). */
    private static boolean showsAllItsWords(Node node) {
        javafx.scene.layout.Region region = (javafx.scene.layout.Region) node;
        return region.getWidth() + 0.5 >= region.prefWidth(-1);
    }

    /** The connection's words: the link's wide, invisible twin of its curve carries them. */
    private static String linkTooltip(FxRobot robot, String link) {
        Node view = robot.lookup("#link-" + link).query();
        for (Node child : ((javafx.scene.Group) view).getChildren()) {
            if (!tooltip(child).isEmpty()) {
                return tooltip(child);
            }
        }
        return "";
    }

    @Test
    void a_client_that_gives_up_says_so_in_korean_on_its_badge_and_in_the_status(FxRobot robot) throws Exception {
        int port = freePort();
        window.runs().setReplyPatienceMillis(1_000);
        try (ZContext context = new ZContext(1); ZMQ.Socket deaf = context.createSocket(SocketType.ROUTER)) {
            deaf.bind("tcp://127.0.0.1:" + port); // takes requests, never answers
            Path design = temp.resolve("deaf-ko.zmqtopo");
            Files.writeString(design, """
                    {"formatVersion": 1, "title": "deaf server", "nodes": [
                      {"id": "client", "kind": "application", "position": {"x": 300.0, "y": 200.0},
                       "sockets": [{"id": "requester", "type": "REQ", "connects": ["tcp://127.0.0.1:%d"]}],
                       "behaviour": {"type": "source", "socket": "requester", "count": 3, "payload": "Hello"}},
                      {"id": "server", "kind": "application", "position": {"x": 300.0, "y": 420.0},
                       "sockets": [{"id": "responder", "type": "REP", "binds": ["tcp://127.0.0.1:%d"]}],
                       "behaviour": {"type": "responder", "reply": "World"}}],
                     "links": []}
                    """.formatted(port, freePort()));
            robot.interact(() -> window.files().openFile(design));
            robot.clickOn("#run-start");
            waitFor("the run to start", 10, () -> window.runs().runningProperty().get());

            waitFor("the client's badge in Korean", 15, () -> shown(robot, "#badge-state-client")
                    && "포기함".equals(label(robot, "#badge-state-client").getText()));
            robot.interact(() -> window.runs().kill("server"));
            waitFor("the status to count what became of each node, in Korean", 10, () -> status()
                    .equals("더 이상 돌아가는 노드가 없어요: 멈춤 1개, 포기함 1개. 포트를 놓아주려면 실행을 멈추고,"
                            + " 아니면 노드 메뉴에서 노드를 다시 시작하세요."));
            assertThat(fx(() -> tooltip(robot.lookup("#node-server").lookup(".node-box").query()))).startsWith("멈춤");
        }
    }

    private void snap(FxRobot robot, String name) throws Exception {
        screenshot(window, robot, name);
    }
}
