package org.zmqdesigner.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.zmqdesigner.engine.event.RunEvent;

/**
 * The pattern samples of issue 11 that need no behaviour of their own do, on real sockets, what
 * their teaching text says. Each runs for a few seconds; every wait is bounded and says what it
 * waited for.
 */
class PatternSampleBehaviourTest {

    @Test
    void one_subscriber_receives_from_both_publishers_each_its_own_citys_updates() throws Exception {
        List<RunEvent> events = new CopyOnWriteArrayList<>();
        try (TopologyRun run = TopologyRun.start(Runs.sample("multi-publisher"), RunOptions.DEFAULTS, events::addAll)) {
            // Five updates a second from each: a few seconds bring several from both.
            Runs.await("updates from both publishers to reach wuclient", 15_000,
                    () -> delivered(run, "new-york") >= 5 && delivered(run, "san-francisco") >= 5, run::report);
            // Events reach listeners on the bus's own thread, a moment after the counters move.
            Runs.await("traced updates from both cities", 5_000, () -> received(events, "wuclient").stream()
                    .map(RunEvent.MessageReceived::link).collect(java.util.stream.Collectors.toSet())
                    .containsAll(List.of("new-york", "san-francisco")), () -> received(events, "wuclient"));
            run.stop();
            RunReport report = run.report();

            assertThat(report.nodes().get("wuclient").received()).as("wuclient in %s", report)
                    .isEqualTo(delivered(run, "new-york") + delivered(run, "san-francisco"));
            List<RunEvent.MessageReceived> received = received(events, "wuclient");
            assertThat(received).as("traced updates").isNotEmpty().allSatisfy(m -> {
                String update = text(m.frames().get(0));
                assertThat(m.frames()).hasSize(1);
                assertThat(update).matches("\\d{5} -?\\d+ \\d+");
                assertThat(update).startsWith("new-york".equals(m.link()) ? "10001 " : "94105 ");
            });
            assertThat(received).extracting(RunEvent.MessageReceived::link)
                    .contains("new-york", "san-francisco");
        }
    }

    /**
     * The sink takes one message from each ventilator in turn: while the busy one has a backlog, a
     * quiet ventilator's task is never followed by another of its own, and none of the quiet one's
     * tasks waits behind the busy one's queue.
     */
    @Test
    void the_sink_takes_the_two_ventilators_tasks_in_turn_so_the_quiet_one_never_waits_behind_the_busy_one()
            throws Exception {
        List<RunEvent> events = new CopyOnWriteArrayList<>();
        try (TopologyRun run = TopologyRun.start(Runs.sample("fair-queuing"), RunOptions.DEFAULTS, events::addAll)) {
            Runs.await("the sink to take 30 tasks", 15_000,
                    () -> run.report().nodes().get("tasksink").received() >= 30, run::report);
            run.stop();
            RunReport report = run.report();
            long busySent = report.links().get("busy").sent();
            long busyTaken = delivered(run, "busy");
            long quietSent = report.links().get("quiet").sent();
            long quietTaken = delivered(run, "quiet");

            assertThat(quietTaken).as("quiet tasks taken of %d sent; %s", quietSent, report)
                    .isGreaterThanOrEqualTo(quietSent - 2);
            assertThat(busyTaken).as("busy tasks taken; %s", report).isGreaterThanOrEqualTo(quietTaken / 2);
            assertThat(busySent).as("the busy ventilator's backlog grows; %s", report).isGreaterThan(2 * busyTaken);
            List<String> order = received(events, "tasksink").stream().map(RunEvent.MessageReceived::link).toList();
            assertThat(order).as("links in the order the sink took their tasks").contains("busy", "quiet");
            // From the busy ventilator's second task on it has always had a backlog.
            int from = order.indexOf("busy") + 1;
            for (int i = from + 1; i < order.size(); i++) {
                assertThat(order.get(i - 1) + " " + order.get(i)).as("tasks %d and %d of %s", i - 1, i, order)
                        .isNotEqualTo("quiet quiet");
            }
        }
    }

    // msgqueue: see BrokerPatternTest, which runs it beside reqrep-broker.

