package org.zmqdesigner.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The {@code --smoke} check run in-process on the headless platform: the bundled pipeline sample
 * passes with real counts, and a failing step gives a failed outcome and the sentence saying why.
 */
@ExtendWith(ApplicationExtension.class)
class SmokeTest {

    @TempDir
    Path temp;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void the_pipeline_sample_opens_runs_delivers_stops_and_closes() throws Exception {
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        List<String> before = smokeNodes();

        Smoke.Outcome outcome = new Smoke(Optional.empty(), new PrintStream(lines, true, StandardCharsets.UTF_8), System.err)
                .check(stage);

        String out = lines.toString(StandardCharsets.UTF_8);
        assertThat(outcome.failure()).isNull();
        assertThat(outcome.ok()).isTrue();
        assertThat(outcome.exitCode()).isZero();
        assertThat(out.lines().toList()).startsWith("smoke: window open", "smoke: loaded pipeline.zmqtopo");
        assertThat(out.lines().toList()).endsWith("smoke: stopped, 0 nodes running", "smoke: closed", "smoke: ok");
        Matcher ran = Pattern.compile("smoke: ran 2 s: (\\d+) sent, (\\d+) received").matcher(out);
        assertThat(ran.find()).as("the run line in %s", out).isTrue();
        assertThat(Long.parseLong(ran.group(1))).isPositive();
        assertThat(Long.parseLong(ran.group(2))).isPositive();
        assertThat(stage.isShowing()).isFalse();
        // Its throw-away preferences are gone again.
        assertThat(smokeNodes()).isEqualTo(before);
    }

    @Test
    void a_missing_file_fails_saying_which() {
        Path missing = temp.resolve("missing.zmqtopo");

        Smoke.Outcome outcome = quietly(missing);

        assertThat(outcome.ok()).isFalse();
        assertThat(outcome.exitCode()).isNotZero();
        assertThat(outcome.failure()).isEqualTo("the design " + missing + " does not exist");
        assertThat(stage.isShowing()).isFalse();
    }

    @Test
    void a_broken_file_fails_saying_it_did_not_load() throws Exception {
        Path broken = Files.writeString(temp.resolve("broken.zmqtopo"), "{ this is not a topology");

        Smoke.Outcome outcome = quietly(broken);

        assertThat(outcome.ok()).isFalse();
        assertThat(outcome.failure()).startsWith("the design " + broken + " did not load: ");
    }

    @Test
    void a_design_with_errors_fails_saying_the_run_did_not_start() throws Exception {
        String hello = Files.readString(sample("hello-reqrep"));
        Path wrong = Files.writeString(temp.resolve("wrong.zmqtopo"), hello.replace("\"REP\"", "\"PULL\""));

        Smoke.Outcome outcome = quietly(wrong);

        assertThat(outcome.ok()).isFalse();
        assertThat(outcome.failure()).startsWith("the run did not start: Cannot run: ")
                .contains("A REQ socket cannot talk to a PULL socket");
    }

    @Test
    void a_run_that_delivers_nothing_fails_with_its_counts() throws Exception {
        // A publisher nobody listens to: it sends, and nothing is received.
        Path alone = Files.writeString(temp.resolve("alone.zmqtopo"), """
                {"formatVersion": 1, "title": "alone", "nodes": [{"id": "server", "name": "wuserver",
                  "kind": "application", "position": {"x": 80.0, "y": 160.0},
                  "sockets": [{"id": "publisher", "type": "PUB", "binds": ["tcp://127.0.0.1:5556"]}],
                  "behaviour": {"type": "source", "payload": "x"}}], "links": []}
                """);

        Smoke.Outcome outcome = quietly(alone);

        assertThat(outcome.ok()).isFalse();
        assertThat(outcome.failure()).matches("the run delivered nothing in 2 s: [1-9]\\d* sent, 0 received");
    }

    @Test
    void the_watchdog_ends_a_stuck_smoke_naming_its_step() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        java.util.concurrent.CompletableFuture<Integer> exit = new java.util.concurrent.CompletableFuture<>();
        Smoke smoke = new Smoke(Optional.empty(), System.out, new PrintStream(err, true, StandardCharsets.UTF_8));

        // Never checked: it stays in its first step, as a JavaFX that never starts would.
        smoke.watchdog(200, exit::complete);

        assertThat(exit.get(5, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(Smoke.TIMED_OUT);
        assertThat(err.toString(StandardCharsets.UTF_8).strip())
                .isEqualTo("smoke: FAILED: timed out after 200 ms while starting JavaFX.");
    }

    private Smoke.Outcome quietly(Path file) {
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        Smoke.Outcome outcome = new Smoke(Optional.of(file), new PrintStream(lines, true, StandardCharsets.UTF_8), System.err)
                .check(stage);
        assertThat(lines.toString(StandardCharsets.UTF_8)).doesNotContain("smoke: ok");
        return outcome;
    }

    private static Path sample(String name) {
        return Path.of(System.getProperty("zmqdesigner.samples"), name + ".zmqtopo");
    }

    private static List<String> smokeNodes() throws Exception {
        return Arrays.stream(Preferences.userRoot().childrenNames()).filter(n -> n.startsWith("zmq-designer-smoke"))
                .toList();
    }
}
