package org.zmqdesigner.engine.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zmqdesigner.engine.explain.Trial.only;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.zmqdesigner.engine.model.Topology;
import org.zmqdesigner.engine.runtime.RunReport;
import org.zmqdesigner.engine.text.Language;

/** The all-clear with the totals, and the same findings in Korean. */
class ExplainerWordsTest {

    @AfterEach
    void english() {
        Language.set(Language.ENGLISH);
    }

    private static final String CLEAN = """
            {"formatVersion": 1, "nodes": [
              {"id": "source", "sockets": [{"id": "out", "type": "PUSH", "binds": ["inproc://work"]}],
               "behaviour": {"type": "source", "count": 50, "payload": "task {seq}", "awaitPeers": 1}},
              {"id": "sink", "sockets": [{"id": "in", "type": "PULL"}], "behaviour": {"type": "sink", "count": 50}}],
             "links": [{"id": "work", "from": {"node": "sink", "socket": "in"},
               "to": {"node": "source", "socket": "out"}, "endpoint": "inproc://work"}]}
            """;

    @Test
    void a_clean_run_says_nothing_was_lost_with_the_report_totals() throws Exception {
        try (Trial trial = Trial.start(Trial.design(CLEAN))) {
            assertThat(trial.run.awaitFinished(5_000)).as("the run finishes").isTrue();
            List<Finding> findings = trial.stopAndExplain();
            RunReport.Totals totals = trial.report().totals();

            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.cause()).isEqualTo(Cause.NOTHING_LOST);
                assertThat(f.number(Measure.SENT)).isEqualTo(totals.sent()).isEqualTo(50);
                assertThat(f.number(Measure.RECEIVED)).isEqualTo(totals.received()).isEqualTo(50);
                assertThat(f.headline()).isEqualTo("Nothing was lost");
                assertThat(f.fix()).isEmpty();
            });
        }
    }

    @Test
    void in_korean_the_findings_and_their_fixes_are_korean() throws Exception {
        Topology design = Trial.design("""
                {"formatVersion": 1, "nodes": [
                  {"id": "publisher", "sockets": [{"id": "pub", "type": "PUB", "binds": ["inproc://news"]}],
                   "behaviour": {"type": "source", "rate": 1000, "count": 50, "payload": "update {seq}"}},
                  {"id": "subscriber", "sockets": [{"id": "sub", "type": "SUB", "options": {"subscribe": ["weather"]}}],
                   "behaviour": {"type": "sink"}}],
                 "links": [{"id": "news", "from": {"node": "subscriber", "socket": "sub"},
                   "to": {"node": "publisher", "socket": "pub"}, "endpoint": "inproc://news"}]}
                """);
        try (Trial trial = Trial.start(design)) {
            trial.await("the publisher to finish", 5_000, () -> trial.node("publisher").sent() == 50);
            trial.run.stop();
            String english = only(Explainer.explain(trial.run, trial.observer), Cause.FILTER_MATCHES_NOTHING).text();

            Language.set(Language.KOREAN);
            Finding f = only(Explainer.explain(trial.run, trial.observer), Cause.FILTER_MATCHES_NOTHING);

            assertThat(f.headline()).matches(".*[가-힣].*").contains("subscriber/sub");
            assertThat(f.text()).matches("(?s).*[가-힣]{2,}.*").contains("\"update \"").isNotEqualTo(english)
                    .doesNotContain("subscribes to", "Subscribe");
            assertThat(f.fix().orElseThrow().description()).matches(".*[가-힣].*");
            assertThat(f.text(Locale.ENGLISH)).isEqualTo(english);
        }
    }
}
