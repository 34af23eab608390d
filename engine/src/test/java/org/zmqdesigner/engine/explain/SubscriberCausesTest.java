package org.zmqdesigner.engine.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zmqdesigner.engine.explain.Trial.causes;
import static org.zmqdesigner.engine.explain.Trial.fixed;
import static org.zmqdesigner.engine.explain.Trial.only;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zmqdesigner.engine.edit.MoveNodes;
import org.zmqdesigner.engine.model.SocketRef;
import org.zmqdesigner.engine.model.SocketType;
import org.zmqdesigner.engine.model.Topology;
import org.zmqdesigner.engine.runtime.RunReport;

/** The subscriber's branches of the Missing Message Problem Solver, each from a small design run for real. */
class SubscriberCausesTest {

    private static final SocketRef SUB = new SocketRef("subscriber", "sub");
    private static final SocketRef PUB = new SocketRef("publisher", "pub");

    /** A publisher sending {@code count} messages at 1,000 a second to one subscriber over inproc. */
    private static Topology pubSub(String subscribe, String payload) {
        return Trial.design("""
                {"formatVersion": 1, "title": "pubsub",
                 "nodes": [
                  {"id": "publisher", "sockets": [{"id": "pub", "type": "PUB", "binds": ["inproc://news"]}],
                   "behaviour": {"type": "source", "rate": 1000, "count": 200, "payload": "%s"}},
                  {"id": "subscriber", "sockets": [{"id": "sub", "type": "SUB"%s}],
                   "behaviour": {"type": "sink"}}],
                 "links": [{"id": "news", "from": {"node": "subscriber", "socket": "sub"},
                   "to": {"node": "publisher", "socket": "pub"}, "endpoint": "inproc://news"}]}
                """.formatted(payload, subscribe == null ? "" : ", \"options\": {\"subscribe\": [\"" + subscribe + "\"]}"));
    }

    private static List<Finding> runUntilPublished(Topology design, Trial[] kept) throws Exception {
        try (Trial trial = Trial.start(design)) {
            trial.await("the publisher to send its 200 messages", 5_000, () -> trial.node("publisher").sent() == 200);
            List<Finding> findings = trial.stopAndExplain();
            kept[0] = trial;
            return findings;
        }
    }

    @Test
    void a_sub_without_a_subscription_is_named_with_what_was_published_and_subscribing_fixes_it() throws Exception {
        Topology design = pubSub(null, "update {seq}");
        Trial[] trial = new Trial[1];
        List<Finding> findings = runUntilPublished(design, trial);
        RunReport report = trial[0].report();

        Finding f = only(findings, Cause.NO_SUBSCRIPTION);
        assertThat(findings.get(0)).isSameAs(f);
        assertThat(f.sockets()).contains(SUB, PUB);
        assertThat(f.links()).containsExactly("news");
        assertThat(f.number(Measure.SENT)).isEqualTo(report.nodes().get("publisher").sent()).isEqualTo(200);
        assertThat(f.number(Measure.RECEIVED)).isEqualTo(report.nodes().get("subscriber").received()).isZero();
        assertThat(f.headline()).contains("subscriber/sub", "200");
        assertThat(f.text()).contains("subscribe to get messages");

        Topology after = fixed(design, f);
        assertThat(after.socket(SUB).orElseThrow().options().subscribe()).containsExactly("");
        try (Trial again = Trial.start(after)) {
            again.await("the publisher to send its 200 messages", 5_000, () -> again.node("publisher").sent() == 200);
            again.await("the subscriber to receive", 2_000, () -> again.node("subscriber").received() > 0);
            assertThat(causes(again.stopAndExplain())).doesNotContain(Cause.NO_SUBSCRIPTION);
        }
    }

    @Test
    void a_filter_that_matches_nothing_sent_is_named_and_subscribing_to_the_sent_prefix_fixes_it() throws Exception {
        Topology design = pubSub("weather", "update {seq}");
        Trial[] trial = new Trial[1];
        List<Finding> findings = runUntilPublished(design, trial);
        RunReport report = trial[0].report();

        Finding f = only(findings, Cause.FILTER_MATCHES_NOTHING);
        assertThat(f.sockets()).contains(SUB);
        assertThat(f.links()).containsExactly("news");
        assertThat(f.number(Measure.SENT)).isEqualTo(report.nodes().get("publisher").sent());
        assertThat(f.number(Measure.RECEIVED)).isEqualTo(report.nodes().get("subscriber").received()).isZero();
        assertThat(f.text()).contains("\"weather\"", "\"update 1\"", "Subscribe subscriber/sub to \"update \"");

        Topology after = fixed(design, f);
        assertThat(after.socket(SUB).orElseThrow().options().subscribe()).containsExactly("update ");
        Topology moved = new MoveNodes(Set.of("subscriber"), 40, 0).apply(design);
        assertThat(fixed(moved, f).node("subscriber").orElseThrow().position())
                .as("the fix changes the subscription only, in the design as it is now")
                .isEqualTo(moved.node("subscriber").orElseThrow().position());
        try (Trial again = Trial.start(after)) {
            again.await("the publisher to send its 200 messages", 5_000, () -> again.node("publisher").sent() == 200);
            again.await("the subscriber to receive", 2_000, () -> again.node("subscriber").received() > 0);
            assertThat(causes(again.stopAndExplain())).doesNotContain(Cause.FILTER_MATCHES_NOTHING);
        }
    }

