package org.zmqdesigner.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.zmqdesigner.app.canvas.FamilyColors;
import org.zmqdesigner.engine.model.NodeKind;
import org.zmqdesigner.engine.model.SocketType;

@ExtendWith(ApplicationExtension.class)
class LegendViewTest {

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(new LegendView()), 400, 300));
        stage.show();
    }

    @Test
    void the_legend_is_found_by_its_id(FxRobot robot) {
        assertThat(robot.lookup("#legend").tryQuery()).get().isInstanceOf(LegendView.class);
        assertThat(robot.lookup("#legend").query().getStyleClass()).contains(LegendView.STYLE_CLASS);
    }

    @Test
    void the_legend_shows_every_pattern_family_with_its_colour(FxRobot robot) {
        Set<Rectangle> swatches = robot.lookup("." + LegendView.SWATCH_STYLE_CLASS).queryAllAs(Rectangle.class);
        for (SocketType.Family family : SocketType.Family.values()) {
            assertThat(robot.lookup(FamilyColors.label(family)).tryQueryAs(Label.class))
                    .as(family.name()).isPresent();
            assertThat(swatches).filteredOn(s -> s.getUserData() == family).singleElement()
                    .extracting(Rectangle::getFill).isEqualTo(FamilyColors.of(family));
        }
    }

    @Test
    void the_legend_lists_every_device_kind_with_the_colour_of_its_pattern(FxRobot robot) {
        Set<Rectangle> swatches = robot.lookup("." + LegendView.SWATCH_STYLE_CLASS).queryAllAs(Rectangle.class);
        assertThat(swatches).hasSize(SocketType.Family.values().length + LegendView.DEVICES.size());
        for (NodeKind kind : NodeKind.values()) {
            if (!kind.isDevice()) {
                continue;
            }
            assertThat(robot.lookup(LegendView.deviceText(kind)).tryQueryAs(Label.class))
                    .as(kind.name()).isPresent();
            assertThat(swatches).filteredOn(s -> s.getUserData() == kind).singleElement()
                    .extracting(Rectangle::getFill).isEqualTo(FamilyColors.of(kind));
        }
        assertThat(LegendView.deviceText(NodeKind.QUEUE)).isEqualTo("queue (ROUTER / DEALER)");
        assertThat(LegendView.deviceText(NodeKind.FORWARDER)).isEqualTo("forwarder (XSUB / XPUB)");
        assertThat(LegendView.deviceText(NodeKind.STREAMER)).isEqualTo("streamer (PULL / PUSH)");
    }

    @Test
    void the_legend_keeps_its_preferred_size_and_exports_as_a_picture_twice_as_large(FxRobot robot)
            throws Exception {
        LegendView legend = robot.lookup("#legend").queryAs(LegendView.class);
        Path file = folder.resolve("legend.png");

        FxThread.run(() -> PngExporter.write(legend, file, 2));

        assertThat(legend.getWidth()).isEqualTo(legend.prefWidth(-1));
        assertThat(legend.getWidth()).isLessThan(400);
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo((int) Math.ceil(2 * legend.getBoundsInParent().getWidth()));
        assertThat(image.getHeight()).isEqualTo((int) Math.ceil(2 * legend.getBoundsInParent().getHeight()));
    }
}
