package org.zmqdesigner.app.inspector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zmqdesigner.app.inspector.InspectorFixture.errorShown;
import static org.zmqdesigner.app.inspector.InspectorFixture.field;
import static org.zmqdesigner.app.inspector.InspectorFixture.select;
import static org.zmqdesigner.app.inspector.InspectorFixture.text;
import static org.zmqdesigner.app.inspector.InspectorFixture.typeAndEnter;
import static org.zmqdesigner.app.inspector.InspectorFixture.typeInto;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.zmqdesigner.engine.edit.ReplaceNode;
import org.zmqdesigner.engine.model.Position;

@ExtendWith(ApplicationExtension.class)
class InspectorRebuildTest {

    private InspectorFixture fx;

    @Start
    void start(Stage stage) throws Exception {
        fx = InspectorFixture.show(stage);
    }

    @Test
    void tabbing_out_of_a_field_applies_it_and_focus_stays_on_the_next_field(FxRobot robot) {
        select(robot, fx.document, "worker-1");

        typeInto(robot, "#inspector-name", "w1");
        robot.type(KeyCode.TAB);

        assertThat(fx.node("worker-1").name()).isEqualTo("w1");
        var focused = fx.inspector.view().getScene().getFocusOwner();
        assertThat(focused).isNotNull();
        assertThat(focused.getId()).isEqualTo("inspector-x");
        assertThat(focused.getScene()).as("focus is on the rebuilt panel's field").isNotNull();
    }

    @Test
    void a_change_made_elsewhere_keeps_what_the_student_is_typing(FxRobot robot) {
        select(robot, fx.document, "worker-1");
        typeInto(robot, "#inspector-name", "half typed");

        robot.interact(() -> fx.document.apply(new ReplaceNode("worker-1",
                fx.node("worker-1").withPosition(new Position(10, 20)), "Move worker-1")));

        assertThat(text(robot, "#inspector-x")).isEqualTo("10");
        assertThat(text(robot, "#inspector-name")).isEqualTo("half typed");
        assertThat(field(robot, "#inspector-name").isFocused()).isTrue();
        assertThat(fx.node("worker-1").name()).as("not applied before Enter").isEqualTo("taskwork 1");

        robot.type(KeyCode.ENTER);
        assertThat(fx.node("worker-1").name()).isEqualTo("half typed");
    }

    @Test
    void refused_text_and_its_error_survive_an_edit_of_another_field(FxRobot robot) {
        select(robot, fx.document, "worker-1");
        typeAndEnter(robot, "#socket-0-sndhwm", "abc");

        typeAndEnter(robot, "#inspector-host", "box-2");

        assertThat(fx.node("worker-1").host()).isEqualTo("box-2");
        assertThat(text(robot, "#socket-0-sndhwm")).isEqualTo("abc");
        assertThat(errorShown(robot, "#socket-0-sndhwm")).isTrue();
    }

    @Test
    void a_number_is_shown_tidily_after_it_applies(FxRobot robot) {
        select(robot, fx.document, "worker-1");

        typeAndEnter(robot, "#inspector-x", "100.50");

        assertThat(fx.node("worker-1").position().x()).isEqualTo(100.5);
        assertThat(text(robot, "#inspector-x")).isEqualTo("100.5");
    }

    @Test
    void selecting_another_element_applies_what_was_typed_into_the_first(FxRobot robot) {
        select(robot, fx.document, "worker-1");
        typeInto(robot, "#inspector-name", "left behind");

        select(robot, fx.document, "worker-2");

        assertThat(fx.node("worker-1").name()).isEqualTo("left behind");
        assertThat(text(robot, "#inspector-id")).isEqualTo("worker-2");
        assertThat(fx.document.selection()).containsExactly("worker-2");
    }

    @Test
    void escape_puts_back_the_designs_value(FxRobot robot) {
        select(robot, fx.document, "worker-1");
        typeInto(robot, "#inspector-host", "box-9");

        robot.type(KeyCode.ESCAPE);

        assertThat(text(robot, "#inspector-host")).isEmpty();
        robot.interact(() -> field(robot, "#inspector-name").requestFocus());
        assertThat(fx.document.canUndoProperty().get()).isFalse();
    }
}
