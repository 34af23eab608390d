package org.zmqdesigner.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import javafx.geometry.Point2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zmqdesigner.app.files.RecoveryFile;
import org.zmqdesigner.app.palette.PaletteEntry;
import org.zmqdesigner.app.files.RecoveryFolder;
import org.zmqdesigner.engine.format.TopologyFiles;
import org.zmqdesigner.engine.model.Topology;

/**
 * What a designer offers at start when others share its recovery folder: the work of designers
 * that died, never that of one still running, and a message naming any file that cannot be read.
 */
class RecoveryOfferTest extends DesignerUiTest {

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    private RecoveryFolder folder() {
        return new RecoveryFolder(window.autosave().folder().path());
    }

    /** Work written by another designer that then died: the OS let go of its lock. */
    private RecoveryFile crashed(Topology work) throws Exception {
        RecoveryFile file = folder().claim();
        file.write(work);
        file.release();
        return file;
    }

    private DialogPane dialog(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(DialogPane.class);
    }

    private void click(FxRobot robot, String button) {
        robot.clickOn((Button b) -> button.equals(b.getText()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void a_crashed_designers_work_is_offered_and_restored_and_a_running_ones_is_left_alone(FxRobot robot)
            throws Exception {
        Topology pipeline = new TopologyFiles().load(sample("pipeline"));
        RecoveryFile dead = crashed(pipeline);
        RecoveryFile running = folder().claim();
        running.write(new Topology("still being edited elsewhere", null, List.of(), List.of()));
        try {
            later(window::offerRecovery);

            DialogPane offer = dialog(robot, "recover-work");
            assertThat(offer.getContentText()).contains(dead.file().toString())
                    .contains("“" + pipeline.title() + "” with " + pipeline.nodes().size() + " nodes")
                    .doesNotContain("still being edited elsewhere").doesNotContain("more design");
            click(robot, "Restore");

            assertThat(robot.lookup("#recover-work").tryQuery()).as("one file, one question").isEmpty();
            assertThat(topology()).isEqualTo(pipeline);
            assertThat(window.stage().getTitle()).as("restored work is unsaved").endsWith(" •");
            assertThat(robot.lookup("#node-" + pipeline.nodes().get(0).id()).tryQuery()).isPresent();
            assertThat(dead.file()).as("restored, so deleted").doesNotExist();
            Path own = window.autosave().recoveryFile().orElseThrow();
            assertThat(new TopologyFiles().load(own)).as("kept in this designer's own file at once")
                    .isEqualTo(pipeline);
            assertThat(new TopologyFiles().load(running.file()).title()).isEqualTo("still being edited elsewhere");
        } finally {
            running.discard();
        }
    }

    @Test
    void a_second_crashed_design_can_be_kept_for_the_next_designer(FxRobot robot) throws Exception {
        RecoveryFile older = crashed(new Topology("older", null, List.of(), List.of()));
        Files.setLastModifiedTime(older.file(), java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minusSeconds(120)));
        RecoveryFile newer = crashed(new Topology("newer", null, List.of(), List.of()));

        later(window::offerRecovery);
        assertThat(dialog(robot, "recover-work").getContentText()).contains("“newer”")
                .contains("1 more design waits");
        click(robot, "Restore");

        DialogPane second = dialog(robot, "recover-work");
        assertThat(second.getContentText()).contains("“older”").contains("already shows restored work");
        assertThat(second.getButtonTypes()).extracting(ButtonType::getText)
                .containsExactlyInAnyOrder("Keep for later", "Discard");
        click(robot, "Keep for later");

        assertThat(topology().title()).isEqualTo("newer");
        assertThat(newer.file()).doesNotExist();
        List<RecoveryFile> left = folder().leftBehind();
        try {
            assertThat(left).extracting(RecoveryFile::file).as("offered again next time").containsExactly(older.file());
        } finally {
            left.forEach(RecoveryFile::release);
        }
    }

    @Test
    void an_unreadable_recovery_file_is_named_in_a_message_and_kept_aside(FxRobot robot) throws Exception {
        Files.createDirectories(window.autosave().folder().path());
        Path broken = Files.writeString(window.autosave().folder().path().resolve("designer-7-beef.zmqtopo"),
                "{\n  \"formatVersion\": 1,\n  \"nodes\": [ oops ]\n}\n");

        later(window::offerRecovery);

        DialogPane message = dialog(robot, "recovery-unreadable");
        Path aside = broken.resolveSibling("unreadable").resolve(broken.getFileName());
        assertThat(message.getHeaderText()).isEqualTo("A recovery file cannot be read");
        assertThat(message.getContentText()).contains(broken.toString()).contains("kept as " + aside);
        assertThat(((TextArea) message.getExpandableContent()).getText()).startsWith(broken + ":3:");
        click(robot, "OK");

        assertThat(robot.lookup("#recover-work").tryQuery()).as("nothing to restore").isEmpty();
        assertThat(topology().nodes()).isEmpty();
        assertThat(Files.readString(aside)).contains("oops");
        assertThat(broken).doesNotExist();
    }

    @Test
    void saving_and_exiting_delete_this_designers_file_and_never_another_ones(FxRobot robot, @TempDir Path dir)
            throws Exception {
        RecoveryFile running = folder().claim();
        running.write(new Topology("still being edited elsewhere", null, List.of(), List.of()));
        RecoveryFile dead = crashed(new Topology("not offered yet", null, List.of(), List.of()));
        try {
            robot.interact(() -> window.add(PaletteEntry.PUB, new Point2D(100, 100)));
            robot.interact(window.autosave()::saveNow);
            Path own = window.autosave().recoveryFile().orElseThrow();
            assertThat(own).exists();

            robot.interact(() -> window.files().saveTo(dir.resolve("mine.zmqtopo")));
            assertThat(own).as("saved: nothing to recover").doesNotExist();
            assertThat(running.file()).exists();
            assertThat(dead.file()).exists();

            robot.interact(() -> window.add(PaletteEntry.SUB, new Point2D(300, 100)));
            robot.interact(window.autosave()::saveNow);
            assertThat(own).as("the same file, still this designer's").exists();
            later(window::exit);
            click(robot, "Don't Save");

            assertThat(window.stage().isShowing()).isFalse();
            assertThat(own).doesNotExist();
            assertThat(own.resolveSibling(own.getFileName().toString().replace(".zmqtopo", ".lock"))).doesNotExist();
            assertThat(new TopologyFiles().load(running.file()).title()).isEqualTo("still being edited elsewhere");
            assertThat(new TopologyFiles().load(dead.file()).title()).isEqualTo("not offered yet");
        } finally {
            running.discard();
        }
    }
}
