package org.zmqdesigner.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.validate.Diagnostic;

/**
 * A SUB from the palette subscribes to everything, and the inspector shows it: the subscription
 * used to be an invisible empty line, so typing "tick" made ["", "tick"] and the SUB still took
 * every message.
 */
class PaletteSubscriberTest extends DesignerUiTest {

    @org.testfx.framework.junit5.Start
    void start(javafx.stage.Stage stage) throws Exception {
        open(stage);
    }

    private Node subscriber() {
        return topology().nodes().get(0);
    }

    private java.util.List<String> subscriptions() {
        return subscriber().sockets().get(0).options().subscribe();
    }

    private java.util.List<String> listedCodes(FxRobot robot) {
        Pane list = robot.lookup("#inspector-diagnostics").queryAs(Pane.class);
        return list.getChildren().stream().map(javafx.scene.Node::getUserData).filter(Diagnostic.class::isInstance)
                .map(d -> ((Diagnostic) d).code()).toList();
    }

    @Test
    void the_palettes_SUB_shows_its_subscription_to_everything_and_can_be_made_to_take_only_tick(FxRobot robot)
            throws Exception {
        javafx.scene.Node entry = robot.lookup("#palette-SUB").query();
        robot.interact(entry::requestFocus);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(topology().nodes()).hasSize(1);
        await("the inspector to show the new SUB", () -> robot.lookup("#socket-0-subscription-0").tryQuery()
                .isPresent());

        Label item = robot.lookup("#socket-0-subscription-0").queryAs(Label.class);
        assertThat(item.getText()).isEqualTo("everything");
        assertThat(item.isVisible()).isTrue();
        assertThat(subscriptions()).containsExactly("");

        Button remove = robot.lookup("#socket-0-subscription-0-remove").queryButton();
        robot.interact(remove::fire);
        assertThat(subscriptions()).isEmpty();
        await("the validator's warning in the inspector", () -> listedCodes(robot).contains("SUB_NO_SUBSCRIPTION"));

        var field = robot.lookup("#socket-0-subscribe-new").queryTextInputControl();
        robot.interact(field::requestFocus);
        robot.write("tick");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(subscriptions()).containsExactly("tick");
        await("the tick item", () -> robot.lookup("#socket-0-subscription-0").tryQuery()
                .map(n -> ((Label) n).getText().equals("\"tick\"")).orElse(false));
        assertThat(robot.lookup("#socket-0-subscription-1").tryQuery()).as("no other item").isEmpty();
        assertThat(listedCodes(robot)).doesNotContain("SUB_NO_SUBSCRIPTION");
    }
}
