package org.zmqdesigner.app.inspector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zmqdesigner.app.inspector.InspectorFixture.combo;
import static org.zmqdesigner.app.inspector.InspectorFixture.errorShown;
import static org.zmqdesigner.app.inspector.InspectorFixture.field;
import static org.zmqdesigner.app.inspector.InspectorFixture.label;
import static org.zmqdesigner.app.inspector.InspectorFixture.listedDiagnostics;
import static org.zmqdesigner.app.inspector.InspectorFixture.pick;
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
import org.zmqdesigner.engine.model.Behaviour;
import org.zmqdesigner.engine.model.SocketType;
import org.zmqdesigner.engine.model.Topology;
import org.zmqdesigner.engine.validate.Diagnostic;

@ExtendWith(ApplicationExtension.class)
class NodeInspectorTest {

    private InspectorFixture fx;

    @Start
    void start(Stage stage) throws Exception {
        fx = InspectorFixture.show(stage);
    }

    @Test
    void selecting_a_node_shows_its_fields(FxRobot robot) {
        select(robot, fx.document, "worker-1");

        assertThat(text(robot, "#inspector-id")).isEqualTo("worker-1");
        assertThat(text(robot, "#inspector-name")).isEqualTo("taskwork 1");
        assertThat(label(robot, "#inspector-kind").getText()).isEqualTo("application");
        // The sample's own position (samples are laid out with Tidy up, so it may move).
        var position = fx.document.topology().node("worker-1").orElseThrow().position();
        assertThat(text(robot, "#inspector-x")).isEqualTo(String.valueOf((long) position.x()));
        assertThat(text(robot, "#inspector-y")).isEqualTo(String.valueOf((long) position.y()));
        assertThat(text(robot, "#inspector-startDelay")).isEmpty();
        assertThat(text(robot, "#socket-0-id")).isEqualTo("receiver");
        assertThat(combo(robot, "#socket-0-type").getValue()).isEqualTo(SocketType.PULL);
        assertThat(combo(robot, "#socket-1-type").getValue()).isEqualTo(SocketType.PUSH);
        assertThat(text(robot, "#socket-0-sndhwm")).isEmpty();
        assertThat(combo(robot, "#socket-0-conflate").getValue()).isEqualTo("default");
        assertThat(combo(robot, "#behaviour-type").getValue()).isEqualTo("worker");
        assertThat(combo(robot, "#behaviour-input").getValue()).isEqualTo("receiver");
        assertThat(robot.lookup("#inspector-title").tryQuery()).isEmpty();
    }

    @Test
    void editing_the_name_and_pressing_enter_applies_exactly_one_edit_that_undo_reverts(FxRobot robot) {
        select(robot, fx.document, "worker-1");

        robot.clickOn("#inspector-name");
        robot.interact(() -> field(robot, "#inspector-name").selectAll());
        robot.write("first worker");
        assertThat(fx.node("worker-1").name()).as("nothing applies while typing").isEqualTo("taskwork 1");
        robot.type(KeyCode.ENTER);

        assertThat(fx.node("worker-1").name()).isEqualTo("first worker");
        assertThat(fx.document.undoTextProperty().get()).isEqualTo("Undo Set name of worker-1");
        robot.interact(fx.document::undo);
        assertThat(fx.node("worker-1").name()).isEqualTo("taskwork 1");
        assertThat(fx.document.canUndoProperty().get()).as("it was one edit").isFalse();
        assertThat(text(robot, "#inspector-name")).as("the panel follows the undo").isEqualTo("taskwork 1");
    }

    @Test
    void typing_abc_into_sndhwm_shows_an_error_and_changes_nothing(FxRobot robot) {
        select(robot, fx.document, "worker-1");
        Topology before = fx.document.topology();

        typeAndEnter(robot, "#socket-0-sndhwm", "abc");

        assertThat(errorShown(robot, "#socket-0-sndhwm")).isTrue();
        assertThat(label(robot, "#socket-0-sndhwm-error").getText()).contains("\"abc\" is not a whole number");
        assertThat(field(robot, "#socket-0-sndhwm").getPseudoClassStates())
                .anyMatch(p -> p.getPseudoClassName().equals("danger"));
        assertThat(fx.document.topology()).isSameAs(before);
        assertThat(fx.document.canUndoProperty().get()).isFalse();
    }

