package org.zmqdesigner.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.zmqdesigner.engine.runtime.RunReport;
import org.zmqdesigner.engine.text.Language;

class ReportTableTest {

    private static String print(Map<String, RunReport.NodeReport> nodes) {
        StringWriter out = new StringWriter();
        ReportTable.print(new RunReport("lazy-pirate", 5_000, nodes, Map.of(),
                new RunReport.Totals(0, 0, 0, 0, 0), Map.of()), new PrintWriter(out));
        return out.toString();
    }

    @Test
    void the_table_says_how_many_requests_a_lazy_pirate_client_retried() {
        Map<String, RunReport.NodeReport> nodes = new LinkedHashMap<>();
        nodes.put("lpclient", new RunReport.NodeReport("gave_up", 9, 5, 0, 0, 0, 0, 0, 4));
        nodes.put("lpserver", new RunReport.NodeReport("running", 5, 5, 0, 0, 0, 0, 0));
        String table = print(nodes);
        assertThat(table).contains("lpclient made 4 retries: a request sent again on a new socket after no reply"
                + " came in time (Lazy Pirate)");
        assertThat(table).doesNotContain("lpserver made");
    }

    @Test
    void without_retries_the_table_says_nothing_of_them() {
        assertThat(print(Map.of("client", new RunReport.NodeReport("finished", 3, 3, 0, 0, 0, 0, 0))))
                .doesNotContain("retr");
    }

    @AfterEach
    void backToEnglish() {
        Language.set(Language.ENGLISH);
    }

    /** A report with every part the table prints: links counted elsewhere, outsiders, retries, a failure. */
    private static RunReport everything() {
        Map<String, RunReport.NodeReport> nodes = new LinkedHashMap<>();
        nodes.put("lpclient", new RunReport.NodeReport("gave_up", 9, 5, 0, 0, 0, 0, 0, 1));
        nodes.put("subscriber", new RunReport.NodeReport("running", 0, 12_345, 2, 3, 4, 5, 6));
        Map<String, RunReport.LinkReport> links = new LinkedHashMap<>();
        links.put("client-server", new RunReport.LinkReport(9L, 5L, 2));
        links.put("far", new RunReport.LinkReport(null, 7L, 0));
        Map<String, RunReport.OutsidePeer> outside = new LinkedHashMap<>();
        outside.put("10.0.0.7", new RunReport.OutsidePeer(1, 1_500, 0));
        outside.put("10.0.0.8", new RunReport.OutsidePeer(3, 0, 2));
        outside.put(RunReport.OTHER_HOSTS, new RunReport.OutsidePeer(40, 0, 0));
        return new RunReport("lazy-pirate", 5_250, nodes, links, new RunReport.Totals(9, 12_350, 4, 5, 3), outside,
                "the engine's thread x died (boom), so the run stopped");
    }

    private static String print(RunReport report) {
        StringWriter out = new StringWriter();
        ReportTable.print(report, new PrintWriter(out));
        return out.toString();
    }

    @Test
    void in_english_the_table_is_what_it_was_before_it_had_words_in_two_languages() {
        assertThat(print(everything())).isEqualTo(String.join(System.lineSeparator(),
                "lazy-pirate — ran 5.3 s",
                "node        state           sent   received   dropped  unroutable  slow-joiner  hwm-lost before-start",
                "lpclient    gave_up            9          5         0           0            0         0            0",
                "subscriber  running            0      12345         2           3            4         5            6",
                "",
                "link                 sent  delivered max-queue-depth",
                "client-server           9          5               2",
                "far             elsewhere          7               0",
                "(elsewhere: that end of the link runs in another process, which counts it)",
                "",
                "outside program(s) at 10.0.0.7: 1 connection, 1500 messages",
                "outside program(s) at 10.0.0.8: 3 connections, 0 messages, 2 refused (never completed the ZeroMQ"
                        + " handshake)",
                "outside program(s) at other hosts: 40 connections, 0 messages",
                "(before-start: published while that subscriber was not running, before it started or while it was"
                        + " stopped; it could never get those, so they are not losses)",
                "lpclient made 1 retry: a request sent again on a new socket after no reply came in time (Lazy Pirate)",
                "",
                "engine failure: the engine's thread x died (boom), so the run stopped",
                "",
                "total: 9 sent, 12350 received, 4 lost to slow joining, 5 lost at the HWM, 3 unroutable",
                ""));
    }

    @Test
    void in_korean_the_table_has_korean_words_and_its_columns_still_line_up() {
        Language.set(Language.KOREAN);
        java.util.List<String> lines = print(everything()).lines().toList();

        assertThat(lines.get(0)).isEqualTo("lazy-pirate — 5.3초 실행");
        assertThat(lines.get(1)).startsWith("노드").contains("상태").contains("보냄").contains("받음").contains("시작 전");
        // Right-aligned columns end where the heading ends, a Hangul letter being two columns wide.
        assertThat(ReportTable.columns(lines.get(1))).isEqualTo(ReportTable.columns(lines.get(2)))
                .isEqualTo(ReportTable.columns(lines.get(3)));
        assertThat(ReportTable.columns(lines.get(5))).isEqualTo(ReportTable.columns(lines.get(7)));
        assertThat(lines.get(7)).contains("다른 곳");
        assertThat(String.join("\n", lines)).contains("외부 프로그램(10.0.0.8): 연결 3개, 메시지 0개, 거부 2개")
                .contains("외부 프로그램(그 밖의 호스트): 연결 40개")
                .contains("lpclient: 재시도 1번").contains("합계: 보냄 9, 받음 12350")
                .doesNotContain("elsewhere").doesNotContain("made 1 retry").doesNotContain("total:");
    }
}
