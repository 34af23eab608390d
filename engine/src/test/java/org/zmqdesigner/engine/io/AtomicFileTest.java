package org.zmqdesigner.engine.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir
    Path dir;

    @Test
    void writes_a_new_file_and_replaces_an_old_one_whole() throws IOException {
        Path file = dir.resolve("design.zmqtopo");
        AtomicFile.write(file, "first".getBytes(StandardCharsets.UTF_8));
        AtomicFile.write(file, "second, longer".getBytes(StandardCharsets.UTF_8));

        assertThat(Files.readString(file)).isEqualTo("second, longer");
        assertThat(leftovers()).as("temporary files left behind").isZero();
    }

    @Test
    void a_failure_while_writing_leaves_the_old_content_and_no_temporary_file() throws IOException {
        Path file = dir.resolve("report.json");
        Files.writeString(file, "old");

        assertThatThrownBy(() -> AtomicFile.write(file, temp -> {
            Files.writeString(temp, "half");
            throw new IOException("disk full");
        })).hasMessage("disk full");

        assertThat(Files.readString(file)).isEqualTo("old");
        assertThat(leftovers()).isZero();
    }

    @Test
    void creates_missing_folders() throws IOException {
        Path file = dir.resolve("a/b/out.svg");
        AtomicFile.write(file, new byte[] {1, 2, 3});

        assertThat(Files.readAllBytes(file)).containsExactly(1, 2, 3);
    }

    @Test
    void a_symlink_is_followed_and_stays_a_link() throws IOException {
        Path real = dir.resolve("real.zmqtopo");
        Files.writeString(real, "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.zmqtopo"), real.getFileName());

        AtomicFile.write(link, "new".getBytes(StandardCharsets.UTF_8));

        assertThat(Files.isSymbolicLink(link)).as("still a link").isTrue();
        assertThat(Files.readString(real)).isEqualTo("new");
    }

    @Test
    void a_fifo_or_a_folder_is_refused_and_left_as_it_was() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("folder"));
        assertThatThrownBy(() -> AtomicFile.write(folder, new byte[1])).isInstanceOf(AtomicFile.RefusedException.class)
                .hasMessageContaining("is a folder");
        assertThat(Files.isDirectory(folder)).isTrue();

        Path fifo = dir.resolve("report.json");
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo(fifo), "mkfifo made a FIFO");
        assertThatThrownBy(() -> AtomicFile.write(fifo, new byte[1])).isInstanceOf(AtomicFile.RefusedException.class)
                .hasMessageContaining("not a regular file");
        assertThat(Files.isRegularFile(fifo)).as("the FIFO was not replaced by a file").isFalse();
        assertThat(Files.exists(fifo)).isTrue();
    }

    @Test
    void the_file_keeps_its_mode_and_a_new_file_is_readable_by_others() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(posix(), "a POSIX file system");
        Path file = dir.resolve("design.zmqtopo");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----"));

        AtomicFile.write(file, "new".getBytes(StandardCharsets.UTF_8));
        Path fresh = dir.resolve("fresh.zmqtopo");
        AtomicFile.write(fresh, "new".getBytes(StandardCharsets.UTF_8));

        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-r-----");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)))
                .isEqualTo("rw-r--r--");
    }

    @Test
    void a_read_only_file_is_refused_and_keeps_its_content() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(posix(), "a POSIX file system");
        Path file = dir.resolve("locked.zmqtopo");
        Files.writeString(file, "keep me");
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));

        assertThatThrownBy(() -> AtomicFile.write(file, "new".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(AtomicFile.RefusedException.class).hasMessageContaining("read-only");
        assertThat(Files.readString(file)).isEqualTo("keep me");
    }

    @Test
    void every_hard_link_shows_the_new_content() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(posix(), "a POSIX file system");
        Path file = dir.resolve("a.zmqtopo");
        Files.writeString(file, "an old and longer content");
        Path other = Files.createLink(dir.resolve("b.zmqtopo"), file);

        AtomicFile.write(file, "new".getBytes(StandardCharsets.UTF_8));

        assertThat(Files.readString(other)).isEqualTo("new");
        assertThat(Files.getAttribute(file, "unix:nlink")).isEqualTo(2);
        assertThat(leftovers()).isZero();
    }

    private static boolean posix() {
        return java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static boolean mkfifo(Path path) throws InterruptedException {
        try {
            return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private long leftovers() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).count();
        }
    }
}
