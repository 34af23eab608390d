package org.zmqdesigner.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.zmqdesigner.app.export.LegendView;

/** The legend explains colours and arrows, and never covers the design: it is docked under the canvas. */
class LegendDockTest extends DesignerUiTest {

    @Override
    protected Optional<Path> initialFile() {
        return Optional.of(sample("pipeline"));
    }

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    private static Bounds onScreen(Node node) {
        return node.localToScreen(node.getBoundsInLocal());
    }

    /** True when the two boxes share some area (touching edges do not count). */
    private static boolean overlap(Bounds a, Bounds b) {
        return Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX()) > 0.5
                && Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY()) > 0.5;
    }

    @Test
    void the_legend_sits_outside_the_canvas_and_covers_no_node_at_any_zoom(FxRobot robot) {
        this.robot = robot;
        Node legend = robot.lookup("#" + LegendView.ID).query();
        assertThat(legend.isVisible()).isTrue();

        for (double zoom : new double[] {0, 0.6, 1.5}) {
            robot.interact(() -> {
                window.canvas().fitToView();
                if (zoom > 0) {
                    window.canvas().zoomBy(zoom / window.canvas().zoom(), window.canvas().view().getWidth(),
                            window.canvas().view().getHeight());
                }
            });
            Bounds shown = onScreen(legend);
            assertThat(overlap(shown, onScreen(window.canvas().view())))
                    .as("the legend %s overlaps the canvas %s", shown, onScreen(window.canvas().view())).isFalse();
            for (var node : topology().nodes()) {
                assertThat(overlap(shown, onScreen(robot.lookup("#node-" + node.id()).query())))
                        .as("the legend covers %s", node.id()).isFalse();
            }
        }
    }

    @Test
    void the_legend_says_which_way_arrows_point_and_every_row_is_readable_within_it(FxRobot robot) {
        this.robot = robot;
        Node legend = robot.lookup("#" + LegendView.ID).query();
        Label arrow = robot.from(legend).lookup(LegendView.arrowNote()).queryAs(Label.class);
        assertThat(arrow.isVisible()).isTrue();
        robot.moveTo(arrow);
        assertThat(arrow.getTooltip()).as("made on hover").isNotNull();
        assertThat(arrow.getTooltip().getText()).contains("from the socket that connects to the socket that binds");

        Bounds strip = onScreen(legend);
        for (Node row : robot.from(legend).lookup("." + LegendView.ROW_STYLE_CLASS).queryAll()) {
            Bounds shown = onScreen(row);
            assertThat(shown.getMinX() >= strip.getMinX() && shown.getMaxX() <= strip.getMaxX()
                    && shown.getMinY() >= strip.getMinY() && shown.getMaxY() <= strip.getMaxY())
                    .as("row %s at %s lies within the legend %s", row, shown, strip).isTrue();
        }
    }

    @Test
    void hiding_the_legend_gives_its_room_back_to_the_canvas(FxRobot robot) {
        this.robot = robot;
        double withLegend = window.canvas().view().getHeight();

        robot.clickOn("View").clickOn("Legend");

        Node legend = robot.lookup("#" + LegendView.ID).query();
        assertThat(legend.isVisible()).isFalse();
        assertThat(window.canvas().view().getHeight()).as("the canvas grows into the legend's place")
                .isGreaterThan(withLegend);
    }
}
