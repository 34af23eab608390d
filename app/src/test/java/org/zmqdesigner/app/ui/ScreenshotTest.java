package org.zmqdesigner.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.zmqdesigner.app.export.PngExporter;

/** Renders the main window with samples to app/target/screenshots/ so a person can look at it. */
class ScreenshotTest extends DesignerUiTest {

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    @Override
    protected Optional<Path> initialFile() {
        return Optional.of(sample("pipeline"));
    }

    private void snap(Path file) {
        try {
            PngExporter.write(window.stage().getScene().getRoot(), file, 1);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void the_main_window_renders_samples_in_light_and_dark(FxRobot robot) throws Exception {
        Path folder = Path.of("target", "screenshots");
        Files.createDirectories(folder);
        for (String name : new String[] {"pipeline", "weather-pubsub", "hwm-drops"}) {
            robot.interact(() -> {
                window.files().openFile(sample(name));
                window.canvas().fitToView();
            });
            robot.interact(() -> document().selectOnly(topology().nodes().get(0).id()));
            Path file = folder.resolve("designer-" + name + ".png");
            robot.interact(() -> snap(file));
            assertThat(Files.size(file)).isGreaterThan(10_000);
        }
        robot.interact(() -> {
            window.theme(true);
            window.files().openFile(sample("pipeline"));
            window.canvas().fitToView();
        });
        Path dark = folder.resolve("designer-pipeline-dark.png");
        robot.interact(() -> snap(dark));
        assertThat(Files.size(dark)).isGreaterThan(10_000);
        robot.interact(() -> window.theme(false));
    }
}
