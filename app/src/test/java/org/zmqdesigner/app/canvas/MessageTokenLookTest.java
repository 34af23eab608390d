package org.zmqdesigner.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A message token must read as a message, not as one more port: an envelope, wider than tall and
 * filled to its corners, where a port is a round dot; and zoomed far out it stays big enough to
 * see while ports shrink.
 */
@ExtendWith(ApplicationExtension.class)
class MessageTokenLookTest {

    private static final Color TOKEN = Color.web("#e8590c");

    private CanvasView canvas;
    private Scene scene;

    @Start
    void start(Stage stage) throws Exception {
        org.zmqdesigner.app.canvas.CanvasStage shown = org.zmqdesigner.app.canvas.CanvasStage.show(stage, "hello-reqrep.zmqtopo");
        canvas = shown.canvas();
        scene = shown.scene();
    }

    /** Zooms to {@code zoom} and sends one token a third of the way along the hello link. */
    private Node tokenAt(FxRobot robot, double zoom) {
        robot.interact(() -> {
            canvas.zoomBy(zoom / canvas.zoom(), scene.getWidth() / 2, scene.getHeight() / 2);
            RunOverlay run = canvas.runOverlay();
            assertThat(run.launchToken(new MessageToken("c#1", "hello", null, null, true, TOKEN, "Hello"))).isTrue();
            run.animate(System.nanoTime() + TokenView.TRAVEL_NANOS / 3);
        });
        List<Node> tokens = List.copyOf(robot.lookup(".message-token").queryAll());
        assertThat(tokens).as("tokens on the canvas").hasSize(1);
        return tokens.get(0);
    }

    private static Bounds onScreen(Node node) {
        return node.localToScene(node.getBoundsInLocal());
    }

    private static boolean near(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) < 0.12 && Math.abs(a.getGreen() - b.getGreen()) < 0.12
                && Math.abs(a.getBlue() - b.getBlue()) < 0.12;
    }

    /** Leaves the picture in app/target/screenshots/ for a person to look at. */
    private static void saveForAPerson(javafx.scene.image.WritableImage image, String name) {
        try {
            Path folder = Path.of("target", "screenshots");
            Files.createDirectories(folder);
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png",
                    folder.resolve(name + ".png").toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void a_token_is_an_envelope_filled_to_its_corners_where_a_port_is_a_round_dot(FxRobot robot) {
        Node token = tokenAt(robot, 2);
        Bounds box = onScreen(token);
        Node port = robot.lookup(".port").query();
        Bounds dot = onScreen(port);

        assertThat(box.getWidth() / box.getHeight()).as("a token is wider than tall, an envelope")
                .isGreaterThan(1.25);
        assertThat(dot.getWidth() / dot.getHeight()).as("a port is round").isCloseTo(1, org.assertj.core.data.Offset.offset(0.05));
        javafx.scene.image.WritableImage[] shot = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> shot[0] = scene.snapshot(null));
        PixelReader pixels = shot[0].getPixelReader();
        saveForAPerson(shot[0], "token-envelope");
        // Just inside the bottom corners (past the outline): the envelope's colour, where a round
        // token of the same size leaves the background. And the flap above the fold is filled too.
        Bounds local = token.getBoundsInLocal();
        for (double[] corner : new double[][] {{-5.5, 3.5}, {5.5, 3.5}, {0, -3}}) {
            javafx.geometry.Point2D at = token.localToScene(local.getCenterX() + corner[0], local.getCenterY() + corner[1]);
            Color seen = pixels.getColor((int) at.getX(), (int) at.getY());
            assertThat(near(seen, TOKEN)).as("the token's colour near its corner %s,%s, seen %s", corner[0], corner[1],
                    seen).isTrue();
        }
        // The flap's fold: where its V meets, a little below the middle, the envelope is not filled.
        javafx.geometry.Point2D vertex = token.localToScene(local.getCenterX(), local.getCenterY() + 1);
        Color fold = pixels.getColor((int) Math.round(vertex.getX()), (int) Math.round(vertex.getY()));
        assertThat(near(fold, TOKEN)).as("the fold line %s crosses the envelope", fold).isFalse();
    }

    @Test
    void zoomed_far_out_a_token_stays_a_readable_envelope_while_ports_shrink(FxRobot robot) {
        Node token = tokenAt(robot, 0.25);
        Bounds box = onScreen(token);
        Bounds dot = onScreen(robot.lookup(".port").query());

        assertThat(box.getWidth()).as("token width on screen at 25 %").isGreaterThanOrEqualTo(TokenView.MIN_SCREEN_WIDTH);
        assertThat(box.getWidth() / box.getHeight()).isGreaterThan(1.25);
        assertThat(box.getWidth()).as("a token is far larger than a port").isGreaterThan(3 * dot.getWidth());

        // Zooming back in shrinks it to its own size again: it never covers the nodes at 100 %.
        robot.interact(() -> canvas.zoomBy(1 / canvas.zoom(), scene.getWidth() / 2, scene.getHeight() / 2));
        Bounds atFull = onScreen(token);
        assertThat(atFull.getWidth()).as("token width on screen at 100 %").isLessThan(TokenView.WIDTH * 1.3);
    }
}
