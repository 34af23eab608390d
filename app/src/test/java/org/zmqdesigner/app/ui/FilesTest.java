package org.zmqdesigner.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zmqdesigner.app.palette.PaletteEntry;
import org.zmqdesigner.engine.format.TopologyFiles;
import org.zmqdesigner.engine.model.Topology;

class FilesTest extends DesignerUiTest {

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    private void addPub(FxRobot robot) {
        robot.interact(() -> window.add(PaletteEntry.PUB, new javafx.geometry.Point2D(100, 100)));
    }

    private String title(FxRobot robot) {
        return window.stage().getTitle();
    }

    @Test
    void save_then_open_gives_back_the_same_design_and_the_title_follows(FxRobot robot, @TempDir Path dir)
            throws Exception {
        robot.interact(() -> window.files().openFile(sample("pipeline")));
        addPub(robot);
        assertThat(title(robot)).endsWith(" •");
        Topology edited = topology();
        Path file = dir.resolve("mine.zmqtopo");

        robot.interact(() -> window.files().saveTo(file));
        assertThat(title(robot)).isEqualTo("ZMQ Designer — mine.zmqtopo");
        assertThat(new TopologyFiles().load(file)).isEqualTo(edited);
        try (var listing = Files.list(dir)) {
            assertThat(listing).containsExactly(file);
        }

        robot.interact(() -> window.files().newDesign());
        assertThat(topology().nodes()).isEmpty();
        robot.interact(() -> window.files().openFile(file));
        assertThat(topology()).isEqualTo(edited);
        assertThat(document().isDirty()).isFalse();
        assertThat(window.files().recent().list()).contains(file.toAbsolutePath());
    }

    @Test
    void unsaved_changes_are_asked_about_and_cancel_keeps_them(FxRobot robot) throws Exception {
        addPub(robot);
        Topology edited = topology();

        later(() -> window.files().newDesign());
        DialogPane prompt = robot.lookup("#unsaved-changes").queryAs(DialogPane.class);
        assertThat(prompt.getContentText()).contains("save the changes");
        robot.clickOn((Button b) -> "Cancel".equals(b.getText()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(topology()).isEqualTo(edited);

        later(() -> window.files().newDesign());
        robot.clickOn((Button b) -> "Don't Save".equals(b.getText()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(topology().nodes()).isEmpty();
        assertThat(document().isDirty()).isFalse();
    }

    @Test
    void a_broken_file_shows_the_loaders_message_and_leaves_the_design_untouched(FxRobot robot,
                                                                                @TempDir Path dir) throws Exception {
        robot.interact(() -> window.files().openFile(sample("hello-reqrep")));
        Topology before = topology();
        String text = Files.readString(sample("hello-reqrep")).replace("\"REP\"", "\"PUBB\"");
        Path broken = Files.writeString(dir.resolve("broken.zmqtopo"), text);

        later(() -> window.files().openWithPrompt(broken));
        DialogPane error = robot.lookup("#load-error").queryAs(DialogPane.class);
        assertThat(error.getContentText()).isEqualTo("\"PUBB\" is not a socket type — did you mean PUB?");
        TextArea detail = (TextArea) error.getExpandableContent();
        assertThat(detail.getText()).startsWith(broken + ":").contains("nodes[1].sockets[0].type");
        robot.clickOn((Button b) -> "OK".equals(b.getText()));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(topology()).isEqualTo(before);
        assertThat(document().fileProperty().get()).isEqualTo(sample("hello-reqrep"));
    }

    @Test
    void unsaved_work_is_autosaved_for_recovery_and_discarded_once_saved(FxRobot robot, @TempDir Path dir)
            throws Exception {
        addPub(robot);
        robot.interact(() -> window.autosave().saveNow());
        Path recovery = window.autosave().recoveryFile().orElseThrow();
        assertThat(recovery).exists();
        assertThat(new TopologyFiles().load(recovery)).isEqualTo(topology());

        Topology recovered = topology();
        robot.interact(() -> document().replace(Topology.EMPTY, null));
        robot.interact(() -> document().recover(recovered));
        assertThat(topology()).isEqualTo(recovered);
        assertThat(document().isDirty()).as("recovered work is unsaved").isTrue();

        robot.interact(() -> window.files().saveTo(dir.resolve("kept.zmqtopo")));
        assertThat(recovery).doesNotExist();
    }
}
