package org.zmqdesigner.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.zmqdesigner.engine.edit.ReplaceNode;
import org.zmqdesigner.engine.export.DesignPlan;
import org.zmqdesigner.engine.export.ExportTarget;
import org.zmqdesigner.engine.export.Exports;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.SocketType;
import org.zmqdesigner.engine.model.Topology;

/** The Code tab shows exactly the engine's program of the selected node, and follows the design. */
class CodeViewTest extends DesignerUiTest {

    @Override
    protected Optional<Path> initialFile() {
        return Optional.of(sample("hello-reqrep"));
    }

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    /** What the engine's exporter makes of a node of the design as it is now, named after its file. */
    private String expected(ExportTarget target, String nodeId) throws Exception {
        assertThat(document().fileProperty().get()).isEqualTo(sample("hello-reqrep"));
        return Exports.code(target).nodeSource(DesignPlan.of(topology(), "hello-reqrep"), nodeId).text();
    }

    private String shownCode(FxRobot robot) {
        TextArea code = robot.lookup("#code-text").queryAs(TextArea.class);
        return code.isVisible() ? code.getText() : null;
    }

    private String shownMessage(FxRobot robot) {
        var box = robot.lookup("#code-message").queryAs(javafx.scene.layout.VBox.class);
        if (!box.isVisible()) {
            return "";
        }
        return box.getChildren().stream().filter(n -> n instanceof Label && n.isVisible())
                .map(n -> ((Label) n).getText()).reduce("", (a, b) -> a + "\n" + b);
    }

    private void showCodeTab(FxRobot robot) {
        robot.interact(() -> window.runPanel().showCode());
    }

