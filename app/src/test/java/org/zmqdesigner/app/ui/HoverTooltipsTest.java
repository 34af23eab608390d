package org.zmqdesigner.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The window's tooltips are made on first hover (LazyTooltip, for the start time), and still show
 * what they said when they were made with their controls: the toolbar names its command and its
 * key, the palette says what an entry is, the status bar shows its whole text.
 */
class HoverTooltipsTest extends DesignerUiTest {

    @Override
    protected Optional<Path> initialFile() {
        return Optional.of(sample("pipeline"));
    }

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    private void hoverAndSee(Node node, String words) throws Exception {
        robot.moveTo(node);
        // A small move inside: a tooltip's timer starts on a move, as a user's pointer makes them.
        robot.moveBy(2, 1);
        waitFor("a tooltip saying \"" + words + "\" over " + node.getId(), 10, () -> Window.getWindows().stream()
                .anyMatch(w -> w instanceof Tooltip t && t.isShowing() && t.getText().contains(words)));
    }

    @Test
    void a_toolbar_button_is_named_from_the_start_and_shows_its_tooltip_on_hover(FxRobot robot) throws Exception {
        this.robot = robot;
        Button run = robot.lookup("#run-start").queryAs(Button.class);
        assertThat(run.getAccessibleText()).as("what a screen reader says").isEqualTo("Run (F5)");
        assertThat(run.getTooltip()).as("not made before it is needed").isNull();

        hoverAndSee(run, "Run (F5)");
        assertThat(run.getTooltip().getText()).isEqualTo("Run (F5)");
    }

    @Test
    void a_palette_entry_and_the_status_bar_show_theirs_on_hover(FxRobot robot) throws Exception {
        this.robot = robot;
        hoverAndSee(robot.lookup("#palette-PUSH").query(), "PUSH");

        Label status = robot.lookup("#status").queryAs(Label.class);
        robot.interact(() -> status.setText("A status long enough to be cut short by the counts beside it"));
        hoverAndSee(status, "A status long enough to be cut short");
    }
}
