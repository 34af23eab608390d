package org.zmqdesigner.engine.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportWriterTest {

    private static final ExportTree TREE = new ExportTree(List.of(
            ExportedFile.text("README.md", "read me\n"),
            ExportedFile.program("hosts/a/run.sh", "#!/bin/sh\necho hi\n"),
            ExportedFile.text("hosts/a/compose.yaml", "services: {}\n")), List.of());

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    @Test
    void a_missing_folder_is_made_and_every_file_written_with_programs_executable(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("new/export");

        List<Path> written = ExportWriter.write(TREE, dir, false);

        assertThat(written).containsExactly(dir.resolve("README.md"), dir.resolve("hosts/a/run.sh"),
                dir.resolve("hosts/a/compose.yaml"));
        assertThat(Files.readString(dir.resolve("hosts/a/run.sh"))).isEqualTo("#!/bin/sh\necho hi\n");
        if (posix()) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("hosts/a/run.sh"))))
                    .isEqualTo("rwxr-xr-x");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("README.md"))))
                    .isEqualTo("rw-r--r--");
        }
    }

    @Test
    void an_empty_folder_is_fine_without_force(@TempDir Path dir) throws Exception {
        assertThat(ExportWriter.write(TREE, dir, false)).hasSize(3);
    }

    @Test
    void a_folder_that_is_not_empty_is_refused_without_force_naming_it_and_force(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("mine.txt"), "keep me");

        assertThatThrownBy(() -> ExportWriter.write(TREE, dir, false))
                .isInstanceOf(ExportWriter.RefusedException.class)
                .hasMessageContaining(dir.toString()).hasMessageContaining("not empty").hasMessageContaining("--force");
        assertThat(dir.resolve("README.md")).doesNotExist();
    }

    @Test
    void force_overwrites_the_exports_files_and_leaves_the_others_alone(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("mine.txt"), "keep me");
        Files.writeString(dir.resolve("README.md"), "old");

        ExportWriter.write(TREE, dir, true);

        assertThat(Files.readString(dir.resolve("README.md"))).isEqualTo("read me\n");
        assertThat(Files.readString(dir.resolve("mine.txt"))).isEqualTo("keep me");
    }

    @Test
    void a_symlinked_file_inside_the_folder_is_written_through_and_stays_a_link(@TempDir Path dir) throws Exception {
        Path real = Files.writeString(dir.resolve("kept-readme.md"), "old");
        Files.createSymbolicLink(dir.resolve("README.md"), Path.of("kept-readme.md"));

        ExportWriter.write(TREE, dir, true);

        assertThat(Files.isSymbolicLink(dir.resolve("README.md"))).isTrue();
        assertThat(Files.readString(real)).isEqualTo("read me\n");
    }

    @Test
    void a_symlink_pointing_out_of_the_folder_is_refused_and_nothing_is_written(@TempDir Path tmp) throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("export"));
        Path elsewhere = Files.createDirectory(tmp.resolve("elsewhere"));
        Files.createDirectories(dir.resolve("hosts"));
        Files.createSymbolicLink(dir.resolve("hosts/a"), elsewhere);

        assertThatThrownBy(() -> ExportWriter.write(TREE, dir, true))
                .isInstanceOf(ExportWriter.RefusedException.class)
                .hasMessageContaining("outside").hasMessageContaining("hosts/a/run.sh");
        assertThat(elsewhere).isEmptyDirectory();
        assertThat(dir.resolve("README.md")).doesNotExist();

        Path outsideFile = Files.writeString(tmp.resolve("victim.md"), "mine");
        Files.delete(dir.resolve("hosts/a"));
        Files.createSymbolicLink(dir.resolve("README.md"), outsideFile);
        assertThatThrownBy(() -> ExportWriter.write(TREE, dir, true)).hasMessageContaining("outside");
        assertThat(Files.readString(outsideFile)).isEqualTo("mine");
    }

    @Test
    void a_file_where_the_folder_should_be_is_refused(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("export"), "a file");

        assertThatThrownBy(() -> ExportWriter.write(TREE, file, true))
                .isInstanceOf(ExportWriter.RefusedException.class).hasMessageContaining("is not a folder");
        assertThat(Files.readString(file)).isEqualTo("a file");
    }

    @Test
    void a_device_where_the_folder_should_be_is_refused() {
        Assumptions.assumeTrue(Files.exists(Path.of("/dev/null")), "a /dev/null");

        assertThatThrownBy(() -> ExportWriter.write(TREE, Path.of("/dev/null"), true))
                .isInstanceOf(ExportWriter.RefusedException.class).hasMessageContaining("device");
    }

    @Test
    void a_read_only_folder_gives_a_clear_error(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(posix(), "a POSIX file system");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assertThatThrownBy(() -> ExportWriter.write(TREE, dir, false))
                    .isInstanceOf(ExportWriter.RefusedException.class).hasMessageContaining("read-only")
                    .hasMessageContaining(dir.toString());
        } finally {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void a_folder_in_the_way_of_a_file_is_refused_before_anything_is_written(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("hosts/a/compose.yaml"));

        assertThatThrownBy(() -> ExportWriter.write(TREE, dir, true)).hasMessageContaining("is a folder");
        assertThat(dir.resolve("README.md")).doesNotExist();
    }
}
