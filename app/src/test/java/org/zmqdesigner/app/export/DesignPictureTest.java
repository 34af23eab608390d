package org.zmqdesigner.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.zmqdesigner.app.canvas.CanvasView;
import org.zmqdesigner.app.canvas.FamilyColors;
import org.zmqdesigner.app.document.DesignDocument;
import org.zmqdesigner.engine.model.SocketType;

/** The PNG export shows the design as the SVG does: at 100 %, unselected, with its legend and a margin. */
@ExtendWith(ApplicationExtension.class)
class DesignPictureTest {

    @TempDir
    Path folder;

    private DesignDocument document;
    private CanvasView canvas;
    private Scene scene;

    @Start
    void start(Stage stage) throws Exception {
        org.zmqdesigner.app.canvas.CanvasStage shown = org.zmqdesigner.app.canvas.CanvasStage.show(stage, "pipeline.zmqtopo");
        document = shown.document();
        canvas = shown.canvas();
        scene = shown.scene();
    }

    private static int differingPixels(BufferedImage a, BufferedImage b) {
        int differing = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift < 24; shift += 8) {
                    if (Math.abs((p >> shift & 0xff) - (q >> shift & 0xff)) > 24) {
                        differing++;
                        break;
                    }
                }
            }
        }
        return differing;
    }

    private static boolean has(BufferedImage image, int fromY, Color colour) {
        int r = (int) Math.round(colour.getRed() * 255);
        int g = (int) Math.round(colour.getGreen() * 255);
        int b = (int) Math.round(colour.getBlue() * 255);
        for (int y = fromY; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y);
                if (Math.abs((p >> 16 & 0xff) - r) < 6 && Math.abs((p >> 8 & 0xff) - g) < 6
                        && Math.abs((p & 0xff) - b) < 6) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void the_picture_is_the_same_whatever_the_zoom_and_the_selection(FxRobot robot) throws Exception {
        BufferedImage plain = FxThread.call(() -> {
            canvas.zoomBy(1 / canvas.zoom(), 450, 300);
            return DesignPicture.render(canvas, 2);
        });
        BufferedImage zoomedOutAndSelected = FxThread.call(() -> {
            document.select(java.util.List.of("worker-1", "tasks-1"));
            canvas.zoomBy(0.3 / canvas.zoom(), 450, 300);
            return DesignPicture.render(canvas, 2);
        });

        assertThat(zoomedOutAndSelected.getWidth()).isEqualTo(plain.getWidth());
        assertThat(zoomedOutAndSelected.getHeight()).isEqualTo(plain.getHeight());
        // Zoomed far out the canvas hides small text and a selection is outlined: neither shows.
        assertThat(differingPixels(plain, zoomedOutAndSelected)).as("pixels that differ")
                .isLessThan(plain.getWidth() * plain.getHeight() / 1000);
        // For a person to look at.
        Files.createDirectories(Path.of("target", "screenshots"));
        ImageIO.write(plain, "png", Path.of("target", "screenshots", "design-picture.png").toFile());
    }

    @Test
    void the_picture_has_a_white_margin_and_the_legend_under_the_drawing(FxRobot robot) throws Exception {
        double drawingHeight = FxThread.call(() -> canvas.drawing().getLayoutBounds().getHeight());
        BufferedImage picture = FxThread.call(() -> DesignPicture.render(canvas, 2));

        int margin = (int) (SvgExporter.MARGIN * 2);
        for (int y = 0; y < picture.getHeight(); y++) {
            for (int x = 0; x < picture.getWidth(); x++) {
                boolean inMargin = x < margin - 2 || y < margin - 2 || x >= picture.getWidth() - margin + 2
                        || y >= picture.getHeight() - margin + 2;
                if (inMargin) {
                    assertThat(picture.getRGB(x, y) & 0xffffff).as("margin pixel %d,%d", x, y).isEqualTo(0xffffff);
                }
            }
        }
        int belowDrawing = (int) (margin + drawingHeight * 2);
        for (SocketType.Family family : SocketType.Family.values()) {
            assertThat(has(picture, belowDrawing, FamilyColors.of(family)))
                    .as("the legend's %s swatch under the drawing", family).isTrue();
        }
    }

    @Test
    void after_the_export_the_canvas_shows_its_selection_and_zoom_as_before(FxRobot robot) throws Exception {
        FxThread.run(() -> {
            document.selectOnly("worker-1");
            canvas.zoomBy(0.3 / canvas.zoom(), 450, 300);
            DesignPicture.write(canvas, folder.resolve("design.png"), 2);
        });

        assertThat(ImageIO.read(folder.resolve("design.png").toFile()).getWidth()).isGreaterThan(1000);
        assertThat(robot.lookup("#node-worker-1 .node-box").query().getStyleClass()).contains("selected");
        assertThat(canvas.drawing().getStyleClass()).contains("far");
        assertThat(canvas.zoom()).isEqualTo(0.3, org.assertj.core.data.Offset.offset(1e-9));
    }
}