    @Test
    void a_negative_queue_limit_is_refused_and_a_good_one_clears_the_error(FxRobot robot) {
        select(robot, fx.document, "worker-1");

        typeAndEnter(robot, "#socket-0-rcvhwm", "-5");
        assertThat(errorShown(robot, "#socket-0-rcvhwm")).isTrue();
        assertThat(fx.document.canUndoProperty().get()).isFalse();

        typeAndEnter(robot, "#socket-0-rcvhwm", "500");
        assertThat(fx.node("worker-1").socket("receiver").orElseThrow().options().rcvhwm()).isEqualTo(500);
        assertThat(errorShown(robot, "#socket-0-rcvhwm")).isFalse();
    }

    @Test
    void clearing_an_optional_number_sets_it_back_to_the_default(FxRobot robot) {
        select(robot, fx.document, "worker-1");
        typeAndEnter(robot, "#socket-1-sndhwm", "100");
        assertThat(fx.node("worker-1").socket("sender").orElseThrow().options().sndhwm()).isEqualTo(100);

        typeAndEnter(robot, "#socket-1-sndhwm", "");

        assertThat(fx.node("worker-1").socket("sender").orElseThrow().options().sndhwm()).isNull();
        assertThat(fx.node("worker-1").socket("sender").orElseThrow().options().isDefault()).isTrue();
    }

    @Test
    void changing_a_socket_type_to_an_incompatible_one_lists_an_incompatible_sockets_diagnostic(FxRobot robot) {
        select(robot, fx.document, "worker-1");
        assertThat(listedDiagnostics(robot)).extracting(Diagnostic::code).doesNotContain("INCOMPATIBLE_SOCKETS");

        pick(robot, "#socket-0-type", SocketType.PUB);

        assertThat(fx.node("worker-1").socket("receiver").orElseThrow().type()).isEqualTo(SocketType.PUB);
        assertThat(fx.document.undoTextProperty().get()).isEqualTo("Undo Set type of worker-1/receiver");
        assertThat(listedDiagnostics(robot)).extracting(Diagnostic::code).contains("INCOMPATIBLE_SOCKETS");
        assertThat(listedDiagnostics(robot)).extracting(Diagnostic::element).contains("tasks-1")
                .allMatch(e -> e.equals("worker-1") || e.startsWith("worker-1/") || e.endsWith("-1"));
    }

    @Test
    void changing_the_behaviour_count_changes_the_sink(FxRobot robot) {
        select(robot, fx.document, "sink");
        assertThat(text(robot, "#behaviour-count")).isEqualTo("101");

        typeAndEnter(robot, "#behaviour-count", "50");
        assertThat(((Behaviour.Sink) fx.node("sink").behaviour()).count()).isEqualTo(50L);

        typeAndEnter(robot, "#behaviour-count", "");
        assertThat(((Behaviour.Sink) fx.node("sink").behaviour()).count()).as("empty is endless").isNull();
    }

    @Test
    void renaming_a_node_to_a_taken_id_says_why_and_changes_nothing(FxRobot robot) {
        select(robot, fx.document, "worker-1");
        Topology before = fx.document.topology();

        typeAndEnter(robot, "#inspector-id", "sink");

        assertThat(label(robot, "#inspector-id-error").getText()).isEqualTo("The id \"sink\" is taken.");
        assertThat(fx.document.topology()).isSameAs(before);
    }

    @Test
    void renaming_a_node_carries_its_links_and_keeps_it_in_the_inspector(FxRobot robot) {
        select(robot, fx.document, "worker-1");

        typeAndEnter(robot, "#inspector-id", "alice");

        assertThat(fx.document.topology().node("worker-1")).isEmpty();
        assertThat(fx.link("tasks-1").from().node()).isEqualTo("alice");
        assertThat(fx.document.selection()).containsExactly("alice");
        assertThat(text(robot, "#inspector-id")).isEqualTo("alice");
    }

    @Test
    void renaming_a_socket_carries_its_links_and_the_behaviour_in_one_edit(FxRobot robot) {
        select(robot, fx.document, "worker-1");

        typeAndEnter(robot, "#socket-0-id", "in");

        assertThat(fx.node("worker-1").socket("in")).isPresent();
        assertThat(fx.link("tasks-1").from().socket()).isEqualTo("in");
        assertThat(((Behaviour.Worker) fx.node("worker-1").behaviour()).input()).isEqualTo("in");
        assertThat(fx.document.diagnosticsProperty().get()).extracting(Diagnostic::code)
                .doesNotContain("DANGLING_LINK", "BEHAVIOUR_SOCKET");
        robot.interact(fx.document::undo);
        assertThat(fx.link("tasks-1").from().socket()).isEqualTo("receiver");
        assertThat(fx.document.canUndoProperty().get()).isFalse();
    }

