package org.zmqdesigner.app.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class PngExporterTest {

    private static final int WIDTH = 200;
    private static final int HEIGHT = 120;

    @TempDir
    Path folder;

    private Pane pane;

    @Start
    void start(Stage stage) {
        Rectangle red = new Rectangle(10, 10, 80, 50);
        red.setFill(Color.RED);
        Circle blue = new Circle(150, 60, 30, Color.BLUE);
        Line line = new Line(10, 100, 190, 100);
        line.setStroke(Color.BLACK);
        pane = new Pane(red, blue, line);
        pane.setPrefSize(WIDTH, HEIGHT);
        pane.setMinSize(WIDTH, HEIGHT);
        pane.setMaxSize(WIDTH, HEIGHT);
        stage.setScene(new Scene(new Group(pane)));
        stage.show();
    }

    private static int rgb(BufferedImage image, double x, double y) {
        return image.getRGB((int) x, (int) y) & 0xffffff;
    }

    private static Stream<Path> listing(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList().stream();
        }
    }

    @Test
    void a_pane_exported_at_scale_two_reads_back_as_a_png_twice_its_size() throws Exception {
        Path file = folder.resolve("pane.png");

        FxThread.run(() -> PngExporter.write(pane, file, 2));

        assertThat(Files.size(file)).isPositive();
        byte[] signature = new byte[8];
        System.arraycopy(Files.readAllBytes(file), 0, signature, 0, 8);
        assertThat(signature).containsExactly(0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a);
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(2 * WIDTH);
        assertThat(image.getHeight()).isEqualTo(2 * HEIGHT);
        assertThat(rgb(image, 2 * 50, 2 * 35)).as("inside the red rectangle").isEqualTo(0xff0000);
        assertThat(rgb(image, 2 * 150, 2 * 60)).as("inside the blue circle").isEqualTo(0x0000ff);
        assertThat(rgb(image, 2 * 100, 2 * 5)).as("the white background").isEqualTo(0xffffff);
    }

    @Test
    void a_pane_exported_at_scale_one_keeps_its_size() throws Exception {
        Path file = folder.resolve("pane.png");

        FxThread.run(() -> PngExporter.write(pane, file, 1));

        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(WIDTH);
        assertThat(image.getHeight()).isEqualTo(HEIGHT);
    }

    @Test
    void a_theme_background_fills_what_the_content_leaves_empty() throws Exception {
        Path file = folder.resolve("dark.png");
        Color dark = Color.web("#0d1117");

        FxThread.run(() -> PngExporter.write(pane, file, 2, dark));

        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(rgb(image, 2 * 100, 2 * 5)).isEqualTo(0x0d1117);
        assertThat(rgb(image, 2 * 50, 2 * 35)).isEqualTo(0xff0000);
    }

    @Test
    void exporting_replaces_the_target_atomically_and_leaves_no_temporary_files() throws Exception {
        Path file = folder.resolve("picture.png");
        Files.writeString(file, "not a picture yet");

        FxThread.run(() -> PngExporter.write(pane, file, PngExporter.DEFAULT_SCALE));
        FxThread.run(() -> PngExporter.write(pane, file, PngExporter.DEFAULT_SCALE));

        assertThat(listing(folder)).containsExactly(file);
        assertThat(ImageIO.read(file.toFile()).getWidth()).isEqualTo(2 * WIDTH);
    }

    @Test
    void exporting_off_the_fx_thread_is_refused_and_writes_nothing() throws Exception {
        Path file = folder.resolve("never.png");

        assertThatThrownBy(() -> PngExporter.write(pane, file, 2))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("JavaFX application thread");
        assertThat(listing(folder)).isEmpty();
    }

    @Test
    void a_scale_that_is_not_positive_is_refused_and_writes_nothing() throws Exception {
        Path file = folder.resolve("never.png");

        for (double scale : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThatThrownBy(() -> FxThread.run(() -> PngExporter.write(pane, file, scale)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(listing(folder)).isEmpty();
    }
}
