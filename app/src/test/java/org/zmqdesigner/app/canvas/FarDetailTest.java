package org.zmqdesigner.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Zoomed out far, the words too small to read leave the scene graph (JavaFX walks every node on
 * every pulse); zoomed back in they return, shown, in their places, and an exported picture has
 * them whatever the zoom.
 */
@ExtendWith(ApplicationExtension.class)
class FarDetailTest {

    private CanvasView canvas;

    @Start
    void start(Stage stage) throws Exception {
        canvas = CanvasStage.show(stage, "pipeline.zmqtopo").canvas();
    }

    private static final String[] WORDS = {".link-label", ".link-depth", ".socket-label", ".socket-type",
        ".node-subtitle", ".node-live"};

    private int count(FxRobot robot, String selector) {
        return robot.lookup(selector).queryAll().size();
    }

    private static int nodes(Node node) {
        int n = 1;
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                n += nodes(child);
            }
        }
        return n;
    }

    private void zoomTo(FxRobot robot, double zoom) {
        robot.interact(() -> canvas.zoomBy(zoom / canvas.zoom(), 0, 0));
    }

    @Test
    void far_out_the_words_leave_the_scene_and_come_back_shown_when_zoomed_in(FxRobot robot) {
        zoomTo(robot, 1.0);
        int[] near = new int[WORDS.length];
        for (int i = 0; i < WORDS.length; i++) {
            near[i] = count(robot, WORDS[i]);
            assertThat(near[i]).as("%s near", WORDS[i]).isPositive();
        }
        int[] all = new int[2];
        robot.interact(() -> all[0] = nodes(canvas.view()));
        String firstLabel = ((Text) robot.lookup(".link-label").query()).getText();

        zoomTo(robot, CanvasView.FAR_ZOOM * 0.6);
        for (String words : WORDS) {
            assertThat(count(robot, words)).as("%s far", words).isZero();
        }
        robot.interact(() -> all[1] = nodes(canvas.view()));
        assertThat(all[1]).as("nodes in the scene far out").isLessThan(all[0] - near[0] - near[2]);

        zoomTo(robot, 1.0);
        for (int i = 0; i < WORDS.length; i++) {
            assertThat(count(robot, WORDS[i])).as("%s back", WORDS[i]).isEqualTo(near[i]);
        }
        assertThat(robot.lookup(".link-label").queryAllAs(Text.class)).allMatch(Node::isVisible);
        assertThat(((Text) robot.lookup(".link-label").query()).getText()).isEqualTo(firstLabel);
    }

    @Test
    void a_picture_taken_far_out_has_the_words(FxRobot robot) {
        zoomTo(robot, CanvasView.FAR_ZOOM * 0.6);
        int[] during = new int[1];
        robot.interact(() -> canvas.asPicture(() -> during[0] = count(robot, ".link-label")));
        assertThat(during[0]).as("link labels while the picture is drawn").isPositive();
        assertThat(count(robot, ".link-label")).as("far again afterwards").isZero();
    }
}
