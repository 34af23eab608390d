package org.zmqdesigner.app.inspector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zmqdesigner.app.inspector.InspectorFixture.label;
import static org.zmqdesigner.app.inspector.InspectorFixture.listedDiagnostics;
import static org.zmqdesigner.app.inspector.InspectorFixture.pick;
import static org.zmqdesigner.app.inspector.InspectorFixture.select;
import static org.zmqdesigner.app.inspector.InspectorFixture.typeAndEnter;

import java.util.List;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.zmqdesigner.engine.edit.ReplaceNode;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.SocketOption;
import org.zmqdesigner.engine.model.SocketType;
import org.zmqdesigner.engine.validate.Diagnostic;

/** The inspector offers the options of the option table that apply, and a SUB's subscriptions one by one. */
@ExtendWith(ApplicationExtension.class)
class SocketOptionsInspectorTest {

    private InspectorFixture fx;

    @Start
    void start(Stage stage) throws Exception {
        fx = InspectorFixture.show(stage);
    }

    private boolean shown(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().isPresent();
    }

    private void press(FxRobot robot, String query) {
        Button button = robot.lookup(query).queryButton();
        robot.interact(button::fire);
    }

    private List<String> subscriptions() {
        return fx.node("sink").socket("receiver").orElseThrow().options().subscribe();
    }

    /** The sink's PULL made a SUB (with no subscription yet), selected. */
    private void sinkAsSub(FxRobot robot) {
        select(robot, fx.document, "sink");
        pick(robot, "#socket-0-type", SocketType.SUB);
    }

    private void set(FxRobot robot, String nodeId, String socketId, SocketOption option, Object value) {
        Node node = fx.node(nodeId);
        var socket = node.socket(socketId).orElseThrow();
        robot.interact(() -> fx.document.apply(new ReplaceNode(nodeId, node.withSocket(socketId,
                socket.withOptions(option.with(socket.options(), value))), "test: set " + option)));
    }

    @Test
    void a_PUB_is_offered_neither_subscriptions_nor_router_or_xpub_options(FxRobot robot) {
        select(robot, fx.document, "worker-1");
        pick(robot, "#socket-1-type", SocketType.PUB);

        assertThat(shown(robot, "#socket-1-sndhwm")).as("SNDHWM applies to every type").isTrue();
        assertThat(shown(robot, "#socket-1-conflate")).as("a PUB conflates").isTrue();
        assertThat(shown(robot, "#socket-1-subscribe-new")).as("SUBSCRIBE on a PUB").isFalse();
        assertThat(shown(robot, "#socket-1-routerMandatory")).as("ROUTER_MANDATORY on a PUB").isFalse();
        assertThat(shown(robot, "#socket-1-xpubVerbose")).as("XPUB_VERBOSE on a PUB").isFalse();
        assertThat(shown(robot, "#socket-1-routingId")).as("ROUTING_ID on a PUB").isFalse();
    }

    @Test
    void a_DEALER_has_no_router_mandatory_and_a_ROUTER_has(FxRobot robot) {
        select(robot, fx.document, "worker-1");
        pick(robot, "#socket-1-type", SocketType.DEALER);
        assertThat(shown(robot, "#socket-1-routerMandatory")).isFalse();
        assertThat(shown(robot, "#socket-1-routingId")).isTrue();

        pick(robot, "#socket-1-type", SocketType.ROUTER);
        assertThat(shown(robot, "#socket-1-routerMandatory")).isTrue();
        assertThat(shown(robot, "#socket-1-conflate")).as("a ROUTER does not conflate").isFalse();
    }

    @Test
    void an_option_set_where_it_does_nothing_is_shown_with_the_reason_and_removed_in_one_step(FxRobot robot) {
        select(robot, fx.document, "worker-1");
        pick(robot, "#socket-1-type", SocketType.DEALER);
        set(robot, "worker-1", "sender", SocketOption.ROUTER_MANDATORY, true);

        assertThat(shown(robot, "#socket-1-routerMandatory")).as("still shown, so it can be removed").isTrue();
        assertThat(label(robot, "#socket-1-routerMandatory-not-applicable").getText())
                .isEqualTo("Does nothing on a DEALER: only a ROUTER routes by identity.");
        assertThat(listedDiagnostics(robot)).extracting(Diagnostic::code).contains("OPTION_NOT_APPLICABLE");

        press(robot, "#socket-1-routerMandatory-remove");

        assertThat(fx.node("worker-1").socket("sender").orElseThrow().options().routerMandatory()).isNull();
        assertThat(fx.document.undoTextProperty().get()).isEqualTo("Undo Remove ROUTER_MANDATORY of worker-1/sender");
        assertThat(shown(robot, "#socket-1-routerMandatory")).isFalse();
        assertThat(listedDiagnostics(robot)).extracting(Diagnostic::code).doesNotContain("OPTION_NOT_APPLICABLE");
    }

