package org.zmqdesigner.app.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zmqdesigner.app.document.DesignDocument;
import org.zmqdesigner.engine.model.Topology;

class FoldersTest {

    private final Preferences preferences = Preferences.userRoot().node("zmq-designer-test-" + UUID.randomUUID());

    @AfterEach
    void forget() throws Exception {
        preferences.removeNode();
    }

    @Test
    void a_first_dialog_starts_in_documents_else_home_never_the_working_directory(@TempDir Path home)
            throws Exception {
        Folders folders = new Folders(preferences, home);
        assertThat(folders.initial()).isEqualTo(home);

        Path documents = Files.createDirectory(home.resolve("Documents"));
        assertThat(folders.initial()).isEqualTo(documents);
        assertThat(folders.initial()).isNotEqualTo(Path.of("").toAbsolutePath());
    }

    @Test
    void the_last_used_folder_wins_is_remembered_across_starts_and_a_vanished_one_is_skipped(@TempDir Path home)
            throws Exception {
        Path documents = Files.createDirectory(home.resolve("Documents"));
        Path work = Files.createDirectory(home.resolve("work"));
        new Folders(preferences, home).remember(work.resolve("design.zmqtopo"));

        Folders nextStart = new Folders(preferences, home);
        assertThat(nextStart.initial()).isEqualTo(work);

        Files.delete(work);
        assertThat(nextStart.initial()).isEqualTo(documents);
    }

    @Test
    void open_and_save_dialogs_start_in_the_folder_of_the_last_file_opened(@TempDir Path home) throws Exception {
        Path designs = Files.createDirectory(home.resolve("designs"));
        Path file = Files.writeString(designs.resolve("a.zmqtopo"), "{}");
        Folders folders = new Folders(preferences, home);
        FileActions files = new FileActions(new DesignDocument(Topology.EMPTY), () -> null,
                new RecentFiles(preferences), folders);

        assertThat(files.chooser("Open").getInitialDirectory()).isEqualTo(home.toFile());
        folders.remember(file);
        assertThat(files.chooser("Open").getInitialDirectory()).isEqualTo(designs.toFile());
    }
}