    @Test
    void the_proxy_forwards_subscriptions_upstream_so_only_the_subscribed_zip_codes_leave_the_server()
            throws Exception {
        List<RunEvent> events = new CopyOnWriteArrayList<>();
        // Five times faster (100 updates a second), so that 200 updates make the fifth a clear share.
        try (TopologyRun run = TopologyRun.start(Runs.sample("weather-proxy"), RunOptions.DEFAULTS.withRateMultiplier(5),
                events::addAll)) {
            Runs.await("200 updates published and both wuclients to receive 4 through the proxy", 15_000, () -> {
                RunReport r = run.report();
                return r.nodes().get("wuserver").sent() >= 200
                        && r.nodes().get("wuclient-1").received() >= 4 && r.nodes().get("wuclient-2").received() >= 4;
            }, run::report);
            run.stop();
            RunReport report = run.report();

            assertThat(received(events, "wuclient-1")).isNotEmpty()
                    .allSatisfy(m -> assertThat(text(m.frames().get(0))).startsWith("10001 "));
            assertThat(received(events, "wuclient-2")).isNotEmpty()
                    .allSatisfy(m -> assertThat(text(m.frames().get(0))).startsWith("10002 "));
            // Two zip codes of ten: the server writes about a fifth of its updates to the proxy (40 of 200,
            // give or take 6; 80 would be seven times that off).
            long published = report.nodes().get("wuserver").sent();
            assertThat(report.links().get("updates").sent()).as("updates written to the proxy of %d; %s", published,
                    report).isPositive().isLessThan(published * 2 / 5);
            // The proxy is the server's only peer: every update the server wrote went to it.
            List<String> upstream = events.stream()
                    .filter(e -> e instanceof RunEvent.MessageSent s && "wuserver".equals(s.node()))
                    .map(e -> text(((RunEvent.MessageSent) e).frames().get(0))).toList();
            assertThat(upstream).as("what the server sent the proxy").isNotEmpty()
                    .allSatisfy(update -> assertThat(update).matches("1000[12] -?\\d+ \\d+"));
            // The proxy is observed like any node, and so are the links of subscribers that joined
            // it while it ran (inside ZMQ.proxy they read 0 / 0): every count matches its other end.
            RunReport.NodeReport proxy = report.nodes().get("wuproxy");
            assertThat(proxy.received()).as("%s", report).isEqualTo(report.links().get("updates").delivered())
                    .isEqualTo(proxy.sent());
            for (int client = 1; client <= 2; client++) {
                assertThat(report.links().get("client-" + client).delivered()).as("client-%d in %s", client, report)
                        .isEqualTo(report.nodes().get("wuclient-" + client).received());
            }
        }
    }

    @Test
    void a_subscriber_to_B_receives_only_the_B_keyed_updates_each_as_key_and_content() throws Exception {
        List<RunEvent> events = new CopyOnWriteArrayList<>();
        // Four times faster: eight updates a second instead of two.
        try (TopologyRun run = TopologyRun.start(Runs.sample("pubsub-envelope"), RunOptions.DEFAULTS.withRateMultiplier(4),
                events::addAll)) {
            Runs.await("psenvsub to receive 6 updates", 15_000,
                    () -> run.report().nodes().get("psenvsub").received() >= 6, run::report);
            run.stop();
            RunReport report = run.report();

            List<RunEvent.MessageReceived> received = received(events, "psenvsub");
            assertThat(received).as("traced updates; %s", report).isNotEmpty().allSatisfy(m ->
                    assertThat(m.frames()).extracting(PatternSampleBehaviourTest::text)
                            .containsExactly("B", "We would like to see this"));
            List<String> keys = events.stream().filter(e -> e instanceof RunEvent.MessageSent s
                    && "psenvpub".equals(s.node())).map(e -> text(((RunEvent.MessageSent) e).frames().get(0))).toList();
            assertThat(keys).as("keys the publisher wrote to the subscriber's connection").isNotEmpty().containsOnly("B");
            // A then B, one after the other: the publisher sent about twice what reached the subscriber.
            long sent = report.nodes().get("psenvpub").sent();
            assertThat(sent).as("published; %s", report).isGreaterThanOrEqualTo(2 * report.nodes().get("psenvsub").received());
        }
    }

