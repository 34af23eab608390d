package org.zmqdesigner.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zmqdesigner.engine.format.Samples;
import picocli.CommandLine;

/** {@code export}: exit codes and messages, with the deploy target (java and python land separately). */
class ExportCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private static long files(Path dir) throws Exception {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).count();
        }
    }

    /** The deployment's files: one more when the engine's jar was found (ZMQ_DESIGNER_JAR set where this runs). */
    private static long expected(Path dir, long withoutJar) {
        return withoutJar + (Files.exists(dir.resolve("zmq-designer-engine.jar")) ? 1 : 0);
    }

    @Test
    void a_good_design_is_exported_and_the_command_says_how_many_files_where_and_its_notes(@TempDir Path tmp)
            throws Exception {
        Path dir = tmp.resolve("hello-deploy");

        int status = run("export", Samples.file("hello-reqrep").toString(), "--to", "deploy", "--out", dir.toString());

        assertThat(status).as("stdout: %s stderr: %s", out, err).isZero();
        assertThat(out.toString()).contains("exported " + Samples.file("hello-reqrep") + " as deploy: "
                + expected(dir, 8) + " files in " + dir.toAbsolutePath());
        assertThat(files(dir)).isEqualTo(expected(dir, 8));
        assertThat(dir.resolve("hosts/local/run.sh")).isExecutable();
        assertThat(Files.readString(dir.resolve("README.md"))).startsWith("# Deployment of \"hello-reqrep\"");
    }

    @Test
    void the_exports_notes_are_printed(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("ipc.zmqtopo"), """
                {"formatVersion": 1, "nodes": [
                  {"id": "server", "sockets": [{"id": "rep", "type": "REP", "binds": ["ipc://hello.ipc"]}],
                   "behaviour": {"type": "responder", "reply": "World"}},
                  {"id": "client", "sockets": [{"id": "req", "type": "REQ"}],
                   "behaviour": {"type": "source", "payload": "Hello", "count": 1}}],
                 "links": [{"id": "l", "from": {"node": "client", "socket": "req"},
                            "to": {"node": "server", "socket": "rep"}, "endpoint": "ipc://hello.ipc"}]}
                """);

        int status = run("export", file.toString(), "--to", "deploy", "--out", tmp.resolve("out").toString());

        assertThat(status).as("stderr: %s", err).isZero();
        assertThat(out.toString()).contains("note: ipc://hello.ipc is exported as tcp://127.0.0.1:15555");
    }

    @Test
    void the_target_word_is_read_in_any_case(@TempDir Path dir) {
        assertThat(run("export", Samples.file("pipeline").toString(), "--to", "DEPLOY", "--out", dir.toString()))
                .as("stderr: %s", err).isZero();
    }

    @Test
    void a_design_with_errors_exits_1_with_the_validators_errors_and_writes_nothing(@TempDir Path tmp)
            throws Exception {
        String text = Files.readString(Samples.file("hello-reqrep")).replace("\"REP\"", "\"PULL\"");
        Path file = Files.writeString(tmp.resolve("wrong.zmqtopo"), text);
        Path dir = tmp.resolve("out");

        int status = run("export", file.toString(), "--to", "deploy", "--out", dir.toString());

        assertThat(status).isEqualTo(1);
        assertThat(err.toString()).contains(file + ": not exported: The design has").contains("INCOMPATIBLE_SOCKETS");
        assertThat(dir).doesNotExist();
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void a_folder_that_is_not_empty_exits_1_unless_forced_and_force_keeps_other_files(@TempDir Path dir)
            throws Exception {
        Path mine = Files.writeString(dir.resolve("notes.txt"), "mine");

        int refused = run("export", Samples.file("hello-reqrep").toString(), "--to", "deploy", "--out", dir.toString());

        assertThat(refused).isEqualTo(1);
        assertThat(err.toString()).contains("is not empty").contains("--force");
        assertThat(files(dir)).isEqualTo(1);

        int forced = run("export", Samples.file("hello-reqrep").toString(), "--to", "deploy", "--out", dir.toString(),
                "--force");

        assertThat(forced).as("stderr: %s", err).isZero();
        assertThat(Files.readString(mine)).isEqualTo("mine");
        assertThat(files(dir)).isEqualTo(expected(dir, 9));
    }

    @Test
    void a_missing_file_exits_2_as_validate_does(@TempDir Path dir) {
        int status = run("export", dir.resolve("nope.zmqtopo").toString(), "--to", "deploy", "--out",
                dir.resolve("out").toString());

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("nope.zmqtopo").contains("no such file");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void a_file_that_does_not_parse_is_reported_by_line_and_column(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("broken.zmqtopo"), "{\"formatVersion\": 1,\n  \"nodes\": [}\n");

        int status = run("export", file.toString(), "--to", "deploy", "--out", dir.resolve("out").toString());

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).containsPattern(java.util.regex.Pattern.quote(file.toString()) + ":2:\\d+");
    }

    @Test
    void usage_errors_exit_2_and_help_names_the_targets_and_the_exit_status() {
        assertThat(run("export", Samples.file("hello-reqrep").toString(), "--out", "x")).isEqualTo(2);
        assertThat(err.toString()).contains("--to");
        assertThat(run("export", Samples.file("hello-reqrep").toString(), "--to", "cobol", "--out", "x")).isEqualTo(2);

        assertThat(run("export", "--help")).isZero();
        assertThat(out.toString()).contains("--to=TARGET", "--out=DIR", "--force", "java", "python", "deploy",
                "Exit status: 0 exported");
    }
}
