package org.zmqdesigner.engine.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.zmqdesigner.engine.lesson.CheckResult.Status;
import org.zmqdesigner.engine.model.Behaviour;
import org.zmqdesigner.engine.model.Link;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.NodeKind;
import org.zmqdesigner.engine.model.Position;
import org.zmqdesigner.engine.model.Socket;
import org.zmqdesigner.engine.model.SocketOption;
import org.zmqdesigner.engine.model.SocketOptions;
import org.zmqdesigner.engine.model.SocketRef;
import org.zmqdesigner.engine.model.SocketType;
import org.zmqdesigner.engine.model.Topology;
import org.zmqdesigner.engine.runtime.RunReport;
import org.zmqdesigner.engine.text.Language;

/** Checks judged on small designs and on hand-made run reports, without running anything. */
class CheckEvaluatorTest {

    @AfterEach
    void english() {
        Language.set(Language.ENGLISH);
    }

    // --- small designs -------------------------------------------------------------------------

    private static Node server(int delayMs) {
        return new Node("server", null, NodeKind.APPLICATION, null, null, null,
                List.of(new Socket("rep", SocketType.REP, List.of("tcp://127.0.0.1:5555"), List.of(), null)),
                new Behaviour.Responder(null, delayMs, "World"));
    }

    private static Node client(String id) {
        return new Node(id, null, NodeKind.APPLICATION, null, null, null, List.of(new Socket("req", SocketType.REQ)),
                new Behaviour.Source(null, null, 10L, "Hello", null, null, List.of()));
    }

    private static Link hello(String client, String server) {
        return new Link("to-" + server + "-from-" + client, new SocketRef(client, "req"), new SocketRef(server, "rep"),
                "tcp://localhost:5555");
    }

    private static final Topology ONE_CLIENT = new Topology(null, null, List.of(client("client"), server(200)),
            List.of(hello("client", "server")));
    private static final Topology TWO_CLIENTS = ONE_CLIENT.withNode(client("client-2"))
            .withLink(hello("client-2", "server"));

    private static Topology weather(List<String> subscriptions) {
        Node publisher = new Node("server", null, NodeKind.APPLICATION, null, null, null,
                List.of(new Socket("pub", SocketType.PUB, List.of("tcp://127.0.0.1:5556"), List.of(), null)),
                new Behaviour.Source(null, 1000.0, null, "10001 x", null, null, List.of()));
        Node subscriber = new Node("client", null, NodeKind.APPLICATION, null, null, null,
                List.of(new Socket("sub", SocketType.SUB, List.of(), List.of(),
                        SocketOptions.DEFAULTS.withSubscribe(subscriptions))), new Behaviour.Sink(null, null));
        return new Topology(null, null, List.of(publisher, subscriber), List.of(new Link("updates",
                new SocketRef("client", "sub"), new SocketRef("server", "pub"), "tcp://localhost:5556")));
    }

    private static CheckResult design(Topology start, Topology current, Condition... conditions) {
        return CheckEvaluator.evaluate(new Check(Check.On.DESIGN, List.of(conditions)), start, current, Optional.empty());
    }

    private static CheckResult run(Topology design, RunReport report, Condition... conditions) {
        return CheckEvaluator.evaluate(new Check(Check.On.RUN, List.of(conditions)), design, design,
                Optional.ofNullable(report));
    }

    // --- design checks -------------------------------------------------------------------------

    @Test
    void two_clients_served_by_one_server_counts_the_clients_linked_to_the_same_socket() {
        Condition twoClients = new DesignCondition.ServedByOne(SocketType.REQ, SocketType.REP, 2);

        CheckResult one = design(ONE_CLIENT, ONE_CLIENT, twoClients);
        CheckResult two = design(ONE_CLIENT, TWO_CLIENTS, twoClients);

        assertThat(one.status()).isEqualTo(Status.FAILED);
        assertThat(one.reasons()).containsExactly("Only one node with a REQ socket is linked to server/rep; this step"
                + " needs 2, all linked to the same REP socket.");
        assertThat(two.passed()).isTrue();
        assertThat(two.reasons()).containsExactly("2 nodes with a REQ socket are linked to server/rep: client, client-2.");
    }

