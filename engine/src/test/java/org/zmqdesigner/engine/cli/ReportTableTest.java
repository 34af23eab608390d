package org.zmqdesigner.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zmqdesigner.engine.runtime.RunReport;

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
}
