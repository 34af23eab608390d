package org.zmqdesigner.engine.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zmqdesigner.engine.explain.Trial.causes;
import static org.zmqdesigner.engine.explain.Trial.fixed;
import static org.zmqdesigner.engine.explain.Trial.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zmqdesigner.engine.event.RunEvent.NodeState;
import org.zmqdesigner.engine.model.Behaviour;
import org.zmqdesigner.engine.model.SocketRef;
import org.zmqdesigner.engine.model.Topology;
import org.zmqdesigner.engine.runtime.RunOptions;
import org.zmqdesigner.engine.runtime.RunReport;

/** The explainer's other branches (routing, nodes down, REQ, endpoints, PUSH), each from a design run for real. */
class NodeAndConnectionCausesTest {

    /** A client that waits half a second for each reply, so a lost one ends the run quickly. */
    private static final RunOptions IMPATIENT = RunOptions.DEFAULTS.withReplyPatienceMillis(500);

    private static Topology reqRep(int port, String clientSocket, String serverBehaviour, String link) {
        return Trial.design("""
                {"formatVersion": 1, "title": "hello",
                 "nodes": [
                  {"id": "server", "sockets": [{"id": "rep", "type": "REP", "binds": ["tcp://127.0.0.1:%s"]}],
                   "behaviour": %s},
                  {"id": "client", "sockets": [%s],
                   "behaviour": {"type": "source", "count": 3, "payload": "Hello {seq}"}}],
                 "links": [%s]}
                """.formatted(String.valueOf(port), serverBehaviour, clientSocket, link));
    }

    private static String link(int port) {
        return """
                {"id": "hello", "from": {"node": "client", "socket": "req"}, "to": {"node": "server", "socket": "rep"},
                 "endpoint": "tcp://localhost:%d"}""".formatted(port);
    }

    @Test
    void a_router_dropping_unroutable_messages_is_counted_with_no_edit_offered() throws Exception {
        Topology design = Trial.design("""
                {"formatVersion": 1, "title": "router",
                 "nodes": [
                  {"id": "boss", "sockets": [{"id": "router", "type": "ROUTER", "binds": ["inproc://jobs"]}],
                   "behaviour": {"type": "source", "rate": 2000, "count": 100, "topic": "{cycle:w1|w2}",
                                 "payload": "job {seq}"}},
                  {"id": "worker", "sockets": [{"id": "dealer", "type": "DEALER", "options": {"routingId": "w1"}}],
                   "behaviour": {"type": "sink"}}],
                 "links": [{"id": "jobs", "from": {"node": "worker", "socket": "dealer"},
                   "to": {"node": "boss", "socket": "router"}, "endpoint": "inproc://jobs"}]}
                """);
        try (Trial trial = Trial.start(design)) {
            trial.await("the boss to send its 100 jobs", 5_000,
                    () -> trial.run.nodeStates().get("boss") == NodeState.FINISHED);
            List<Finding> findings = trial.stopAndExplain();
            RunReport.NodeReport boss = trial.report().nodes().get("boss");

            Finding f = only(findings, Cause.UNROUTABLE);
            assertThat(boss.unroutable()).isGreaterThanOrEqualTo(50);
            assertThat(f.number(Measure.UNROUTABLE)).isEqualTo(boss.unroutable());
            assertThat(f.number(Measure.SENT)).isEqualTo(boss.sent());
            assertThat(f.sockets()).first().isEqualTo(new SocketRef("boss", "router"));
            assertThat(f.text()).contains("\"w2\"", "\"w1\"", "ROUTER_MANDATORY");
            assertThat(f.fix()).isEmpty();
        }
    }

    @Test
    void a_crashed_server_and_the_client_stuck_behind_it_are_both_named() throws Exception {
        int port = Trial.freePort();
        Topology design = reqRep(port, "{\"id\": \"req\", \"type\": \"REQ\"}",
                "{\"type\": \"responder\", \"reply\": \"World\", \"faults\": {\"crashAfter\": 1}}", link(port));
        try (Trial trial = Trial.start(design, IMPATIENT)) {
            trial.await("the client to give up", 5_000, () -> trial.run.nodeStates().get("client") == NodeState.GAVE_UP);
            List<Finding> findings = trial.stopAndExplain();
            RunReport report = trial.report();

            Finding crash = only(findings, Cause.NODE_CRASHED);
            assertThat(crash.nodes()).containsExactly("server");
            assertThat(crash.number(Measure.SENT)).isEqualTo(report.nodes().get("server").sent()).isEqualTo(1);
            assertThat(crash.number(Measure.RECEIVED)).isEqualTo(report.nodes().get("server").received());
            assertThat(crash.text()).contains("crashed");

            Finding stuck = only(findings, Cause.REQ_STUCK);
            assertThat(stuck.sockets()).first().isEqualTo(new SocketRef("client", "req"));
            assertThat(stuck.links()).containsExactly("hello");
            assertThat(stuck.number(Measure.SENT)).isEqualTo(report.nodes().get("client").sent()).isEqualTo(2);
            assertThat(stuck.number(Measure.RECEIVED)).isEqualTo(report.nodes().get("client").received()).isEqualTo(1);
            assertThat(stuck.text()).contains("server, its server, is down");
            assertThat(causes(findings).indexOf(Cause.NODE_CRASHED)).isLessThan(causes(findings).indexOf(Cause.REQ_STUCK));
        }
    }