    @Test
    void a_rare_filter_on_messages_whose_beginning_varies_is_explained_without_an_edit() throws Exception {
        Topology design = pubSub("10001 ", "{rand:0..9999999:%07d} {rand:-20..40}");
        Trial[] trial = new Trial[1];
        List<Finding> findings = runUntilPublished(design, trial);

        Finding f = only(findings, Cause.FILTER_MATCHES_NOTHING);
        assertThat(f.number(Measure.SENT)).isEqualTo(trial[0].report().nodes().get("publisher").sent());
        assertThat(f.text()).contains("beginning varies", "longer run");
        assertThat(f.fix()).as("the filter may be right: nothing to change").isEmpty();
    }

    @Test
    void a_slow_joiner_is_counted_as_the_report_counts_it_and_waiting_for_subscribers_fixes_it() throws Exception {
        int port = Trial.freePort();
        Topology design = Trial.design("""
                {"formatVersion": 1, "title": "slow joiner",
                 "nodes": [
                  {"id": "publisher", "sockets": [{"id": "pub", "type": "PUB", "binds": ["tcp://127.0.0.1:%d"],
                     "options": {"sndhwm": 20000}}],
                   "behaviour": {"type": "source", "rate": 20000, "count": 6000, "payload": "update {seq}"}},
                  {"id": "subscriber", "startDelayMs": 100,
                   "sockets": [{"id": "sub", "type": "SUB", "options": {"subscribe": [""]}}],
                   "behaviour": {"type": "sink"}}],
                 "links": [{"id": "updates", "from": {"node": "subscriber", "socket": "sub"},
                   "to": {"node": "publisher", "socket": "pub"}, "endpoint": "tcp://localhost:%d"}]}
                """.formatted(port, port));
        Finding f;
        RunReport report;
        try (Trial trial = Trial.start(design)) {
            trial.await("every message to be received or counted", 5_000, () -> {
                RunReport.NodeReport s = trial.node("subscriber");
                return trial.node("publisher").sent() == 6000
                        && s.received() + s.lostSlowJoiner() + s.lostHwm() + s.publishedWhileAway() == 6000;
            });
            List<Finding> findings = trial.stopAndExplain();
            report = trial.report();
            f = only(findings, Cause.SLOW_JOINER);
        }
        RunReport.NodeReport sub = report.nodes().get("subscriber");
        assertThat(sub.lostSlowJoiner()).as("the run's own count").isPositive();
        assertThat(f.number(Measure.LOST_SLOW_JOINER)).isEqualTo(sub.lostSlowJoiner());
        assertThat(f.number(Measure.PUBLISHED_WHILE_AWAY)).isEqualTo(sub.publishedWhileAway());
        assertThat(f.number(Measure.RECEIVED)).isEqualTo(sub.received());
        assertThat(f.sockets()).containsExactly(SUB, PUB);
        assertThat(f.nodes().get(0)).isEqualTo("subscriber");
        assertThat(f.links()).containsExactly("updates");
        assertThat(f.headline()).contains(String.format("%,d", sub.lostSlowJoiner()));

        Topology after = fixed(design, f);
        assertThat(after.socket(PUB).orElseThrow().type()).isEqualTo(SocketType.XPUB);
        try (Trial again = Trial.start(after)) {
            again.await("the subscriber to receive all 6,000", 5_000, () -> again.node("subscriber").received() == 6000);
            List<Finding> findings = again.stopAndExplain();
            assertThat(again.report().nodes().get("subscriber").lostSlowJoiner()).isZero();
            assertThat(causes(findings)).containsExactly(Cause.NOTHING_LOST);
        }
    }

    @Test
    void drops_at_the_high_water_mark_are_counted_where_they_happen_and_raising_the_hwm_fixes_them() throws Exception {
        Topology design = Trial.design("""
                {"formatVersion": 1, "title": "hwm",
                 "nodes": [
                  {"id": "publisher", "sockets": [{"id": "pub", "type": "XPUB", "binds": ["inproc://ticks"],
                     "options": {"sndhwm": 10, "rcvhwm": 10}}],
                   "behaviour": {"type": "source", "count": 400, "payload": "tick {seq}", "awaitPeers": 1}},
                  {"id": "subscriber", "sockets": [{"id": "sub", "type": "SUB",
                     "options": {"rcvhwm": 10, "subscribe": [""]}}],
                   "behaviour": {"type": "sink", "delayMs": 1}}],
                 "links": [{"id": "ticks", "from": {"node": "subscriber", "socket": "sub"},
                   "to": {"node": "publisher", "socket": "pub"}, "endpoint": "inproc://ticks"}]}
                """);
        Finding f;
        RunReport report;
        try (Trial trial = Trial.start(design)) {
            trial.await("every message to be received or counted", 5_000, () -> {
                RunReport.NodeReport s = trial.node("subscriber");
                return trial.node("publisher").sent() == 400 && s.received() + s.lostHwm() == 400;
            });
            List<Finding> findings = trial.stopAndExplain();
            report = trial.report();
            f = only(findings, Cause.HWM_DROPS);
            assertThat(findings.get(0)).isSameAs(f);
        }
        assertThat(report.nodes().get("subscriber").lostHwm()).isPositive();
        assertThat(f.number(Measure.LOST_HWM)).isEqualTo(report.nodes().get("subscriber").lostHwm())
                .isEqualTo(report.nodes().get("publisher").dropped());
        assertThat(f.number(Measure.HWM)).isEqualTo(10);
        assertThat(f.sockets()).contains(PUB, SUB);
        assertThat(f.links()).containsExactly("ticks");

        Topology after = fixed(design, f);
        assertThat(after.socket(PUB).orElseThrow().options().sndhwm()).isEqualTo(401);
        try (Trial again = Trial.start(after)) {
            again.await("the subscriber to receive all 400", 5_000, () -> again.node("subscriber").received() == 400);
            assertThat(causes(again.stopAndExplain())).doesNotContain(Cause.HWM_DROPS);
        }
    }
}
