package org.zmqdesigner.engine.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zmqdesigner.engine.model.Topology;

class TopologyFilesTest {

    private final TopologyFiles files = new TopologyFiles();

    @Test
    void saving_replaces_the_file_whole_and_leaves_no_temporary_files(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("design.zmqtopo");
        Files.writeString(file, "old content");
        Topology topology = files.load(Samples.file("pipeline"));

        files.save(topology, file);

        assertThat(files.load(file)).isEqualTo(topology);
        try (Stream<Path> listing = Files.list(dir)) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactly("design.zmqtopo");
        }
    }

    @Test
    void a_failed_save_leaves_the_old_file_untouched(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("design.zmqtopo");
        Files.writeString(file, "precious");
        Path blocked = dir.resolve("design.zmqtopo.d");
        Files.createDirectory(blocked);
        Files.writeString(blocked.resolve("inside"), "x");
        Topology topology = files.load(Samples.file("hello-reqrep"));

        // Moving onto a non-empty folder fails after the temporary file is written.
        assertThatThrownBy(() -> files.save(topology, blocked)).isInstanceOf(IOException.class);

        assertThat(Files.readString(file)).isEqualTo("precious");
        try (Stream<Path> listing = Files.list(dir)) {
            assertThat(listing.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("design.zmqtopo", "design.zmqtopo.d");
        }
    }

    @Test
    void the_sample_library_lists_every_sample_with_its_title() throws Exception {
        var samples = new SampleLibrary(Samples.folder()).samples();

        assertThat(samples).extracting(SampleLibrary.Sample::name)
                .contains("hello-reqrep", "weather-pubsub", "pipeline");
        assertThat(samples).allSatisfy(s -> {
            assertThat(s.loaded()).as("%s loads: %s", s.file(), s.problem()).isTrue();
            assertThat(s.title()).isNotBlank();
            assertThat(s.description()).isNotBlank();
        });
    }

    @Test
    void a_broken_sample_is_listed_with_its_reason(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("broken.zmqtopo"), "{");
        Files.copy(Samples.file("hello-reqrep"), dir.resolve("hello.zmqtopo"));

        var samples = new SampleLibrary(dir).samples();

        assertThat(samples).hasSize(2);
        assertThat(samples.get(0).loaded()).isFalse();
        assertThat(samples.get(0).problem()).contains("broken.zmqtopo:1:");
        assertThat(samples.get(1).loaded()).isTrue();
    }

    /** /dev/zero would never end (it was read to 5.5 GB and an OutOfMemoryError). */
    @Test
    void a_device_is_refused_at_once_without_reading_it() {
        Path zero = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.exists(zero), "a /dev/zero to try");

        long started = System.nanoTime();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new TopologyFiles().load(zero))
                .isInstanceOf(TopologyLoadException.class).hasMessageContaining("not a regular file");
        org.assertj.core.api.Assertions.assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(1_000);
    }

    /** A FIFO would block the loader until someone writes into it. */
    @Test
    void a_fifo_is_refused_without_waiting_for_a_writer(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("design.zmqtopo");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (java.io.IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no mkfifo on this machine");
            return;
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo made a FIFO");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new TopologyFiles().load(fifo))
                .isInstanceOf(TopologyLoadException.class).hasMessageContaining("not a regular file");
    }
}