    @Test
    void two_clients_of_two_different_servers_are_not_served_by_one() {
        Node other = server(200).withId("server-2").withSockets(List.of(
                new Socket("rep", SocketType.REP, List.of("tcp://127.0.0.1:5560"), List.of(), null)));
        Topology split = ONE_CLIENT.withNode(other).withNode(client("client-2")).withLink(hello("client-2", "server-2"));

        CheckResult result = design(ONE_CLIENT, split, new DesignCondition.ServedByOne(SocketType.REQ, SocketType.REP, 2));

        assertThat(result.status()).isEqualTo(Status.FAILED);
    }

    @Test
    void moving_the_server_is_no_change_but_changing_its_work_is() {
        Condition unchanged = new DesignCondition.Unchanged("server");
        Topology moved = TWO_CLIENTS.replaceNode(server(200).withPosition(new Position(900, 40)).withName("big box"));
        Topology slower = TWO_CLIENTS.replaceNode(server(1000));

        assertThat(design(ONE_CLIENT, moved, unchanged).passed()).isTrue();
        CheckResult changed = design(ONE_CLIENT, slower, unchanged);
        assertThat(changed.status()).isEqualTo(Status.FAILED);
        assertThat(changed.reasons()).containsExactly("server has changed since the lesson started (its behaviour);"
                + " this step needs it as it was. Undo those changes.");
        assertThat(design(ONE_CLIENT, TWO_CLIENTS.withNodes(List.of(client("client"))), unchanged).reasons())
                .containsExactly("server is gone from the design; this step needs it as the lesson started it.");
    }

    @Test
    void a_subscription_must_start_with_the_prefix_and_with_only_nothing_else_may_pass() {
        Condition only10001 = new DesignCondition.Subscribes("client/sub", "10001", true);
        Condition any10001 = new DesignCondition.Subscribes("client", "10001", false);

        assertThat(design(weather(List.of()), weather(List.of()), only10001).reasons()).containsExactly(
                "client/sub subscribes to nothing, so it receives nothing: a SUB gets only the messages that start"
                        + " with one of its subscriptions. Subscribe it to \"10001\".");
        assertThat(design(weather(List.of()), weather(List.of("94105 ")), only10001).reasons()).containsExactly(
                "client/sub subscribes to \"94105 \", and none of it starts with \"10001\"; this step needs a"
                        + " subscription to \"10001\".");
        assertThat(design(weather(List.of()), weather(List.of("10001 ", "")), only10001).reasons()).singleElement()
                .asString().contains("also subscribes to \"\" (everything)");
        assertThat(design(weather(List.of()), weather(List.of("10001 ", "")), any10001).passed()).isTrue();
        assertThat(design(weather(List.of()), weather(List.of("10001 ")), only10001).passed()).isTrue();
        assertThat(design(weather(List.of()), weather(List.of("1000")), only10001).passed())
                .as("\"1000\" lets 10000 to 10009 through").isFalse();
    }

    @Test
    void an_option_left_out_counts_as_zeromqs_default() {
        Condition bigQueue = new DesignCondition.OptionLimit(SocketOption.SNDHWM, "server/pub",
                Comparison.atLeast(10_000));
        Topology raised = weather(List.of("10001 ")).replaceNode(weather(List.of()).node("server").orElseThrow()
                .withSocket("pub", new Socket("pub", SocketType.PUB, List.of("tcp://127.0.0.1:5556"), List.of(),
                        SocketOptions.DEFAULTS.withSndhwm(50_000))));

        assertThat(design(weather(List.of()), weather(List.of()), bigQueue).reasons())
                .containsExactly("SNDHWM of server/pub is 1,000; this step needs at least 10,000.");
        assertThat(design(weather(List.of()), raised, bigQueue).reasons())
                .containsExactly("SNDHWM of server/pub is 50,000.");
    }

    @Test
    void a_behaviour_setting_the_node_does_not_set_fails_every_comparison() {
        Condition waits = new DesignCondition.SettingLimit(Setting.AWAIT_PEERS, "server", Comparison.atLeast(1));
        Topology start = weather(List.of("10001 "));
        Node publisher = start.node("server").orElseThrow();
        Topology waiting = start.replaceNode(publisher.withBehaviour(
                ((Behaviour.Source) publisher.behaviour()).withAwaitPeers(1)));

        assertThat(design(start, start, waits).reasons())
                .containsExactly("awaitPeers of server is not set; this step needs at least 1.");
        assertThat(design(start, waiting, waits).passed()).isTrue();
    }

