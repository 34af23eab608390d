package org.zmqdesigner.app.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceCsvTest {

    @TempDir
    Path folder;

    private static TraceRow row(String payload) {
        return new TraceRow(1_234_567_890L, "ventilator/out", "worker-1/in", "PUSH → PULL", 1, payload, 42);
    }

    @Test
    void a_plain_row_is_written_as_is_with_seconds_to_three_decimals() {
        assertThat(TraceCsv.line(row("task 7"))).isEqualTo("1.235,ventilator/out,worker-1/in,PUSH → PULL,1,task 7,42");
    }

    @Test
    void fields_with_commas_quotes_or_line_breaks_are_quoted_and_quotes_doubled() {
        assertThat(TraceCsv.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(TraceCsv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(TraceCsv.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(TraceCsv.field("cr\rhere")).isEqualTo("\"cr\rhere\"");
        assertThat(TraceCsv.field("plain")).isEqualTo("plain");
        assertThat(TraceCsv.line(row("x,\"y\""))).endsWith(",1,\"x,\"\"y\"\"\",42");
    }

    @Test
    void the_file_has_a_header_crlf_line_ends_and_utf8_text() throws Exception {
        Path file = folder.resolve("trace.csv");

        TraceCsv.write(file, List.of(row("héllo → 世界"), row("a\r\nb")));

        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo(TraceCsv.HEADER + "\r\n"
                + "1.235,ventilator/out,worker-1/in,PUSH → PULL,1,héllo → 世界,42\r\n"
                + "1.235,ventilator/out,worker-1/in,PUSH → PULL,1,\"a\r\nb\",42\r\n");
        assertThat(TraceCsv.HEADER).isEqualTo("time_s,from,to,types,frames,payload,message_id");
    }

    @Test
    void writing_replaces_the_file_and_leaves_no_temporary_file() throws Exception {
        Path file = folder.resolve("trace.csv");
        Files.writeString(file, "old content that is longer than the new one\n".repeat(50));

        TraceCsv.write(file, List.of(row("new")));

        assertThat(Files.readString(file)).startsWith(TraceCsv.HEADER).contains(",new,").doesNotContain("old");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void an_unpaired_surrogate_does_not_fail_the_export() throws Exception {
        Path file = folder.resolve("cut.csv");

        TraceCsv.write(file, List.of(row("cut \uD83D")));

        assertThat(Files.readString(file)).contains(",cut ?,");
    }
}
