package org.zmqdesigner.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zmqdesigner.app.DesignerApp;
import org.zmqdesigner.app.DesignerWindow;

/** The window at a small size, and what it remembers from one start to the next. */
class WindowTest extends DesignerUiTest {

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    @Test
    void theme_size_place_and_dividers_are_remembered_across_starts(FxRobot robot) throws Exception {
        robot.interact(() -> {
            Stage stage = window.stage();
            stage.setX(30);
            stage.setY(40);
            stage.setWidth(1100);
            stage.setHeight(720);
            window.theme(true);
        });
        WaitForAsyncUtils.waitForFxEvents();
        SplitPane main = robot.lookup("#main-split").queryAs(SplitPane.class);
        SplitPane centre = robot.lookup("#centre-split").queryAs(SplitPane.class);
        robot.interact(() -> {
            main.setDividerPositions(0.2, 0.7);
            centre.setDividerPositions(0.55);
        });
        WaitForAsyncUtils.waitForFxEvents();
        double[] mainWas = main.getDividerPositions();
        double[] centreWas = centre.getDividerPositions();

        robot.interact(window::exit);
        assertThat(window.stage().isShowing()).isFalse();

        AtomicReference<DesignerWindow> again = new AtomicReference<>();
        Path recovery = Files.createTempDirectory("zmqd-recovery");
        robot.interact(() -> {
            Stage second = new Stage();
            again.set(DesignerApp.open(second, Optional.empty(), recovery, preferences()));
            second.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        try {
            Stage second = again.get().stage();
            assertThat(again.get().isDark()).isTrue();
            assertThat(second.getWidth()).isEqualTo(1100);
            assertThat(second.getHeight()).isEqualTo(720);
            assertThat(second.getX()).isEqualTo(30);
            assertThat(second.getY()).isEqualTo(40);
            SplitPane mainAgain = (SplitPane) second.getScene().lookup("#main-split");
            SplitPane centreAgain = (SplitPane) second.getScene().lookup("#centre-split");
            assertThat(mainAgain.getDividerPositions()[0]).isCloseTo(mainWas[0], Offset.offset(0.01));
            assertThat(mainAgain.getDividerPositions()[1]).isCloseTo(mainWas[1], Offset.offset(0.01));
            assertThat(centreAgain.getDividerPositions()[0]).isCloseTo(centreWas[0], Offset.offset(0.01));
        } finally {
            robot.interact(() -> {
                again.get().theme(false);
                again.get().stage().close();
            });
        }
    }

    @Test
    void at_1024_by_700_every_panel_and_control_is_usable(FxRobot robot) throws Exception {
        robot.interact(() -> {
            window.stage().setWidth(1024);
            window.stage().setHeight(700);
            window.files().openFile(sample("pipeline"));
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(window.canvas()::fitToView);
        double sceneWidth = window.stage().getScene().getWidth();

        for (String id : List.of("#run-start", "#run-pause", "#run-step", "#run-stop", "#run-speed",
                "#run-speed-label", "#run-clock")) {
            Node control = robot.lookup(id).query();
            Bounds b = control.localToScene(control.getBoundsInLocal());
            assertThat(control.isVisible() && b.getMinX() >= 0 && b.getMaxX() <= sceneWidth)
                    .as("%s on the toolbar, not in its overflow: %s", id, b).isTrue();
        }
        assertThat(width(robot, "#canvas")).as("canvas: more than half the window").isGreaterThan(512);
        assertThat(width(robot, "#inspector-slot")).as("inspector").isGreaterThanOrEqualTo(250);
        assertThat(width(robot, ".palette")).as("palette").isGreaterThanOrEqualTo(170);
        Label counts = robot.lookup("#status-counts").queryAs(Label.class);
        Text shown = (Text) robot.from(counts).lookup(".text").query();
        assertThat(shown.getText()).as("the counts are not cut off").isEqualTo(counts.getText());
        assertThat(topology().nodes()).allSatisfy(n -> {
            Node view = robot.lookup("#node-" + n.id()).query();
            Node canvas = robot.lookup("#canvas").query();
            assertThat(canvas.localToScene(canvas.getLayoutBounds())
                    .contains(view.localToScene(view.getBoundsInLocal()))).as("%s fits in view", n.id()).isTrue();
        });

        Path folder = Files.createDirectories(Path.of("target", "screenshots"));
        Path file = folder.resolve("window-1024x700.png");
        robot.interact(() -> {
            try {
                org.zmqdesigner.app.export.PngExporter.write(window.stage().getScene().getRoot(), file, 1);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private static double width(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(javafx.scene.layout.Region.class).getWidth();
    }
}
