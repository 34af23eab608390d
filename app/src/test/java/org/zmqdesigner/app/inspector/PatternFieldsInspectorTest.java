package org.zmqdesigner.app.inspector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zmqdesigner.app.inspector.InspectorFixture.combo;
import static org.zmqdesigner.app.inspector.InspectorFixture.errorShown;
import static org.zmqdesigner.app.inspector.InspectorFixture.label;
import static org.zmqdesigner.app.inspector.InspectorFixture.listedDiagnostics;
import static org.zmqdesigner.app.inspector.InspectorFixture.pick;
import static org.zmqdesigner.app.inspector.InspectorFixture.select;
import static org.zmqdesigner.app.inspector.InspectorFixture.text;
import static org.zmqdesigner.app.inspector.InspectorFixture.typeAndEnter;

import java.nio.file.Path;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.zmqdesigner.engine.format.TopologyFiles;
import org.zmqdesigner.engine.model.Behaviour;
import org.zmqdesigner.engine.model.CountRange;
import org.zmqdesigner.engine.model.Topology;
import org.zmqdesigner.engine.validate.Diagnostic;

/**
 * The fields the pattern catalogue added (Lazy Pirate retries, sync sockets, announce, replies,
 * faults, the broker), edited through the inspector: each lands in the document, and editing an old
 * field keeps the new ones.
 */
@ExtendWith(ApplicationExtension.class)
class PatternFieldsInspectorTest {

    private InspectorFixture fx;

    @Start
    void start(Stage stage) throws Exception {
        Path design = Path.of(getClass().getResource("/inspector/pattern-fields.zmqtopo").toURI());
        fx = InspectorFixture.show(stage, new TopologyFiles().load(design));
    }

    private Behaviour.Source source(String id) {
        return (Behaviour.Source) fx.node(id).behaviour();
    }

    private Behaviour.Responder responder(String id) {
        return (Behaviour.Responder) fx.node(id).behaviour();
    }

    @Test
    void a_lazy_pirate_clients_timeout_and_retries_are_shown_and_edited(FxRobot robot) {
        select(robot, fx.document, "lpclient");
        assertThat(text(robot, "#behaviour-replyTimeoutMs")).isEqualTo("2500");
        assertThat(text(robot, "#behaviour-retries")).isEqualTo("3");

        typeAndEnter(robot, "#behaviour-replyTimeoutMs", "1500");
        typeAndEnter(robot, "#behaviour-retries", "5");

        assertThat(source("lpclient").replyTimeoutMs()).isEqualTo(1500);
        assertThat(source("lpclient").retries()).isEqualTo(5);
        assertThat(fx.document.undoTextProperty().get()).isEqualTo("Undo Set retries of lpclient");
    }

    @Test
    void editing_an_old_source_field_keeps_the_new_ones(FxRobot robot) {
        select(robot, fx.document, "lpclient");

        typeAndEnter(robot, "#behaviour-payload", "request {seq}");
        typeAndEnter(robot, "#behaviour-rate", "2");

        Behaviour.Source s = source("lpclient");
        assertThat(s.payload()).isEqualTo("request {seq}");
        assertThat(s.rate()).isEqualTo(2.0);
        assertThat(s.replyTimeoutMs()).isEqualTo(2500);
        assertThat(s.retries()).isEqualTo(3);
    }

    @Test
    void a_timeout_of_zero_is_refused_in_the_field(FxRobot robot) {
        select(robot, fx.document, "lpclient");
        Topology before = fx.document.topology();

        typeAndEnter(robot, "#behaviour-replyTimeoutMs", "0");

        assertThat(errorShown(robot, "#behaviour-replyTimeoutMs")).isTrue();
        assertThat(fx.document.topology()).isSameAs(before);
    }

    @Test
    void editing_an_old_responder_field_keeps_faults_and_seed(FxRobot robot) {
        select(robot, fx.document, "lpserver");

        typeAndEnter(robot, "#behaviour-delayMs", "200");
        typeAndEnter(robot, "#behaviour-reply", "OK {payload}");

        Behaviour.Responder r = responder("lpserver");
        assertThat(r.delayMs()).isEqualTo(200);
        assertThat(r.reply()).isEqualTo("OK {payload}");
        assertThat(r.faults()).isEqualTo(new Behaviour.Faults(5L, null, 2000, 0.3));
        assertThat(r.seed()).isEqualTo(7L);
    }

    @Test
    void faults_are_edited_one_field_at_a_time_and_all_empty_removes_the_block(FxRobot robot) {
        select(robot, fx.document, "lpserver");
        assertThat(text(robot, "#behaviour-crashAfter")).isEqualTo("5");
        assertThat(text(robot, "#behaviour-stallChance")).isEqualTo("0.3");

        typeAndEnter(robot, "#behaviour-crashChance", "0.1");
        assertThat(responder("lpserver").faults()).isEqualTo(new Behaviour.Faults(5L, 0.1, 2000, 0.3));

        typeAndEnter(robot, "#behaviour-crashChance", "1.5");
        assertThat(errorShown(robot, "#behaviour-crashChance")).isTrue();
        assertThat(label(robot, "#behaviour-crashChance-error").getText()).contains("from 0 (never) to 1");
        assertThat(responder("lpserver").faults().crashChance()).isEqualTo(0.1);

        for (String field : new String[] {"crashAfter", "crashChance", "stallMs", "stallChance"}) {
            typeAndEnter(robot, "#behaviour-" + field, "");
        }
        assertThat(responder("lpserver").faults()).as("no faults left, so no faults block").isNull();
        assertThat(responder("lpserver").seed()).isEqualTo(7L);
    }

