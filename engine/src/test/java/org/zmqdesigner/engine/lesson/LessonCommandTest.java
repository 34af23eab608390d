package org.zmqdesigner.engine.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zmqdesigner.engine.cli.Main;
import org.zmqdesigner.engine.format.Samples;
import picocli.CommandLine;

/** {@code lesson FILE}, the teacher's test of a lesson, run in-process as the command line runs it. */
class LessonCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private static Path shipped(String name) {
        return Samples.folder().resolve(LessonLibrary.FOLDER).resolve(name + Lesson.EXTENSION);
    }

    @Test
    void a_lesson_that_teaches_prints_each_checked_step_and_exits_0() {
        int status = run("lesson", shipped("03-weather-filter").toString(), "--max-run", "5s");

        assertThat(status).as("stdout: %s stderr: %s", out, err).isZero();
        assertThat(out.toString().lines()).containsExactly(
                "weather-filter Step subscribe: fails on the start design: client/subscriber subscribes to nothing, so"
                        + " it receives nothing: a SUB gets only the messages that start with one of its subscriptions."
                        + " Subscribe it to \"10001\".",
                out.toString().lines().toList().get(1),
                "weather-filter: every checked step behaves.");
        assertThat(out.toString().lines().toList().get(1)).startsWith("weather-filter Step subscribe: passes with the"
                + " solution (ran ");
    }

    @Test
    void a_lesson_that_cannot_load_prints_where_and_exits_1(@TempDir Path dir) throws Exception {
        Path broken = Files.writeString(dir.resolve("01-broken.zmqlesson"), "{\"formatVersion\": 1,\n  \"id\": 7}");

        int status = run("lesson", broken.toString());

        assertThat(status).isEqualTo(1);
        assertThat(err.toString()).startsWith(broken + ":2:9: id: expected a string").doesNotContain("\tat ");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void a_check_the_student_passes_without_doing_anything_is_caught_and_exits_1(@TempDir Path dir) throws Exception {
        Files.copy(Samples.folder().resolve(LessonLibrary.FOLDER).resolve("01-hello-reqrep.zmqtopo"),
                dir.resolve("01-idle.zmqtopo"));
        Files.writeString(dir.resolve("01-idle.zmqlesson"), """
                {
                  "formatVersion": 1,
                  "id": "idle",
                  "order": 1,
                  "design": "01-idle.zmqtopo",
                  "steps": [
                    {
                      "id": "nothing-to-do",
                      "check": {"on": "design", "conditions": [{"nodesWith": "REQ"}]},
                      "solution": "01-idle.zmqtopo"
                    }
                  ]
                }
                """);
        Files.writeString(dir.resolve("01-idle.properties"), """
                title=Idle
                summary=Nothing to do.
                step.nothing-to-do.title=Nothing
                step.nothing-to-do.text=Nothing to do.
                step.nothing-to-do.hint=None.
                step.nothing-to-do.done=Done.
                """);

        int status = run("lesson", dir.resolve("01-idle.zmqlesson").toString());

        assertThat(status).isEqualTo(1);
        assertThat(out.toString()).contains("idle Step nothing-to-do: PASSES on the design before it: the student would"
                + " pass without doing anything (One node has a REQ socket.)")
                .contains("idle: one checked step does not behave.");
    }

    @Test
    void a_missing_file_argument_is_a_usage_error() {
        assertThat(run("lesson")).isEqualTo(2);
        assertThat(run("lesson", "x.zmqlesson", "--max-run", "soon")).isEqualTo(2);
    }
}