    @Test
    void a_design_with_an_error_fails_validates_with_the_validators_words() {
        Node puller = new Node("server", null, NodeKind.APPLICATION, null, null, null,
                List.of(new Socket("rep", SocketType.PULL, List.of("tcp://127.0.0.1:5555"), List.of(), null)),
                new Behaviour.Sink(null, null));
        Topology wrong = ONE_CLIENT.replaceNode(puller);

        CheckResult result = design(ONE_CLIENT, wrong, new DesignCondition.Validates());

        assertThat(result.status()).isEqualTo(Status.FAILED);
        assertThat(result.reasons()).singleElement().asString().startsWith("The design has ")
                .contains("A REQ socket cannot talk to a PULL socket");
    }

    // --- run checks ----------------------------------------------------------------------------

    private static RunReport.NodeReport counts(long sent, long received) {
        return new RunReport.NodeReport("running", sent, received, 0, 0, 0, 0, 0);
    }

    private static RunReport report(Map<String, RunReport.NodeReport> nodes, Map<String, RunReport.LinkReport> links) {
        long sent = nodes.values().stream().mapToLong(RunReport.NodeReport::sent).sum();
        long received = nodes.values().stream().mapToLong(RunReport.NodeReport::received).sum();
        return new RunReport("test", 1000, nodes, links, new RunReport.Totals(sent, received, 0, 0, 0), Map.of());
    }

    private static Map<String, RunReport.NodeReport> nodes(Object... idsAndCounts) {
        Map<String, RunReport.NodeReport> nodes = new LinkedHashMap<>();
        for (int i = 0; i < idsAndCounts.length; i += 2) {
            nodes.put((String) idsAndCounts[i], (RunReport.NodeReport) idsAndCounts[i + 1]);
        }
        return nodes;
    }

    private static final Condition BOTH_ANSWERED = new RunCondition.EveryNodeWith(SocketType.REQ, Counter.RECEIVED,
            Comparison.atLeast(3));

    @Test
    void a_run_check_without_a_run_asks_for_one_but_a_design_that_cannot_pass_is_told_first() {
        Condition twoClients = new DesignCondition.ServedByOne(SocketType.REQ, SocketType.REP, 2);

        CheckResult noRun = run(TWO_CLIENTS, null, twoClients, BOTH_ANSWERED);
        CheckResult wrongDesign = run(ONE_CLIENT, null, twoClients, BOTH_ANSWERED);

        assertThat(noRun.status()).isEqualTo(Status.NEEDS_RUN);
        assertThat(noRun.reasons()).containsExactly("Run the design to check this step: it is judged by what the run"
                + " counts.");
        assertThat(wrongDesign.status()).isEqualTo(Status.FAILED);
        assertThat(wrongDesign.reasons()).singleElement().asString().startsWith("Only one node with a REQ socket");
    }

    @Test
    void every_client_must_have_its_replies_and_the_reason_names_the_one_that_has_not() {
        RunReport oneStarved = report(nodes("client", counts(5, 4), "client-2", counts(1, 0), "server", counts(4, 5)),
                Map.of());
        RunReport both = report(nodes("client", counts(5, 4), "client-2", counts(4, 3), "server", counts(7, 8)),
                Map.of());

        CheckResult failed = run(TWO_CLIENTS, oneStarved, BOTH_ANSWERED);

        assertThat(failed.status()).isEqualTo(Status.FAILED);
        assertThat(failed.reasons()).containsExactly("Only 1 of 2 nodes with a REQ socket have at least 3: client-2"
                + " received 0 messages.");
        assertThat(run(TWO_CLIENTS, both, BOTH_ANSWERED).reasons()).containsExactly("All 2 nodes with a REQ socket did"
                + " it: client received 4 messages; client-2 received 3 messages.");
    }

    @Test
    void a_run_that_has_not_sent_enough_is_too_short_and_says_how_far_it_got() {
        Condition lostNone = new RunCondition.NodeCounter("client", Counter.LOST_SLOW_JOINER, Comparison.zero());
        Topology design = weather(List.of("10001 "));
        RunReport early = report(nodes("server", counts(312, 0), "client", counts(0, 20)), Map.of());
        Map<String, RunReport.NodeReport> late = nodes("server", counts(1500, 0),
                "client", new RunReport.NodeReport("running", 0, 1188, 0, 0, 312, 0, 0));

        CheckResult tooShort = run(design, early, new RunCondition.RunSent(1000), lostNone);
        CheckResult lost = run(design, report(late, Map.of()), new RunCondition.RunSent(1000), lostNone);

        assertThat(tooShort.status()).isEqualTo(Status.RUN_TOO_SHORT);
        assertThat(tooShort.reasons()).containsExactly("The run has sent 312 messages so far; this check needs at least"
                + " 1,000 to judge. Let it run longer.");
        assertThat(lost.status()).isEqualTo(Status.FAILED);
        assertThat(lost.reasons()).containsExactly("client lost 312 messages because it joined late (the slow joiner);"
                + " this step needs none.");
    }