    @Test
    void replies_take_a_count_or_a_range_and_refuse_a_backwards_one(FxRobot robot) {
        select(robot, fx.document, "worker");
        assertThat(text(robot, "#behaviour-announce")).isEqualTo("READY");

        typeAndEnter(robot, "#behaviour-replies", "0..4");
        assertThat(responder("worker").replies()).isEqualTo(CountRange.parse("0..4"));
        assertThat(responder("worker").announce()).as("kept").isEqualTo("READY");

        Topology before = fx.document.topology();
        typeAndEnter(robot, "#behaviour-replies", "4..1");
        assertThat(errorShown(robot, "#behaviour-replies")).isTrue();
        assertThat(label(robot, "#behaviour-replies-error").getText()).contains("was 4..1");
        assertThat(fx.document.topology()).isSameAs(before);
    }

    @Test
    void a_sinks_sync_socket_and_stop_message_are_edited(FxRobot robot) {
        select(robot, fx.document, "syncsub");
        assertThat(combo(robot, "#behaviour-syncSocket").getValue()).isEqualTo("syncclient");
        assertThat(text(robot, "#behaviour-until")).isEqualTo("END");

        typeAndEnter(robot, "#behaviour-until", "STOP");
        pick(robot, "#behaviour-syncSocket", "");

        Behaviour.Sink k = (Behaviour.Sink) fx.node("syncsub").behaviour();
        assertThat(k.syncSocket()).as("none").isNull();
        assertThat(k.until()).isEqualTo("STOP");
        assertThat(k.socket()).isEqualTo("subscriber");
    }

    @Test
    void renaming_the_sync_socket_carries_the_sinks_sync_socket_along(FxRobot robot) {
        select(robot, fx.document, "syncsub");

        typeAndEnter(robot, "#socket-1-id", "sync");

        Behaviour.Sink k = (Behaviour.Sink) fx.node("syncsub").behaviour();
        assertThat(k.syncSocket()).isEqualTo("sync");
        assertThat(k.until()).isEqualTo("END");
        assertThat(fx.document.diagnosticsProperty().get()).extracting(Diagnostic::code).doesNotContain("SYNC_SOCKET");
    }

    @Test
    void renaming_a_brokers_backend_carries_the_broker_and_its_link_along(FxRobot robot) {
        select(robot, fx.document, "lbbroker");

        typeAndEnter(robot, "#socket-1-id", "workers");

        assertThat(fx.node("lbbroker").behaviour()).isEqualTo(new Behaviour.Broker("frontend", "workers"));
        assertThat(fx.link("work").to().socket()).isEqualTo("workers");
    }

    @Test
    void a_broker_is_offered_explained_and_its_sockets_picked(FxRobot robot) {
        select(robot, fx.document, "lbbroker");
        assertThat(combo(robot, "#behaviour-type").getItems()).contains("broker");
        assertThat(combo(robot, "#behaviour-frontend").getValue()).isEqualTo("frontend");

        pick(robot, "#behaviour-backend", "");

        assertThat(fx.node("lbbroker").behaviour()).isEqualTo(new Behaviour.Broker("frontend", null));
        assertThat(robot.lookup(n -> n instanceof javafx.scene.control.Label l && l.getText() != null
                && l.getText().contains("lbbroker")).tryQuery()).as("the broker's explanation").isPresent();
    }

    @Test
    void choosing_broker_for_a_node_makes_a_fresh_broker(FxRobot robot) {
        select(robot, fx.document, "worker");

        pick(robot, "#behaviour-type", "broker");

        assertThat(fx.node("worker").behaviour()).isEqualTo(new Behaviour.Broker(null, null));
    }

    @Test
    void a_REP_told_to_reply_twice_shows_the_lockstep_diagnostic_in_the_inspector_and_the_problems_list(
            FxRobot robot) {
        select(robot, fx.document, "lpserver");
        assertThat(listedDiagnostics(robot)).extracting(Diagnostic::code).doesNotContain("REPLIES_IN_LOCKSTEP");

        typeAndEnter(robot, "#behaviour-replies", "2");

        assertThat(responder("lpserver").replies()).isEqualTo(CountRange.exactly(2));
        assertThat(listedDiagnostics(robot)).extracting(Diagnostic::code).contains("REPLIES_IN_LOCKSTEP");
        TableView<?> problems = robot.lookup("#diagnostics").queryAs(TableView.class);
        assertThat(problems.getItems()).anySatisfy(item -> {
            Diagnostic d = (Diagnostic) item;
            assertThat(d.code()).isEqualTo("REPLIES_IN_LOCKSTEP");
            assertThat(d.element()).isEqualTo("lpserver");
        });
        assertThat(robot.lookup(".table-cell").queryAll()).as("a row of the table shows the code")
                .anyMatch(c -> c instanceof javafx.scene.control.Labeled l && "REPLIES_IN_LOCKSTEP".equals(l.getText()));
    }
}
