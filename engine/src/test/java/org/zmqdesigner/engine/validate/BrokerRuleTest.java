package org.zmqdesigner.engine.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zmqdesigner.engine.model.SocketType.DEALER;
import static org.zmqdesigner.engine.model.SocketType.PUSH;
import static org.zmqdesigner.engine.model.SocketType.REP;
import static org.zmqdesigner.engine.model.SocketType.REQ;
import static org.zmqdesigner.engine.model.SocketType.ROUTER;
import static org.zmqdesigner.engine.validate.DiagnosticChecks.assertNo;
import static org.zmqdesigner.engine.validate.DiagnosticChecks.the;
import static org.zmqdesigner.engine.validate.DiagnosticChecks.validate;
import static org.zmqdesigner.engine.validate.Designs.app;
import static org.zmqdesigner.engine.validate.Designs.binding;
import static org.zmqdesigner.engine.validate.Designs.connecting;
import static org.zmqdesigner.engine.validate.Designs.design;
import static org.zmqdesigner.engine.validate.Designs.responder;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zmqdesigner.engine.model.Behaviour;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.SocketType;

class BrokerRuleTest {

    private static Node broker(SocketType frontend, SocketType backend, Behaviour.Broker b) {
        return app("broker", binding("frontend", frontend, "tcp://127.0.0.1:5559"),
                binding("backend", backend, "tcp://127.0.0.1:5560")).withBehaviour(b);
    }

    private static List<Diagnostic> alone(Node broker) {
        return validate(design(broker));
    }

    /** lbbroker's backend with one worker on a REQ. */
    private static List<Diagnostic> withWorker(SocketType backend, SocketType workerType, Behaviour.Responder r) {
        return validate(design(broker(ROUTER, backend, new Behaviour.Broker(null, null)),
                app("worker", connecting("w", workerType, "tcp://localhost:5560")).withBehaviour(r))
                .link("work", "worker/w", "broker/backend", "tcp://localhost:5560"));
    }

    @Test
    void rrbroker_and_lbbroker_as_the_zguide_writes_them_raise_nothing() {
        assertNo(alone(broker(ROUTER, DEALER, new Behaviour.Broker("frontend", "backend"))), "BROKER_SOCKETS");
        assertNo(alone(broker(ROUTER, ROUTER, new Behaviour.Broker(null, null))), "BROKER_SOCKETS");
    }

    @Test
    void a_frontend_that_is_not_a_ROUTER_is_refused() {
        Diagnostic d = the(alone(broker(DEALER, DEALER, new Behaviour.Broker("frontend", "backend"))),
                "BROKER_SOCKETS", Severity.ERROR, "broker");

        assertThat(d.message()).contains("frontend").contains("DEALER socket frontend").contains("envelope");
        assertThat(d.hint()).contains("ROUTER");
    }

    @Test
    void an_unnamed_frontend_on_a_node_without_a_ROUTER_is_refused() {
        Node n = app("broker", binding("a", DEALER, "tcp://127.0.0.1:5559"), binding("b", DEALER,
                "tcp://127.0.0.1:5560")).withBehaviour(new Behaviour.Broker(null, null));

        Diagnostic d = the(alone(n), "BROKER_SOCKETS", Severity.ERROR, "broker");
        assertThat(d.message()).contains("no ROUTER");
    }

    @Test
    void a_backend_that_is_neither_ROUTER_nor_DEALER_is_refused() {
        Diagnostic d = the(alone(broker(ROUTER, PUSH, new Behaviour.Broker(null, "backend"))), "BROKER_SOCKETS",
                Severity.ERROR, "broker");

        assertThat(d.message()).contains("backend").contains("PUSH");
        assertThat(d.hint()).contains("rrbroker").contains("lbbroker");
    }

    @Test
    void a_broker_with_one_socket_has_no_backend() {
        Node n = app("broker", binding("frontend", ROUTER, "tcp://127.0.0.1:5559"))
                .withBehaviour(new Behaviour.Broker(null, null));

        Diagnostic d = the(alone(n), "BROKER_SOCKETS", Severity.ERROR, "broker");
        assertThat(d.message()).contains("no second ROUTER or DEALER");
    }

    @Test
    void an_unnamed_backend_is_the_other_ROUTER_or_DEALER_never_a_socket_of_another_type() {
        Node n = app("broker", binding("frontend", ROUTER, "tcp://127.0.0.1:5559"),
                binding("monitor", PUSH, "tcp://127.0.0.1:5561"), binding("backend", DEALER, "tcp://127.0.0.1:5560"))
                .withBehaviour(new Behaviour.Broker(null, null));

        assertNo(alone(n), "BROKER_SOCKETS");
    }

    @Test
    void the_same_socket_as_frontend_and_backend_is_refused() {
        Diagnostic d = the(alone(broker(ROUTER, DEALER, new Behaviour.Broker("frontend", "frontend"))),
                "BROKER_SOCKETS", Severity.ERROR, "broker");

        assertThat(d.message()).contains("both frontend and backend");
    }

    @Test
    void a_named_socket_the_broker_lacks_is_refused() {
        Diagnostic d = the(alone(broker(ROUTER, DEALER, new Behaviour.Broker("clients", "backend"))),
                "BROKER_SOCKETS", Severity.ERROR, "broker");

        assertThat(d.message()).contains("\"clients\"");
        assertThat(d.hint()).contains("frontend, backend");
    }

    @Test
    void a_worker_that_never_says_READY_gets_no_work_from_an_lbbroker() {
        Diagnostic d = the(withWorker(ROUTER, REP, responder()), "WORKER_NEVER_READY", Severity.WARNING, "worker");

        assertThat(d.message()).contains("broker").contains("lbbroker only sends work to workers that said READY");
        assertThat(d.hint()).contains("announce \"READY\"").contains("DEALER");
    }

    @Test
    void a_silent_REQ_responder_is_told_once_by_its_own_error_not_twice() {
        List<Diagnostic> all = withWorker(ROUTER, REQ, responder());

        assertNo(all, "WORKER_NEVER_READY");
        assertThat(the(all, "BEHAVIOUR_SOCKET", Severity.ERROR, "worker").hint()).contains("announce");
    }

    @Test
    void a_worker_that_announces_itself_is_fine() {
        assertNo(withWorker(ROUTER, REQ, responder().withAnnounce("READY")), "WORKER_NEVER_READY");
    }

    @Test
    void an_announcement_to_an_rrbroker_is_lost_on_the_frontend() {
        Diagnostic d = the(withWorker(DEALER, DEALER, responder().withAnnounce("READY")), "ANNOUNCE_TO_RRBROKER",
                Severity.WARNING, "worker");

        assertThat(d.message()).contains("\"READY\"").contains("DEALER backend").contains("drops it");
        assertThat(d.hint()).contains("ROUTER").contains("rrworker");
    }

    @Test
    void an_announcement_to_an_lbbroker_is_what_it_waits_for() {
        assertNo(withWorker(ROUTER, DEALER, responder().withAnnounce("READY")), "ANNOUNCE_TO_RRBROKER");
    }

    @Test
    void behind_a_DEALER_backend_workers_need_not_announce() {
        assertNo(withWorker(DEALER, REP, responder()), "WORKER_NEVER_READY");
    }
}
