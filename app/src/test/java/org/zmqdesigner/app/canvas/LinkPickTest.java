package org.zmqdesigner.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Point2D;
import javafx.scene.shape.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.zmqdesigner.app.document.DesignDocument;

/**
 * A link is picked by a filled band along its curve (cheap to test under the pointer every frame),
 * not by its stroke: a click beside the curve selects it, a click well away does not.
 */
@ExtendWith(ApplicationExtension.class)
class LinkPickTest {

    private DesignDocument document;

    @Start
    void start(Stage stage) throws Exception {
        document = CanvasStage.show(stage, "pipeline.zmqtopo").document();
    }

    @Test
    void a_click_beside_the_curve_selects_the_link_and_only_the_band_is_picked(FxRobot robot) {
        String id = document.topology().links().get(0).id();
        LinkView link = robot.lookup("#link-" + id).queryAs(LinkView.class);
        Point2D[] near = new Point2D[2];
        robot.interact(() -> {
            Point2D on = link.route().at(0.5);
            Point2D tangent = link.route().at(0.51).subtract(link.route().at(0.49)).normalize();
            Point2D normal = new Point2D(-tangent.getY(), tangent.getX());
            near[0] = link.localToScreen(on.add(normal.multiply(LinkView.HIT_HALF_WIDTH - 2)));
            near[1] = link.localToScreen(on.add(normal.multiply(LinkView.HIT_HALF_WIDTH * 6)));
        });
        assertThat(robot.from(link).lookup(".link-curve").query().isMouseTransparent())
                .as("the painted curve is never picked").isTrue();
        assertThat(robot.from(link).lookup((Path p) -> p.getStroke() == null && p.getFill() != null).tryQuery())
                .as("a filled band without a stroke").isPresent();

        robot.clickOn(near[1]);
        assertThat(document.selection()).doesNotContain(id);
        robot.clickOn(near[0]);
        assertThat(document.selection()).containsExactly(id);
    }
}
