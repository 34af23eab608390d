package org.zmqdesigner.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.zmqdesigner.engine.format.SampleLibrary;

@ExtendWith(ApplicationExtension.class)
class DesignerAppTest {

    @Start
    void start(Stage stage) {
        new DesignerApp().start(stage);
    }

    @Test
    void the_window_lists_every_sample_by_its_title(FxRobot robot) throws Exception {
        ListView<SampleLibrary.Sample> list = robot.lookup("#samples").queryListView();
        Label status = robot.lookup("#status").queryAs(Label.class);

        long files;
        try (var listing = Files.list(Path.of(System.getProperty(SampleLibrary.PROPERTY)))) {
            files = listing.filter(p -> p.toString().endsWith(".zmqtopo")).count();
        }
        assertThat(list.getItems()).hasSize((int) files);
        assertThat(list.getItems()).extracting(SampleLibrary.Sample::title)
                .contains("Hello World: request-reply", "Weather updates: publish-subscribe",
                        "Divide and conquer: a parallel pipeline");
        assertThat(status.getText()).startsWith(files + " samples in ");
        assertThat(robot.lookup("Hello World: request-reply   (hello-reqrep.zmqtopo)").tryQuery()).isPresent();
        assertThat(robot.window(0)).extracting(w -> ((Stage) w).getTitle()).isEqualTo(DesignerApp.TITLE);
    }
}