    @Test
    void a_req_that_gave_up_on_a_slow_server_is_fixed_by_the_lazy_pirate_edit() throws Exception {
        int port = Trial.freePort();
        Topology design = reqRep(port, "{\"id\": \"req\", \"type\": \"REQ\"}",
                "{\"type\": \"responder\", \"reply\": \"World\", \"faults\": {\"stallMs\": 700}}", link(port));
        Finding stuck;
        try (Trial trial = Trial.start(design, IMPATIENT)) {
            trial.await("the client to give up", 5_000, () -> trial.run.nodeStates().get("client") == NodeState.GAVE_UP);
            List<Finding> findings = trial.stopAndExplain();
            stuck = only(findings, Cause.REQ_STUCK);
            assertThat(stuck.number(Measure.SENT)).isEqualTo(trial.report().nodes().get("client").sent());
            assertThat(stuck.number(Measure.RECEIVED)).isEqualTo(trial.report().nodes().get("client").received())
                    .isZero();
        }
        Topology after = fixed(design, stuck);
        Behaviour.Source client = (Behaviour.Source) after.node("client").orElseThrow().behaviour();
        assertThat(client.replyTimeoutMs()).isEqualTo(2500);
        assertThat(client.retries()).isEqualTo(3);
        try (Trial again = Trial.start(after, IMPATIENT)) {
            again.await("the client to get its 3 replies", 5_000, () -> again.node("client").received() == 3);
            assertThat(causes(again.stopAndExplain())).doesNotContain(Cause.REQ_STUCK);
        }
    }

    @Test
    void a_connect_to_the_wrong_port_is_named_and_the_edit_links_it_to_the_bound_endpoint() throws Exception {
        int port = Trial.freePort();
        int wrong = Trial.freePort();
        Topology design = reqRep(port, 
                "{\"id\": \"req\", \"type\": \"REQ\", \"connects\": [\"tcp://localhost:" + wrong + "\"]}",
                "{\"type\": \"responder\", \"reply\": \"World\"}", "");
        Finding f;
        try (Trial trial = Trial.start(design, IMPATIENT)) {
            trial.await("the client to give up", 5_000, () -> trial.run.nodeStates().get("client") == NodeState.GAVE_UP);
            List<Finding> findings = trial.stopAndExplain();
            f = only(findings, Cause.WRONG_PORT);
            assertThat(f.sockets()).containsExactly(new SocketRef("client", "req"), new SocketRef("server", "rep"));
            assertThat(f.number(Measure.CONNECT_RETRIES)).isPositive();
            assertThat(f.number(Measure.SENT)).isEqualTo(trial.report().nodes().get("client").sent());
            assertThat(f.text()).contains("tcp://localhost:" + wrong, "tcp://127.0.0.1:" + port);
            assertThat(causes(findings)).contains(Cause.REQ_STUCK).doesNotContain(Cause.ENDPOINT_NOT_BOUND);
        }
        Topology after = fixed(design, f);
        assertThat(after.links()).singleElement().satisfies(l -> {
            assertThat(l.from()).isEqualTo(new SocketRef("client", "req"));
            assertThat(l.endpoint()).isEqualTo("tcp://localhost:" + port);
        });
        try (Trial again = Trial.start(after, IMPATIENT)) {
            again.await("the client to get its 3 replies", 5_000, () -> again.node("client").received() == 3);
            assertThat(causes(again.stopAndExplain())).containsExactly(Cause.NOTHING_LOST);
        }
    }

    @Test
    void a_connect_to_an_endpoint_nobody_binds_is_named_with_the_failed_attempts() throws Exception {
        int port = Trial.freePort();
        Topology design = Trial.design("""
                {"formatVersion": 1, "nodes": [
                  {"id": "listener", "sockets": [{"id": "sub", "type": "SUB",
                     "connects": ["tcp://localhost:%d"], "options": {"subscribe": [""]}}],
                   "behaviour": {"type": "sink"}}]}
                """.formatted(port));
        try (Trial trial = Trial.start(design)) {
            trial.await("a failed connection attempt", 5_000, () -> trial.observer.snapshot().connectRetries()
                    .values().stream().mapToLong(Long::longValue).sum() > 0);
            List<Finding> findings = trial.stopAndExplain();
            Finding f = only(findings, Cause.ENDPOINT_NOT_BOUND);
            assertThat(f.sockets()).containsExactly(new SocketRef("listener", "sub"));
            assertThat(f.number(Measure.CONNECT_RETRIES)).isPositive();
            assertThat(f.number(Measure.RECEIVED)).isEqualTo(trial.report().nodes().get("listener").received());
            assertThat(f.headline()).contains("tcp://localhost:" + port);
            assertThat(f.fix()).isEmpty();
        }
    }

