package org.zmqdesigner.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zmqdesigner.engine.format.TopologyFiles;

/** The design read ahead while JavaFX starts is handed over only for the file asked for, once. */
class StartAheadTest {

    @TempDir
    Path temp;

    private Path sample() throws Exception {
        Path copy = temp.resolve("hello.zmqtopo");
        Files.copy(Path.of(System.getProperty("zmqdesigner.samples"), "hello-reqrep.zmqtopo"), copy);
        return copy;
    }

    @Test
    void the_design_named_first_is_read_ahead_and_handed_over_once() throws Exception {
        Path file = sample();

        StartAhead.begin(new String[] {"--window=wide", file.toString()});

        assertThat(StartAhead.take(temp.resolve(".").resolve("hello.zmqtopo"))).as("the same file, spelt otherwise")
                .contains(new TopologyFiles().load(file));
        assertThat(StartAhead.take(file)).as("handed over once").isEmpty();
    }

    @Test
    void another_file_or_one_that_does_not_load_is_left_to_the_caller() throws Exception {
        Path file = sample();
        StartAhead.begin(new String[] {file.toString()});
        assertThat(StartAhead.take(temp.resolve("other.zmqtopo"))).as("another file").isEmpty();

        Path broken = Files.writeString(temp.resolve("broken.zmqtopo"), "{ this is not a design");
        StartAhead.begin(new String[] {broken.toString()});
        assertThat(StartAhead.take(broken)).as("a file that does not load is read again by the caller").isEmpty();

        StartAhead.begin(new String[] {temp.resolve("missing.zmqtopo").toString()});
        assertThat(StartAhead.take(temp.resolve("missing.zmqtopo"))).isEmpty();
    }

    @Test
    void without_a_file_the_window_opens_the_first_start_sample() {
        Path first = Path.of(System.getProperty("zmqdesigner.samples"), DesignerApp.FIRST_SAMPLE);
        assertThat(StartAhead.initialFile(List.of()).map(p -> p.toAbsolutePath().normalize()))
                .contains(first.toAbsolutePath().normalize());
        assertThat(StartAhead.initialFile(List.of("mine.zmqtopo"))).contains(Path.of("mine.zmqtopo"));
    }
}
