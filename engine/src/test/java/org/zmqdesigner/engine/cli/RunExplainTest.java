package org.zmqdesigner.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code run FILE --explain}: the findings after the report table, in the explainer's words. */
class RunExplainTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void explain_prints_each_finding_with_its_numbers_and_fix_after_the_table(@TempDir Path dir) throws Exception {
        Path design = dir.resolve("unsubscribed.zmqtopo");
        Files.writeString(design, """
                {"formatVersion": 1, "nodes": [
                  {"id": "publisher", "sockets": [{"id": "pub", "type": "PUB", "binds": ["inproc://news"]}],
                   "behaviour": {"type": "source", "rate": 1000, "count": 100, "payload": "update {seq}"}},
                  {"id": "subscriber", "sockets": [{"id": "sub", "type": "SUB"}], "behaviour": {"type": "sink"}}],
                 "links": [{"id": "news", "from": {"node": "subscriber", "socket": "sub"},
                   "to": {"node": "publisher", "socket": "pub"}, "endpoint": "inproc://news"}]}
                """);

        int status = run("run", design.toString(), "--duration", "600ms", "--explain");

        String printed = out.toString();
        assertThat(status).as("stderr: %s", err).isZero();
        assertThat(printed.indexOf("total: ")).isPositive().isLessThan(printed.indexOf("Why did I lose messages?"));
        assertThat(printed).contains("1. [no-subscription] subscriber/sub has no subscription: it received none of"
                + " the 100 messages published to it");
        assertThat(printed.replaceAll("\\s+", " ")).contains("you have to subscribe to get messages")
                .contains("Fix: Subscribe subscriber/sub to everything");
        assertThat(printed.lines().filter(l -> l.startsWith("   ")))
                .allMatch(l -> FindingsPrinter.columns(l) <= FindingsPrinter.WIDTH, "wrapped");
    }

    @Test
    void korean_words_are_wrapped_by_the_columns_a_terminal_gives_them() {
        StringWriter text = new StringWriter();
        FindingsPrinter.wrap("구독 ".repeat(60).trim(), "   ", new PrintWriter(text, true));

        // 60 words of 4 columns and a space: 299 columns, so four lines of at most 100 (not five of 60 characters).
        assertThat(text.toString().lines()).hasSize(4)
                .allMatch(l -> FindingsPrinter.columns(l) <= FindingsPrinter.WIDTH, "wrapped");
    }

    @Test
    void without_explain_there_are_no_findings(@TempDir Path dir) throws Exception {
        Path design = dir.resolve("clean.zmqtopo");
        Files.writeString(design, """
                {"formatVersion": 1, "nodes": [
                  {"id": "source", "sockets": [{"id": "out", "type": "PUSH", "binds": ["inproc://w"]}],
                   "behaviour": {"type": "source", "count": 10, "payload": "x", "awaitPeers": 1}},
                  {"id": "sink", "sockets": [{"id": "in", "type": "PULL"}], "behaviour": {"type": "sink", "count": 10}}],
                 "links": [{"id": "w", "from": {"node": "sink", "socket": "in"},
                   "to": {"node": "source", "socket": "out"}, "endpoint": "inproc://w"}]}
                """);

        assertThat(run("run", design.toString())).as("stderr: %s", err).isZero();
        assertThat(out.toString()).contains("total: ").doesNotContain("Why did I lose messages?");
    }
}