    @Test
    void a_killed_node_is_named_during_the_run_and_after_it() throws Exception {
        Topology design = Trial.design("""
                {"formatVersion": 1, "nodes": [
                  {"id": "source", "sockets": [{"id": "out", "type": "PUSH", "binds": ["inproc://work"]}],
                   "behaviour": {"type": "source", "rate": 500, "payload": "task {seq}", "awaitPeers": 1}},
                  {"id": "sink", "sockets": [{"id": "in", "type": "PULL"}], "behaviour": {"type": "sink"}}],
                 "links": [{"id": "work", "from": {"node": "sink", "socket": "in"},
                   "to": {"node": "source", "socket": "out"}, "endpoint": "inproc://work"}]}
                """);
        try (Trial trial = Trial.start(design)) {
            trial.await("the sink to receive 20", 5_000, () -> trial.node("sink").received() >= 20);
            trial.run.stopNode("sink");
            trial.await("the sink to be stopped", 5_000, () -> trial.run.nodeStates().get("sink") == NodeState.STOPPED);
            assertThat(causes(Explainer.explain(trial.run, trial.observer))).as("while running")
                    .contains(Cause.NODE_KILLED);
            List<Finding> findings = trial.stopAndExplain();
            Finding f = only(findings, Cause.NODE_KILLED);
            assertThat(f.nodes()).containsExactly("sink");
            assertThat(f.number(Measure.RECEIVED)).isEqualTo(trial.report().nodes().get("sink").received());
            assertThat(f.fix()).isEmpty();
        }
    }

    @Test
    void a_push_dealing_before_a_worker_connected_is_named_and_waiting_for_the_workers_fixes_it() throws Exception {
        Topology design = Trial.design("""
                {"formatVersion": 1, "nodes": [
                  {"id": "ventilator", "sockets": [{"id": "out", "type": "PUSH", "binds": ["inproc://tasks"]}],
                   "behaviour": {"type": "source", "count": 100, "payload": "task {seq}"}},
                  {"id": "worker-1", "sockets": [{"id": "in", "type": "PULL"}], "behaviour": {"type": "sink"}},
                  {"id": "worker-2", "startDelayMs": 300, "sockets": [{"id": "in", "type": "PULL"}],
                   "behaviour": {"type": "sink"}}],
                 "links": [
                  {"id": "tasks-1", "from": {"node": "worker-1", "socket": "in"},
                   "to": {"node": "ventilator", "socket": "out"}, "endpoint": "inproc://tasks"},
                  {"id": "tasks-2", "from": {"node": "worker-2", "socket": "in"},
                   "to": {"node": "ventilator", "socket": "out"}, "endpoint": "inproc://tasks"}]}
                """);
        Finding f;
        try (Trial trial = Trial.start(design)) {
            trial.await("the workers to take all 100 and worker-2 to start", 5_000,
                    () -> trial.node("worker-1").received() + trial.node("worker-2").received() == 100
                            && trial.run.nodeStates().get("worker-2") == NodeState.RUNNING);
            List<Finding> findings = trial.stopAndExplain();
            RunReport report = trial.report();
            f = only(findings, Cause.PUSH_LATE_WORKER);
            assertThat(f.nodes().get(0)).isEqualTo("worker-2");
            assertThat(f.links()).containsExactly("tasks-1", "tasks-2");
            assertThat(f.number(Measure.DEALT_TO_LATE)).isEqualTo(report.links().get("tasks-2").sent());
            assertThat(f.number(Measure.DEALT_TO_OTHERS)).isEqualTo(report.links().get("tasks-1").sent());
            assertThat(f.number(Measure.SENT)).isEqualTo(100);
        }
        Topology after = fixed(design, f);
        assertThat(((Behaviour.Source) after.node("ventilator").orElseThrow().behaviour()).awaitPeers()).isEqualTo(2);
        try (Trial again = Trial.start(after)) {
            again.await("the workers to take all 100", 5_000,
                    () -> again.node("worker-1").received() + again.node("worker-2").received() == 100);
            List<Finding> findings = again.stopAndExplain();
            assertThat(causes(findings)).containsExactly(Cause.NOTHING_LOST);
            assertThat(again.report().links().get("tasks-2").sent()).isBetween(45L, 55L);
        }
    }
}
