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

    private long leftovers() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).count();
        }
    }
}
