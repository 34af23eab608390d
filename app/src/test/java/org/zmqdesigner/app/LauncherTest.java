package org.zmqdesigner.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** `zmq-designer validate|run|export` is the command line; anything else opens the designer. */
class LauncherTest {

    @Test
    void the_engines_commands_and_standard_options_go_to_the_command_line() {
        for (String first : new String[] {"validate", "run", "export", "help", "--help", "-h", "--version", "-V"}) {
            assertThat(Launcher.isCommandLine(new String[] {first, "x.zmqtopo"})).as(first).isTrue();
        }
    }

    @Test
    void no_argument_a_file_or_smoke_opens_the_designer() {
        assertThat(Launcher.isCommandLine(new String[0])).isFalse();
        assertThat(Launcher.isCommandLine(new String[] {"samples/pipeline.zmqtopo"})).isFalse();
        assertThat(Launcher.isCommandLine(new String[] {"--smoke"})).isFalse();
    }
}