    @Test
    void a_loss_is_final_while_a_count_that_grows_may_still_pass() {
        Topology design = weather(List.of("10001 "));
        Map<String, RunReport.NodeReport> lossy = nodes("server", counts(1500, 0),
                "client", new RunReport.NodeReport("running", 0, 10, 0, 0, 312, 0, 0));
        Check lostNone = new Check(Check.On.RUN, List.of(
                new RunCondition.NodeCounter("client", Counter.LOST_SLOW_JOINER, Comparison.zero())));
        Check hundred = new Check(Check.On.RUN, List.of(
                new RunCondition.NodeCounter("client", Counter.RECEIVED, Comparison.atLeast(100))));

        assertThat(CheckEvaluator.judge(lostNone, design, design, Optional.of(report(lossy, Map.of()))).settled())
                .isTrue();
        assertThat(CheckEvaluator.judge(hundred, design, design, Optional.of(report(lossy, Map.of()))).settled())
                .isFalse();
    }

    @Test
    void a_filter_shows_as_fewer_received_than_the_publishers_sent_while_it_listened() {
        Condition filtered = new RunCondition.Filtered("client");
        Topology design = weather(List.of("10001 "));
        RunReport some = report(nodes("server", counts(2000, 0),
                "client", new RunReport.NodeReport("running", 0, 95, 0, 0, 100, 0, 0)), Map.of());
        RunReport all = report(nodes("server", counts(2000, 0),
                "client", new RunReport.NodeReport("running", 0, 1900, 0, 0, 100, 0, 0)), Map.of());
        RunReport none = report(nodes("server", counts(2000, 0), "client", counts(0, 0)), Map.of());

        assertThat(run(design, some, filtered).reasons()).containsExactly("client received 95 of the 1,900 messages"
                + " its publishers sent while it listened: its subscriptions let only the matching ones through.");
        assertThat(run(design, all, filtered).status()).isEqualTo(Status.FAILED);
        assertThat(run(design, all, filtered).reasons()).singleElement().asString().contains("filtered nothing out");
        assertThat(run(design, none, filtered).reasons()).singleElement().asString().startsWith("client received nothing");
    }

    @Test
    void every_link_of_the_subscriber_must_deliver() {
        Condition eachLink = new RunCondition.EveryLinkOf("client", Counter.DELIVERED, Comparison.atLeast(10));
        Topology design = weather(List.of("10001 "));
        Map<String, RunReport.NodeReport> counted = nodes("server", counts(40, 0), "client", counts(0, 3));

        CheckResult few = run(design, report(counted, Map.of("updates", new RunReport.LinkReport(40L, 3L, 0))), eachLink);
        CheckResult enough = run(design, report(counted, Map.of("updates", new RunReport.LinkReport(40L, 12L, 0))),
                eachLink);

        assertThat(few.reasons()).containsExactly("Not every link of client has at least 10: link updates delivered 3"
                + " messages.");
        assertThat(enough.passed()).isTrue();
    }

    @Test
    void a_node_state_is_read_from_the_report() {
        Condition gaveUp = new RunCondition.EndedIn("client", EndState.GAVE_UP);
        RunReport running = report(nodes("client", counts(3, 2)), Map.of());
        RunReport gone = report(nodes("client", new RunReport.NodeReport("gave_up", 3, 2, 0, 0, 0, 0, 0)), Map.of());

        assertThat(run(ONE_CLIENT, running, gaveUp).reasons())
                .containsExactly("client is still running, but this step needs a run in which it gives up.");
        assertThat(run(ONE_CLIENT, gone, gaveUp).passed()).isTrue();
    }

    @Test
    void reasons_follow_the_current_language() {
        Language.set(Language.KOREAN);
        RunReport oneStarved = report(nodes("client", counts(5, 4), "client-2", counts(1, 0)), Map.of());

        CheckResult failed = run(TWO_CLIENTS, oneStarved, BOTH_ANSWERED);

        assertThat(failed.reasons()).containsExactly("REQ 소켓을 가진 노드 2개 중 3 이상 조건을 채운 노드는 1개뿐이에요:"
                + " client-2이(가) 메시지 0개를 받았어요.");
    }
}