    @Test
    void subscriptions_on_a_PUB_are_listed_to_be_removed_but_none_can_be_added(FxRobot robot) {
        sinkAsSub(robot);
        typeAndEnter(robot, "#socket-0-subscribe-new", "tick");
        pick(robot, "#socket-0-type", SocketType.PUB);

        assertThat(label(robot, "#socket-0-subscription-0").getText()).isEqualTo("\"tick\"");
        assertThat(label(robot, "#socket-0-subscribe-not-applicable").getText())
                .isEqualTo("Does nothing on a PUB: only a SUB socket subscribes.");
        assertThat(shown(robot, "#socket-0-subscribe-new")).isFalse();
        assertThat(shown(robot, "#socket-0-subscribe-everything")).isFalse();
        assertThat(shown(robot, "#socket-0-subscribe-summary")).as("a PUB receives nothing to summarise").isFalse();

        press(robot, "#socket-0-subscribe-remove");
        assertThat(subscriptions()).isEmpty();
        assertThat(shown(robot, "#socket-0-subscription-0")).isFalse();
    }

    @Test
    void subscriptions_are_items_added_and_removed_one_undo_step_each(FxRobot robot) {
        sinkAsSub(robot);
        assertThat(label(robot, "#socket-0-subscribe-summary").getText()).startsWith("No subscription");
        assertThat(listedDiagnostics(robot)).extracting(Diagnostic::code).contains("SUB_NO_SUBSCRIPTION");

        typeAndEnter(robot, "#socket-0-subscribe-new", "10001 ");
        typeAndEnter(robot, "#socket-0-subscribe-new", "tock");
        assertThat(subscriptions()).containsExactly("10001 ", "tock");
        assertThat(label(robot, "#socket-0-subscription-0").getText()).as("quoted, so the space shows")
                .isEqualTo("\"10001 \"");
        assertThat(label(robot, "#socket-0-subscribe-summary").getText())
                .isEqualTo("Receives messages starting with \"10001 \" or \"tock\".");
        assertThat(listedDiagnostics(robot)).extracting(Diagnostic::code).doesNotContain("SUB_NO_SUBSCRIPTION");

        press(robot, "#socket-0-subscription-0-remove");
        assertThat(subscriptions()).containsExactly("tock");
        assertThat(fx.document.undoTextProperty().get()).isEqualTo("Undo Unsubscribe sink/receiver from \"10001 \"");

        robot.interact(fx.document::undo);
        assertThat(subscriptions()).containsExactly("10001 ", "tock");
        robot.interact(fx.document::undo);
        assertThat(subscriptions()).as("each addition is its own step").containsExactly("10001 ");
    }

    @Test
    void everything_is_an_item_in_words_and_a_duplicate_is_refused(FxRobot robot) {
        sinkAsSub(robot);

        press(robot, "#socket-0-subscribe-everything");
        assertThat(subscriptions()).containsExactly("");
        assertThat(label(robot, "#socket-0-subscription-0").getText()).isEqualTo("everything");
        assertThat(shown(robot, "#socket-0-subscribe-everything")).as("offered only while missing").isFalse();
        assertThat(label(robot, "#socket-0-subscribe-summary").getText()).isEqualTo("Subscribed to everything.");

        typeAndEnter(robot, "#socket-0-subscribe-new", "tick");
        typeAndEnter(robot, "#socket-0-subscribe-new", "tick");
        assertThat(subscriptions()).containsExactly("", "tick");
        assertThat(label(robot, "#socket-0-subscribe-new-error").getText())
                .isEqualTo("Already subscribed to \"tick\".");
    }
}
