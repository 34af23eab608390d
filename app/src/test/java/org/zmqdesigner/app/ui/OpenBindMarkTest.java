package org.zmqdesigner.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zmqdesigner.app.canvas.NodeGeometry;

/**
 * A socket that binds every network interface carries a globe on its row, while designing and
 * while running, with the reason and the loopback fix in its tooltip; it goes when the bind is
 * changed to loopback, and comes back with undo.
 */
class OpenBindMarkTest extends DesignerUiTest {

    private static final String MARK = "#open-bind-ventilator-sender";

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    /** The pipeline sample with its ventilator bound as the zguide binds it: on every interface. */
    private void openPipelineBoundEverywhere(FxRobot robot) throws Exception {
        String text = Files.readString(sample("pipeline")).replace("\"tcp://127.0.0.1:5557\"", "\"tcp://*:5557\"");
        Path file = Files.writeString(temp.resolve("pipeline-open.zmqtopo"), text);
        robot.interact(() -> window.files().openFile(file));
        assertThat(topology().node("ventilator").orElseThrow().socket("sender").orElseThrow().binds())
                .containsExactly("tcp://*:5557");
    }

    @Test
    void the_socket_that_binds_every_interface_carries_the_mark_and_says_why(FxRobot robot) throws Exception {
        openPipelineBoundEverywhere(robot);

        Node mark = robot.lookup(MARK).query();
        assertThat(mark.isVisible()).isTrue();
        assertThat(robot.lookup(".open-bind-mark").queryAll()).as("only the ventilator binds every interface")
                .containsExactly(mark);
        assertThat(robot.from(robot.lookup("#node-sink").<Node>query()).lookup(".open-bind-mark").tryQuery())
                .as("the sink binds loopback only").isEmpty();
        assertThat(tooltip(mark)).contains("ventilator/sender binds tcp://*:5557 on every network interface")
                .contains("other machines can connect to it")
                .contains("bind tcp://127.0.0.1:5557 instead");
        assertSitsInItsRowClearOfTheText(robot, mark);
        // A theme with larger icons (AtlantaFX's are 18 px) must not push the globe into the type.
        String style = mark.getStyle();
        robot.interact(() -> mark.setStyle(style + ";-fx-icon-size: 22px;"));
        assertThat(((FontIcon) mark).getIconSize()).isEqualTo(22);
        assertSitsInItsRowClearOfTheText(robot, mark);
        robot.interact(() -> mark.setStyle(style));

        robot.interact(window.canvas()::fitToView);
        Bounds canvas = scene(robot.lookup("#canvas").query());
        assertThat(canvas.contains(scene(mark))).as("the whole design in view, mark included").isTrue();
        robot.moveTo(mark);
        waitFor("the mark's tooltip to show", () -> Window.getWindows().stream()
                .anyMatch(w -> w instanceof Tooltip t && t.isShowing() && t.getText().equals(tooltip(mark))));
    }

    @Test
    void binding_loopback_in_the_inspector_takes_the_mark_away_and_undo_brings_it_back(FxRobot robot)
            throws Exception {
        openPipelineBoundEverywhere(robot);
        robot.interact(() -> document().selectOnly("ventilator"));

        robot.interact(() -> {
            var binds = robot.lookup("#socket-0-binds").queryTextInputControl();
            binds.requestFocus();
            binds.selectAll();
        });
        robot.write("tcp://127.0.0.1:5557");
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);

        assertThat(topology().node("ventilator").orElseThrow().socket("sender").orElseThrow().binds())
                .containsExactly("tcp://127.0.0.1:5557");
        assertThat(robot.lookup(".open-bind-mark").tryQuery()).as("no socket binds every interface now").isEmpty();

        robot.interact(document()::undo);
        assertThat(robot.lookup(MARK).tryQuery()).as("undo brings the mark back").isPresent();

        robot.interact(document()::redo);
        assertThat(robot.lookup(".open-bind-mark").tryQuery()).as("redo takes it away again").isEmpty();
    }

    @Test
    void the_mark_stays_while_the_design_runs(FxRobot robot) throws Exception {
        openPipelineBoundEverywhere(robot);

        robot.clickOn("#run-start");
        waitFor("the run to start", () -> window.runs().runningProperty().get());
        waitFor("the ventilator to send", () -> window.runs().run().orElseThrow().report().nodes()
                .get("ventilator").sent() > 0);

        Node mark = robot.lookup(MARK).query();
        assertThat(mark.isVisible()).isTrue();
        assertThat(mark.getScene()).as("still on the canvas").isNotNull();
    }

    /** Inside the ventilator's box, on the sender's row, touching neither the socket's name nor its type. */
    private void assertSitsInItsRowClearOfTheText(FxRobot robot, Node mark) {
        double zoom = window.canvas().zoom();
        Node ventilator = robot.lookup("#node-ventilator").query();
        Bounds at = mark.localToScene(mark.getBoundsInLocal());
        Bounds box = scene(robot.from(ventilator).lookup(".node-box").query());
        assertThat(box.contains(at)).as("mark %s inside box %s", at, box).isTrue();
        List<Node> texts = new ArrayList<>(robot.from(ventilator).lookup(".socket-label").queryAll());
        texts.addAll(robot.from(ventilator).lookup(".socket-type").queryAll());
        assertThat(texts).as("socket names and types of the ventilator").hasSize(4);
        int checked = 0;
        for (Node text : texts) {
            Bounds other = scene(text);
            boolean sameRow = other.getMinY() < at.getMaxY() && at.getMinY() < other.getMaxY();
            if (sameRow) {
                // A visible gap, not just bounds that touch: NodeGeometry's gap at the canvas's zoom.
                double gap = Math.max(other.getMinX() - at.getMaxX(), at.getMinX() - other.getMaxX());
                assertThat(gap).as("gap between mark %s and %s at %s", at, ((javafx.scene.text.Text) text).getText(),
                        other).isGreaterThanOrEqualTo(NodeGeometry.OPEN_MARK_GAP * zoom - 0.5);
                checked++;
            }
        }
        assertThat(checked).as("texts on the mark's row: the socket's name and type").isEqualTo(2);
        assertThat(Set.of(ventilator.lookupAll(".open-bind-mark").toArray())).containsExactly(mark);
    }

    private static Bounds scene(Node node) {
        return node.localToScene(node.getBoundsInLocal());
    }

    private static String tooltip(Node node) {
        Object tip = node.getProperties().get("javafx.scene.control.Tooltip");
        return tip instanceof Tooltip t ? t.getText() : "";
    }

    private static void waitFor(String what, BooleanSupplier condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out after 10 s waiting for " + what, e);
        }
    }
}
