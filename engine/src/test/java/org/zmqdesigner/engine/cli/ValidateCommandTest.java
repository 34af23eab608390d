package org.zmqdesigner.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zmqdesigner.engine.format.Samples;
import picocli.CommandLine;

class ValidateCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void the_samples_validate_without_errors() throws Exception {
        String[] args = Samples.files().stream().map(Path::toString).toList().toArray(new String[0]);
        String[] all = new String[args.length + 1];
        all[0] = "validate";
        System.arraycopy(args, 0, all, 1, args.length);

        int status = run(all);

        assertThat(status).as("stdout: %s stderr: %s", out, err).isZero();
        assertThat(out.toString()).doesNotContain(": error ");
    }

    @Test
    void a_file_with_errors_prints_one_line_per_diagnostic_and_exits_1(@TempDir Path dir) throws Exception {
        String text = Files.readString(Samples.file("hello-reqrep")).replace("\"REP\"", "\"PULL\"");
        Path file = Files.writeString(dir.resolve("wrong.zmqtopo"), text);

        int status = run("validate", file.toString());

        assertThat(status).isEqualTo(1);
        assertThat(out.toString().lines())
                .anySatisfy(line -> assertThat(line).startsWith(file + ": error INCOMPATIBLE_SOCKETS hello: A REQ"
                        + " socket cannot talk to a PULL socket"))
                .allSatisfy(line -> assertThat(line).matches("\\S+: (error|warning|info) [A-Z_]+ \\S+: .+"));
    }

    @Test
    void warnings_alone_exit_0(@TempDir Path dir) throws Exception {
        String text = Files.readString(Samples.file("weather-pubsub")).replace(", \"options\": {\"subscribe\": [\"10001 \"]}", "")
                .replace("\"options\": {\n            \"subscribe\": [\n              \"10001 \"\n            ]\n          }", "\"binds\": []");
        Path file = Files.writeString(dir.resolve("nosub.zmqtopo"), text);

        int status = run("validate", file.toString());

        assertThat(out.toString()).contains("warning SUB_NO_SUBSCRIPTION client/subscriber");
        assertThat(status).isZero();
    }

    @Test
    void an_unreadable_file_exits_2_with_its_located_error_and_no_stack_trace(@TempDir Path dir) throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.zmqtopo"), "{\"formatVersion\": 1, \"nodes\": [}");

        int status = run("validate", broken.toString(), Samples.file("pipeline").toString());

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains(broken + ":1:").doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void wrong_usage_exits_2() {
        assertThat(run("validate")).isEqualTo(2);
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(run()).isEqualTo(2);
        assertThat(run("validate", "--min-severity", "loud", "x.zmqtopo")).isEqualTo(2);
    }

    @Test
    void help_documents_every_command() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("validate").contains("Exit status");
        out.getBuffer().setLength(0);
        assertThat(run("validate", "--help")).isZero();
        assertThat(out.toString()).contains("FILE").contains("--min-severity").contains("--no-hints");
    }
}
