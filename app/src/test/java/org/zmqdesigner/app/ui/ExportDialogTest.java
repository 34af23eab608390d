package org.zmqdesigner.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.zmqdesigner.engine.edit.ReplaceNode;
import org.zmqdesigner.engine.export.ExportTarget;
import org.zmqdesigner.engine.export.ExportTree;
import org.zmqdesigner.engine.export.ExportedFile;
import org.zmqdesigner.engine.export.Exports;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.SocketType;

/** File → Export… writes what the engine's export makes, asks before writing into a folder with files, and says why not. */
class ExportDialogTest extends DesignerUiTest {

    @Override
    protected Optional<Path> initialFile() {
        return Optional.of(sample("hello-reqrep"));
    }

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != window.stage()).toList()
                .forEach(w -> ((Stage) w).close()));
    }

    private void openExport(FxRobot robot) throws Exception {
        later(() -> window.actions().get("export").perform());
        waitFor("the export dialog", 5, () -> robot.lookup("#export-dialog").tryQuery().isPresent());
    }

    private void exportTo(FxRobot robot, ExportTarget target, Path folder) {
        robot.interact(() -> {
            robot.lookup("#export-" + target.word()).queryAs(RadioButton.class).setSelected(true);
            robot.lookup("#export-folder").queryAs(TextField.class).setText(folder.toString());
        });
        robot.clickOn("#export-run");
    }

    private String outcome(FxRobot robot) {
        return robot.lookup("#export-outcome").queryAs(Label.class).getText();
    }

    private String details(FxRobot robot) {
        return robot.lookup("#export-details").queryAs(TextArea.class).getText();
    }

    /** Waits for the dialog's outcome to start with {@code prefix}; a timeout says what it showed instead. */
    private void awaitOutcome(FxRobot robot, String prefix) throws Exception {
        try {
            waitFor("an outcome starting \"" + prefix + "\"", 15, () -> outcome(robot).startsWith(prefix));
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; the dialog says: " + outcome(robot) + "\n" + details(robot), e);
        }
    }

    private void awaitOverwriteQuestion(FxRobot robot) throws Exception {
        try {
            waitFor("the overwrite question", 15, () -> robot.lookup("#export-overwrite").tryQuery().isPresent());
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; the dialog says: " + outcome(robot) + "\n" + details(robot), e);
        }
    }

    private static List<String> filesUnder(Path folder) throws Exception {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    /** The engine's own export of the design, under the name the designer gives it. */
    private ExportTree engineExport(ExportTarget target) throws Exception {
        Path file = document().fileProperty().get();
        String name = file == null ? topology().title() : file.getFileName().toString().replace(".zmqtopo", "");
        return Exports.export(topology(), name, target);
    }

    @Test
    void the_menu_item_has_the_shortcut_and_export_writes_exactly_the_engines_files(FxRobot robot, @TempDir Path dir)
            throws Exception {
        assertThat(window.actions().get("export").shortcutText()).isIn("Ctrl+E", "⌘E", "Shortcut+E");
        Path folder = dir.resolve("hello-java");
        // Never saved: it exports under its title.
        robot.interact(() -> document().replace(topology(), null));
        openExport(robot);
        exportTo(robot, ExportTarget.JAVA, folder);
        awaitOutcome(robot, "Wrote");

        assertWroteTheEnginesExport(robot, ExportTarget.JAVA, folder);

        // Remembered: the next export of this design to Java suggests the same folder.
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != window.stage()).toList()
                .forEach(w -> ((Stage) w).close()));
        openExport(robot);
        assertThat(robot.lookup("#export-folder").queryAs(TextField.class).getText()).isEqualTo(folder.toString());
        assertThat(robot.lookup("#export-java").queryAs(RadioButton.class).isSelected()).isTrue();
    }

    /** The folder holds exactly the engine's export, byte for byte, and the dialog lists it with its notes. */
    private void assertWroteTheEnginesExport(FxRobot robot, ExportTarget target, Path folder) throws Exception {
        ExportTree expected = engineExport(target);
        assertThat(filesUnder(folder)).containsExactlyElementsOf(
                expected.files().stream().map(ExportedFile::path).sorted().toList());
        for (ExportedFile file : expected.files()) {
            assertThat(Files.readAllBytes(folder.resolve(file.path()))).as(file.path()).isEqualTo(file.content());
            if (file.executable()) {
                assertThat(Files.isExecutable(folder.resolve(file.path()))).as(file.path() + " runs").isTrue();
            }
        }
        assertThat(outcome(robot)).contains(expected.files().size() + " file").contains(folder.toString());
        assertThat(details(robot)).contains(expected.files().get(0).path());
        expected.notes().forEach(note -> assertThat(details(robot).replace("\n  ", " ")).contains(note));
        assertThat(status()).contains("Exported");
    }

    @Test
    void a_deployment_export_writes_the_engines_files_for_the_design_as_saved(FxRobot robot, @TempDir Path dir)
            throws Exception {
        Path folder = dir.resolve("hello-deploy");
        openExport(robot);
        exportTo(robot, ExportTarget.DEPLOY, folder);
        awaitOutcome(robot, "Wrote");

        assertWroteTheEnginesExport(robot, ExportTarget.DEPLOY, folder);
    }

    @Test
    void a_folder_that_holds_files_is_written_into_only_after_the_user_agrees(FxRobot robot, @TempDir Path folder)
            throws Exception {
        Path mine = Files.writeString(folder.resolve("notes.txt"), "mine");
        openExport(robot);

        exportTo(robot, ExportTarget.PYTHON, folder);
        awaitOverwriteQuestion(robot);
        assertThat(robot.lookup("#export-overwrite").queryAs(DialogPane.class).getContentText())
                .contains(folder.toString()).contains("1 file");
        robot.type(javafx.scene.input.KeyCode.ENTER); // Enter keeps the files: Cancel is the default
        waitFor("the refusal in words", 5, () -> outcome(robot).contains("not empty"));
        assertThat(filesUnder(folder)).as("nothing written").containsExactly("notes.txt");

        robot.clickOn("#export-run");
        awaitOverwriteQuestion(robot);
        robot.clickOn((Button b) -> "Export Anyway".equals(b.getText()));
        awaitOutcome(robot, "Wrote");

        List<String> written = engineExport(ExportTarget.PYTHON).files().stream().map(ExportedFile::path).toList();
        assertThat(filesUnder(folder)).containsAll(written).contains("notes.txt");
        assertThat(Files.readString(mine)).as("a file the export does not make is left alone").isEqualTo("mine");
    }

    @Test
    void a_design_with_errors_is_refused_in_words_that_point_at_the_problems_tab(FxRobot robot, @TempDir Path dir)
            throws Exception {
        Node server = topology().node("server").orElseThrow();
        robot.interact(() -> document().apply(new ReplaceNode("server", server.withSocket("responder",
                server.socket("responder").orElseThrow().withType(SocketType.PUB)), "Make the server a publisher")));
        Path folder = dir.resolve("broken");
        openExport(robot);

        exportTo(robot, ExportTarget.DEPLOY, folder);
        awaitOutcome(robot, "Not exported");
        assertThat(outcome(robot)).contains("error");
        assertThat(details(robot)).contains("server");
        assertThat(Files.exists(folder)).as("nothing written").isFalse();

        robot.clickOn("#export-to-problems");
        assertThat(((javafx.scene.control.TabPane) window.runPanel().view()).getSelectionModel().getSelectedItem()
                .getId()).isEqualTo("run-tab-problems");
        waitFor("the dialog to close", 5, () -> robot.lookup("#export-dialog").tryQuery().isEmpty());
    }
}
