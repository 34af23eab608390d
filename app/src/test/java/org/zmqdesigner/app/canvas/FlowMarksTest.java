package org.zmqdesigner.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.shape.Shape;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A busy link shows moving marks along its own route, at any zoom, drawn on the one flow canvas;
 * a quiet link shows none; while the run animates, the links' still picture comes from a cached
 * bitmap, and clearing the run draws them directly again.
 */
@ExtendWith(ApplicationExtension.class)
class FlowMarksTest {

    private static final long FRAME = 16_666_667L;

    private CanvasView canvas;
    private Scene scene;
    private long now = 1_000_000_000L;

    @Start
    void start(Stage stage) throws Exception {
        org.zmqdesigner.app.canvas.CanvasStage shown = org.zmqdesigner.app.canvas.CanvasStage.show(stage, "pipeline.zmqtopo");
        canvas = shown.canvas();
        scene = shown.scene();
    }

    /** Frames of a run in which {@code link} carries {@code perFrame} messages each frame. */
    private void frames(FxRobot robot, String link, long perFrame, int count) {
        robot.interact(() -> {
            for (int i = 0; i < count; i++) {
                now += FRAME;
                if (perFrame > 0) {
                    canvas.runOverlay().addLinkTraffic(link, perFrame, 0);
                }
                canvas.runOverlay().animate(now);
            }
            // The marks are painted on a thread of their own and shown a frame later.
            layer(robot).flows().awaitPainted();
        });
    }

    private LinkLiveLayer layer(FxRobot robot) {
        return robot.lookup("#link-live-layer").queryAs(LinkLiveLayer.class);
    }

    private LinkView link(FxRobot robot, String id) {
        return robot.lookup("#link-" + id).queryAs(LinkView.class);
    }

    /**
     * Pixels of the marks' colour within 3 px of the link's route, sampled along its middle half
     * (near the ends links share their nodes' ports).
     */
    private int marksAlong(FxRobot robot, String id) {
        Color mark = (Color) ((Shape) robot.lookup(".link-flow").query()).getStroke();
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = scene.snapshot(null));
        PixelReader pixels = shot[0].getPixelReader();
        LinkView view = link(robot, id);
        int found = 0;
        for (int i = 50; i <= 150; i++) {
            Point2D p = view.localToScene(view.at(i / 200.0));
            for (int dx = -3; dx <= 3; dx++) {
                for (int dy = -3; dy <= 3; dy++) {
                    int x = (int) Math.round(p.getX()) + dx;
                    int y = (int) Math.round(p.getY()) + dy;
                    if (x >= 0 && y >= 0 && x < shot[0].getWidth() && y < shot[0].getHeight()
                            && near(pixels.getColor(x, y), mark)) {
                        found++;
                    }
                }
            }
        }
        return found;
    }

    private static boolean near(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) < 0.06 && Math.abs(a.getGreen() - b.getGreen()) < 0.06
                && Math.abs(a.getBlue() - b.getBlue()) < 0.06;
    }

    @Test
    void a_busy_link_shows_marks_along_its_route_and_a_quiet_one_none(FxRobot robot) {
        frames(robot, "tasks-1", 20, 60); // 1,200 messages a second, far above the token limit
        FlowLayer flows = layer(robot).flows();
        assertThat(link(robot, "tasks-1").showsDashes()).isTrue();
        assertThat(flows.links()).as("links drawn with flow marks").isEqualTo(1);
        assertThat(robot.lookup(".link-flow").query().isVisible()).isTrue();
        assertThat(marksAlong(robot, "tasks-1")).as("marks on the busy link").isPositive();
        assertThat(marksAlong(robot, "tasks-2")).as("marks on a quiet link").isZero();
    }

    @Test
    void the_marks_move_from_frame_to_frame(FxRobot robot) {
        frames(robot, "tasks-1", 20, 60);
        WritableImage[] before = new WritableImage[1];
        WritableImage[] after = new WritableImage[1];
        robot.interact(() -> before[0] = scene.snapshot(null));
        frames(robot, "tasks-1", 20, 5);
        robot.interact(() -> after[0] = scene.snapshot(null));
        LinkView view = link(robot, "tasks-1");
        int changed = 0;
        for (int i = 1; i < 100; i++) {
            Point2D p = view.localToScene(view.at(i / 100.0));
            int x = (int) Math.round(p.getX());
            int y = (int) Math.round(p.getY());
            if (!before[0].getPixelReader().getColor(x, y).equals(after[0].getPixelReader().getColor(x, y))) {
                changed++;
            }
        }
        assertThat(changed).as("points of the route whose pixel changed in 5 frames").isPositive();
    }

    @Test
    void marks_show_zoomed_far_out_and_close_in(FxRobot robot) {
        for (double zoom : new double[] {0.3, 2.0}) {
            robot.interact(() -> canvas.zoomBy(zoom / canvas.zoom(), scene.getWidth() / 2, scene.getHeight() / 2));
            frames(robot, "tasks-1", 20, 60);
            assertThat(marksAlong(robot, "tasks-1")).as("marks at zoom %.1f", zoom).isPositive();
        }
    }

    @Test
    void marks_stop_when_the_traffic_stops(FxRobot robot) {
        frames(robot, "tasks-1", 20, 60);
        frames(robot, "tasks-1", 0, 240); // four quiet seconds: the smoothed rate falls under the limit
        assertThat(layer(robot).flows().links()).isZero();
        assertThat(robot.lookup(".link-flow").query().isVisible()).isFalse();
        assertThat(marksAlong(robot, "tasks-1")).as("marks left behind").isZero();
    }

    @Test
    void the_links_still_picture_is_cached_while_a_run_animates_and_not_after(FxRobot robot) {
        assertThat(layer(robot).stillCached()).isFalse();
        frames(robot, "tasks-1", 20, 3);
        assertThat(layer(robot).stillCached()).isTrue();
        robot.interact(() -> canvas.runOverlay().clear());
        assertThat(layer(robot).stillCached()).isFalse();
    }

    @Test
    void a_queue_count_changes_at_most_four_times_a_second_while_its_gauge_follows_every_sample(FxRobot robot)
            throws Exception {
        robot.interact(() -> canvas.zoomBy(1 / canvas.zoom(), scene.getWidth() / 2, scene.getHeight() / 2));
        LinkView view = link(robot, "tasks-1");
        robot.interact(() -> view.setDepth(10, 200));
        assertThat(view.depthText()).isEqualTo("queue 10 / 200");
        robot.interact(() -> view.setDepth(150, 200));
        assertThat(view.depthText()).as("a count 0 ms after the last").isEqualTo("queue 10 / 200");
        assertThat(view.gauge().getStyleClass()).as("the gauge follows at once").contains("depth-amber");
        long deadline = System.nanoTime() + 3_000_000_000L;
        String[] text = new String[1];
        do {
            robot.interact(() -> {
                now += FRAME;
                view.animate(now);
                text[0] = view.depthText();
            });
        } while (!text[0].equals("queue 150 / 200") && System.nanoTime() < deadline);
        assertThat(text[0]).as("the count a quarter of a second later").isEqualTo("queue 150 / 200");
    }
}
