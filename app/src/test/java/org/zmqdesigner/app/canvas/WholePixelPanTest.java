package org.zmqdesigner.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Point2D;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The canvas content sits on whole pixels after fitting, zooming and panning (cached bitmaps are
 * then copied, not resampled), and drags of less than a pixel still add up.
 */
@ExtendWith(ApplicationExtension.class)
class WholePixelPanTest {

    private CanvasView canvas;

    @Start
    void start(Stage stage) throws Exception {
        canvas = CanvasStage.show(stage, "pipeline.zmqtopo").canvas();
    }

    private Point2D origin(FxRobot robot) {
        Point2D[] at = new Point2D[1];
        robot.interact(() -> at[0] = canvas.drawing().localToScene(0, 0));
        return at[0];
    }

    private static boolean whole(Point2D p) {
        return p.getX() == Math.rint(p.getX()) && p.getY() == Math.rint(p.getY());
    }

    @Test
    void fit_zoom_and_pan_leave_the_content_on_whole_pixels_and_small_drags_add_up(FxRobot robot) {
        robot.interact(() -> canvas.fitToView());
        assertThat(whole(origin(robot))).as("after fit: %s", origin(robot)).isTrue();
        robot.interact(() -> canvas.zoomBy(0.731, 333.3, 211.7));
        assertThat(whole(origin(robot))).as("after zoom: %s", origin(robot)).isTrue();

        Point2D before = origin(robot);
        robot.interact(() -> canvas.panBy(0.3, 0.3));
        assertThat(whole(origin(robot))).isTrue();
        robot.interact(() -> {
            canvas.panBy(0.3, 0.3);
            canvas.panBy(0.3, 0.3);
            canvas.panBy(0.3, 0.3);
        });
        Point2D after = origin(robot);
        assertThat(whole(after)).isTrue();
        // 1.2 px in all, shown on whole pixels: one or two, never none.
        assertThat(after.getX() - before.getX()).as("four drags of 0.3 px").isBetween(1.0, 2.0);
    }
}
