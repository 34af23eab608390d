package org.zmqdesigner.app.inspector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zmqdesigner.app.inspector.InspectorFixture.errorShown;
import static org.zmqdesigner.app.inspector.InspectorFixture.field;
import static org.zmqdesigner.app.inspector.InspectorFixture.label;
import static org.zmqdesigner.app.inspector.InspectorFixture.listedDiagnostics;
import static org.zmqdesigner.app.inspector.InspectorFixture.select;
import static org.zmqdesigner.app.inspector.InspectorFixture.text;
import static org.zmqdesigner.app.inspector.InspectorFixture.typeAndEnter;

import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.zmqdesigner.engine.validate.Diagnostic;

@ExtendWith(ApplicationExtension.class)
class LinkAndDesignInspectorTest {

    private InspectorFixture fx;

    @Start
    void start(Stage stage) throws Exception {
        fx = InspectorFixture.show(stage);
    }

    @Test
    void with_nothing_selected_the_design_title_and_a_hint_show(FxRobot robot) {
        assertThat(robot.lookup("#inspector").tryQuery()).isPresent();
        assertThat(text(robot, "#inspector-title")).isEqualTo("Divide and conquer: a parallel pipeline");
        assertThat(text(robot, "#inspector-description")).startsWith("The zguide's taskvent");
        assertThat(label(robot, "#inspector-hint").getText()).isEqualTo("Select a node or link to edit it.");
    }

    @Test
    void with_several_selected_the_design_shows_and_the_hint_says_so(FxRobot robot) {
        robot.interact(() -> fx.document.select(List.of("worker-1", "worker-2")));

        assertThat(text(robot, "#inspector-title")).isEqualTo("Divide and conquer: a parallel pipeline");
        assertThat(label(robot, "#inspector-hint").getText()).startsWith("2 elements are selected");
    }

    @Test
    void editing_the_title_is_one_document_info_edit(FxRobot robot) {
        typeAndEnter(robot, "#inspector-title", "My pipeline");

        assertThat(fx.document.topology().title()).isEqualTo("My pipeline");
        assertThat(fx.document.topology().description()).startsWith("The zguide's taskvent");
        assertThat(fx.document.undoTextProperty().get()).isEqualTo("Undo Edit title and description");
    }

    @Test
    void selecting_a_link_shows_its_ends_and_endpoint(FxRobot robot) {
        select(robot, fx.document, "tasks-1");

        assertThat(text(robot, "#link-id")).isEqualTo("tasks-1");
        assertThat(label(robot, "#link-from").getText()).isEqualTo("worker-1/receiver");
        assertThat(label(robot, "#link-to").getText()).isEqualTo("ventilator/sender");
        assertThat(text(robot, "#link-endpoint")).isEqualTo("tcp://localhost:5557");
        assertThat(robot.lookup("#inspector-name").tryQuery()).isEmpty();
    }

    @Test
    void editing_a_link_endpoint_changes_the_link_and_its_diagnostics_follow(FxRobot robot) {
        select(robot, fx.document, "tasks-1");

        robot.clickOn("#link-endpoint");
        robot.interact(() -> field(robot, "#link-endpoint").selectAll());
        robot.write("tcp://localhost:6000");
        robot.type(javafx.scene.input.KeyCode.ENTER);

        assertThat(fx.link("tasks-1").endpoint()).isEqualTo("tcp://localhost:6000");
        assertThat(fx.document.undoTextProperty().get()).isEqualTo("Undo Set endpoint of tasks-1");
        assertThat(listedDiagnostics(robot)).extracting(Diagnostic::code).contains("LINK_NO_BINDING_SIDE");
        assertThat(listedDiagnostics(robot)).extracting(Diagnostic::element).containsOnly("tasks-1");
    }

    @Test
    void an_empty_or_malformed_endpoint_is_refused(FxRobot robot) {
        select(robot, fx.document, "tasks-1");

        typeAndEnter(robot, "#link-endpoint", "");
        assertThat(errorShown(robot, "#link-endpoint")).isTrue();
        typeAndEnter(robot, "#link-endpoint", "tcp://localhost");
        assertThat(label(robot, "#link-endpoint-error").getText()).contains("has no port");

        assertThat(fx.link("tasks-1").endpoint()).isEqualTo("tcp://localhost:5557");
        assertThat(fx.document.canUndoProperty().get()).isFalse();
    }

    @Test
    void a_link_cannot_take_an_id_already_in_use(FxRobot robot) {
        select(robot, fx.document, "tasks-1");

        typeAndEnter(robot, "#link-id", "worker-2");
        assertThat(errorShown(robot, "#link-id")).isTrue();
        assertThat(fx.document.canUndoProperty().get()).isFalse();

        typeAndEnter(robot, "#link-id", "tasks-one");
        assertThat(fx.document.topology().link("tasks-one")).isPresent();
        assertThat(fx.document.selection()).containsExactly("tasks-one");
        assertThat(text(robot, "#link-id")).isEqualTo("tasks-one");
    }

    @Test
    void the_panel_follows_changes_made_elsewhere(FxRobot robot) {
        select(robot, fx.document, "tasks-2");
        robot.interact(() -> fx.document.apply(new org.zmqdesigner.engine.edit.ReplaceLink("tasks-2",
                fx.link("tasks-2").withEndpoint("tcp://127.0.0.1:5557"), "Set endpoint of tasks-2")));

        assertThat(text(robot, "#link-endpoint")).isEqualTo("tcp://127.0.0.1:5557");

        robot.interact(fx.document::undo);
        assertThat(text(robot, "#link-endpoint")).isEqualTo("tcp://localhost:5557");

        robot.interact(() -> fx.document.selectOnly(null));
        assertThat(robot.lookup("#inspector-title").tryQuery()).isPresent();
    }
}