    private void awaitCode(FxRobot robot, String what, String text) throws Exception {
        try {
            waitFor(what, 10, () -> text.equals(shownCode(robot)));
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; the tab shows " + (shownCode(robot) != null
                    ? "code:\n" + shownCode(robot) : "a message: " + shownMessage(robot)), e);
        }
    }

    @Test
    void the_code_tab_makes_room_to_read_a_program_once_then_keeps_the_users_divider(FxRobot robot)
            throws Exception {
        javafx.scene.control.SplitPane centre = robot.lookup("#centre-split").queryAs(
                javafx.scene.control.SplitPane.class);
        assertThat(centre.getDividerPositions()[0]).as("the default split").isGreaterThan(0.6);
        robot.interact(() -> document().selectOnly("server"));
        showCodeTab(robot);
        awaitCode(robot, "the server's Java", expected(ExportTarget.JAVA, "server"));
        waitFor("the code area to grow", 5, () -> robot.lookup("#code-text").queryAs(TextArea.class)
                .getHeight() > 250);
        assertThat(centre.getDividerPositions()[0]).isCloseTo(0.5, org.assertj.core.data.Offset.offset(0.02));

        // The user's own choice afterwards is kept when the tab is shown again.
        robot.interact(() -> {
            centre.setDividerPositions(0.7);
            window.runPanel().showProblems();
        });
        showCodeTab(robot);
        robot.interact(() -> { });
        assertThat(centre.getDividerPositions()[0]).isCloseTo(0.7, org.assertj.core.data.Offset.offset(0.02));
    }

    @Test
    void selecting_a_node_shows_exactly_its_generated_java_and_the_tab_says_how_to_get_code_without_one(
            FxRobot robot) throws Exception {
        showCodeTab(robot);
        waitFor("the hint to select a node", 5, () -> shownMessage(robot).contains("Select a node to see its program"));

        robot.interact(() -> document().selectOnly("server"));
        awaitCode(robot, "the server's Java", expected(ExportTarget.JAVA, "server"));
        assertThat(robot.lookup("#code-text").queryAs(TextArea.class).isEditable()).isFalse();

        robot.interact(() -> document().selectOnly("client"));
        awaitCode(robot, "the client's Java", expected(ExportTarget.JAVA, "client"));
        robot.clickOn("#code-copy");
        String[] clipboard = new String[1];
        robot.interact(() -> clipboard[0] = javafx.scene.input.Clipboard.getSystemClipboard().getString());
        assertThat(clipboard[0]).as("Copy puts the whole program on the clipboard")
                .isEqualTo(expected(ExportTarget.JAVA, "client"));
        // The keyboard copies the selected text, not the selected node (Edit → Copy's Ctrl+C).
        TextArea area = robot.lookup("#code-text").queryAs(TextArea.class);
        robot.interact(() -> {
            area.requestFocus();
            area.selectRange(0, 7);
        });
        robot.press(KeyCode.CONTROL).press(KeyCode.C).release(KeyCode.C).release(KeyCode.CONTROL);
        robot.interact(() -> clipboard[0] = javafx.scene.input.Clipboard.getSystemClipboard().getString());
        assertThat(clipboard[0]).isEqualTo(expected(ExportTarget.JAVA, "client").substring(0, 7));

        robot.interact(() -> document().select(java.util.List.of()));
        waitFor("the hint again", 5, () -> shownMessage(robot).contains("Select a node to see its program"));
    }

    @Test
    void editing_the_selected_nodes_payload_in_the_inspector_updates_its_code(FxRobot robot) throws Exception {
        showCodeTab(robot);
        robot.interact(() -> document().selectOnly("client"));
        String before = expected(ExportTarget.JAVA, "client");
        awaitCode(robot, "the client's Java", before);

        // Typed without a click: the field may lie below the inspector's scrolled viewport.
        var payload = robot.lookup("#behaviour-payload").queryTextInputControl();
        robot.interact(() -> {
            payload.requestFocus();
            payload.setText("Bonjour");
        });
        robot.type(KeyCode.ENTER);
        assertThat(topology().node("client").orElseThrow().behaviour().toString()).contains("Bonjour");

        String after = expected(ExportTarget.JAVA, "client");
        assertThat(after).as("the exporter writes the payload").isNotEqualTo(before).contains("Bonjour");
        awaitCode(robot, "the edited client's Java", after);
    }

    @Test
    void switching_to_python_shows_the_python_program_and_is_remembered(FxRobot robot) throws Exception {
        showCodeTab(robot);
        robot.interact(() -> document().selectOnly("server"));
        awaitCode(robot, "the server's Java", expected(ExportTarget.JAVA, "server"));

        robot.clickOn("#code-python");
        awaitCode(robot, "the server's Python", expected(ExportTarget.PYTHON, "server"));
        assertThat(preferences().get("codeLanguage", "")).isEqualTo("PYTHON");

        robot.clickOn("#code-python"); // clicking the chosen language again keeps it
        robot.clickOn("#code-java");
        awaitCode(robot, "the server's Java again", expected(ExportTarget.JAVA, "server"));
        assertThat(preferences().get("codeLanguage", "")).isEqualTo("JAVA");
    }

    @Test
    void a_design_with_an_error_shows_the_reasons_instead_of_stale_code_and_the_code_comes_back_on_undo(
            FxRobot robot) throws Exception {
        showCodeTab(robot);
        robot.interact(() -> document().selectOnly("server"));
        String code = expected(ExportTarget.JAVA, "server");
        awaitCode(robot, "the server's Java", code);

        Node server = topology().node("server").orElseThrow();
        robot.interact(() -> document().apply(new ReplaceNode("server", server.withSocket("responder",
                server.socket("responder").orElseThrow().withType(SocketType.PUB)), "Make the server a publisher")));
        waitFor("the refusal", 5, () -> shownMessage(robot).contains("no code yet"));
        assertThat(shownCode(robot)).as("no stale code").isNull();
        String reasons = shownMessage(robot);
        assertThat(reasons).contains("comes back").contains("server");
        assertThat(robot.lookup("#code-to-problems").queryAs(javafx.scene.control.Hyperlink.class).isVisible()).isTrue();

        robot.clickOn("#code-to-problems");
        assertThat(((javafx.scene.control.TabPane) window.runPanel().view()).getSelectionModel().getSelectedItem()
                .getId()).as("the link shows the problems").isEqualTo("run-tab-problems");

        robot.interact(document()::undo);
        showCodeTab(robot);
        awaitCode(robot, "the code back after undo", code);
    }
}