    @Test
    void binds_are_one_endpoint_per_line_and_apply_when_focus_leaves(FxRobot robot) {
        select(robot, fx.document, "ventilator");
        assertThat(text(robot, "#socket-0-binds")).isEqualTo("tcp://127.0.0.1:5557");

        typeInto(robot, "#socket-0-binds", "tcp://127.0.0.1:5557\ninproc://tasks");
        robot.interact(() -> field(robot, "#inspector-host").requestFocus());

        assertThat(fx.node("ventilator").socket("sender").orElseThrow().binds())
                .containsExactly("tcp://127.0.0.1:5557", "inproc://tasks");
    }

    @Test
    void an_endpoint_that_does_not_parse_is_refused(FxRobot robot) {
        select(robot, fx.document, "ventilator");

        typeInto(robot, "#socket-1-connects", "localhost:7000");
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);

        assertThat(errorShown(robot, "#socket-1-connects")).isTrue();
        assertThat(fx.node("ventilator").socket("sink").orElseThrow().connects()).isEmpty();
    }

    @Test
    void a_tri_state_option_sets_on_off_and_back_to_default(FxRobot robot) {
        select(robot, fx.document, "worker-2");

        pick(robot, "#socket-1-immediate", "on");
        assertThat(fx.node("worker-2").socket("sender").orElseThrow().options().immediate()).isTrue();
        pick(robot, "#socket-1-immediate", "off");
        assertThat(fx.node("worker-2").socket("sender").orElseThrow().options().immediate()).isFalse();
        pick(robot, "#socket-1-immediate", "default");
        assertThat(fx.node("worker-2").socket("sender").orElseThrow().options().immediate()).isNull();
    }

    @Test
    void sockets_can_be_added_and_removed_with_their_links(FxRobot robot) {
        select(robot, fx.document, "worker-3");

        robot.interact(() -> robot.lookup("#inspector-add-socket").queryButton().fire());
        assertThat(fx.node("worker-3").sockets()).hasSize(3);
        assertThat(text(robot, "#socket-2-id")).isEqualTo("socket-3");

        robot.interact(() -> robot.lookup("#socket-0-remove").queryButton().fire());
        assertThat(fx.node("worker-3").socket("receiver")).isEmpty();
        assertThat(fx.document.topology().link("tasks-3")).as("its link goes too").isEmpty();
        assertThat(fx.document.diagnosticsProperty().get()).extracting(Diagnostic::code)
                .doesNotContain("DANGLING_LINK");
    }

    @Test
    void switching_the_behaviour_shows_the_new_behaviours_fields(FxRobot robot) {
        select(robot, fx.document, "sink");

        pick(robot, "#behaviour-type", "source");
        assertThat(fx.node("sink").behaviour()).isInstanceOf(Behaviour.Source.class);
        assertThat(robot.lookup("#behaviour-payload").tryQuery()).isPresent();

        typeAndEnter(robot, "#behaviour-rate", "2.5");
        typeAndEnter(robot, "#behaviour-payload", "{rand:1..}");
        assertThat(errorShown(robot, "#behaviour-payload")).as("a broken template is refused").isTrue();
        assertThat(((Behaviour.Source) fx.node("sink").behaviour()).rate()).isEqualTo(2.5);

        pick(robot, "#behaviour-type", "none");
        assertThat(fx.node("sink").behaviour()).isNull();
    }

    @Test
    void the_prelude_is_one_socket_and_payload_per_line(FxRobot robot) {
        select(robot, fx.document, "ventilator");
        assertThat(text(robot, "#behaviour-prelude")).isEqualTo("sink: 0");

        typeInto(robot, "#behaviour-prelude", "sink: 0\nsender: go {seq}");
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);

        assertThat(((Behaviour.Source) fx.node("ventilator").behaviour()).prelude()).containsExactly(
                new Behaviour.Prelude("sink", "0"), new Behaviour.Prelude("sender", "go {seq}"));
    }
}
