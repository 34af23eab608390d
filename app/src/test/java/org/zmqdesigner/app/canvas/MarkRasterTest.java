package org.zmqdesigner.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The flow layer's marks, painted into pixels: where they land, how much they cover, what is cleared. */
@ExtendWith(ApplicationExtension.class)
class MarkRasterTest {

    @Start
    void start(Stage stage) {
        // Only the toolkit is needed: images are made on the FX thread.
    }

    @Test
    void a_square_between_pixels_covers_its_area_and_no_more(FxRobot robot) {
        double[] total = new double[1];
        robot.interact(() -> {
            MarkRaster raster = new MarkRaster(20, 10);
            raster.begin(Color.BLACK);
            raster.square(5.5, 4.25, 3);
            raster.show();
            PixelReader pixels = raster.image().getPixelReader();
            for (int y = 0; y < 10; y++) {
                for (int x = 0; x < 20; x++) {
                    total[0] += pixels.getColor(x, y).getOpacity();
                    if (x < 4 || x > 7 || y < 2 || y > 5) {
                        assertThat(pixels.getColor(x, y).getOpacity()).as("pixel %d,%d outside the square", x, y)
                                .isZero();
                    }
                }
            }
            assertThat(pixels.getColor(5, 4).getOpacity()).as("inside").isEqualTo(1.0);
        });
        assertThat(total[0]).as("coverage summed over pixels = the square's area").isCloseTo(9, within(0.1));
    }

    @Test
    void the_next_picture_clears_the_last_ones_marks_and_marks_off_the_edge_are_cut(FxRobot robot) {
        robot.interact(() -> {
            MarkRaster raster = new MarkRaster(20, 10);
            raster.begin(Color.RED);
            raster.square(2, 2, 2);
            raster.show();
            raster.begin(Color.RED);
            raster.square(15, 7, 2);
            raster.square(-5, 3, 4);
            raster.square(19.5, 9.5, 4);
            raster.show();
            PixelReader pixels = raster.image().getPixelReader();
            assertThat(pixels.getColor(2, 2).getOpacity()).as("last picture's mark").isZero();
            assertThat(pixels.getColor(15, 7)).as("this picture's mark").isEqualTo(Color.RED);
            assertThat(pixels.getColor(19, 9)).as("a mark cut at the edge").isEqualTo(Color.RED);

            raster.erase();
            assertThat(pixels.getColor(15, 7).getOpacity()).as("erased").isZero();
        });
    }
}