    @Test
    void the_capture_listener_hears_every_update_the_proxy_passes_and_the_subscriptions_going_upstream()
            throws Exception {
        List<RunEvent> events = new CopyOnWriteArrayList<>();
        try (TopologyRun run = TopologyRun.start(Runs.sample("espresso"), RunOptions.DEFAULTS, events::addAll)) {
            // Once the listener has heard a copy it has joined the capture PUB; what passes later reaches it.
            Runs.await("the subscriber to receive 5 updates after the listener joined, and the listener a copy of each",
                    20_000, () -> {
                        List<String> later = updatesAfterListenerJoined(events);
                        return later.size() >= 5 && updates(events, "listener").containsAll(later.subList(0, 5));
                    // Once failed in CI with every copy counted: say whether the bus skipped events.
                    }, () -> run.report() + "; traced updates after the join: " + updatesAfterListenerJoined(events)
                            + "; listener's: " + updates(events, "listener") + "; events skipped: "
                            + events.stream().filter(e -> e instanceof RunEvent.EventsSkipped)
                                    .mapToLong(e -> ((RunEvent.EventsSkipped) e).count()).sum());
            run.stop();
            RunReport report = run.report();

            assertThat(updates(events, "subscriber")).as("the subscriber's updates")
                    .allSatisfy(u -> assertThat(u).matches("[AB]-\\d{5}"));
            List<String> copies = updates(events, "listener");
            assertThat(copies).as("copies of updates; %s", report).isNotEmpty()
                    .allSatisfy(u -> assertThat(u).matches("[AB]-\\d{5}"));
            // The subscriptions pass at once, as the run starts, and a copy that passes before the
            // listener's own subscription reached the capture PUB is lost (a slow joiner): they may be
            // missing here. PatternInteropTest sees a later subscription's copy arrive every time.
            assertThat(subscriptions(events, "listener")).as("copies of subscriptions going upstream")
                    .doesNotHaveDuplicates().isSubsetOf("A", "B");
        }
    }

    /** The subscriber's updates received from 200 ms after the listener's first copy on. */
    private static List<String> updatesAfterListenerJoined(List<RunEvent> events) {
        long joined = received(events, "listener").stream().mapToLong(RunEvent::nanos).min().orElse(Long.MAX_VALUE);
        if (joined == Long.MAX_VALUE) {
            return List.of();
        }
        return received(events, "subscriber").stream().filter(m -> m.nanos() > joined + 200_000_000L)
                .map(m -> m.frames().get(0)).filter(f -> f.length == 0 || f[0] != 1)
                .map(PatternSampleBehaviourTest::text).toList();
    }

    /**
     * The first frames of what the node received that are not subscriptions (a byte 1 then the
     * prefix) or unsubscriptions (a byte 0: a subscriber that stops before the proxy leaves them).
     */
    private static List<String> updates(List<RunEvent> events, String node) {
        return received(events, node).stream().map(m -> m.frames().get(0))
                .filter(f -> f.length == 0 || (f[0] != 1 && f[0] != 0))
                .map(PatternSampleBehaviourTest::text).toList();
    }

    private static List<String> subscriptions(List<RunEvent> events, String node) {
        return received(events, node).stream().map(m -> m.frames().get(0)).filter(f -> f.length > 0 && f[0] == 1)
                .map(f -> text(java.util.Arrays.copyOfRange(f, 1, f.length))).toList();
    }

    private static long delivered(TopologyRun run, String link) {
        Long delivered = run.report().links().get(link).delivered();
        return delivered == null ? 0 : delivered;
    }

    private static List<RunEvent.MessageReceived> received(List<RunEvent> events, String node) {
        return events.stream().filter(e -> e instanceof RunEvent.MessageReceived m && node.equals(m.node()))
                .map(e -> (RunEvent.MessageReceived) e).toList();
    }

    private static String text(byte[] frame) {
        return new String(frame, StandardCharsets.UTF_8);
    }
}
