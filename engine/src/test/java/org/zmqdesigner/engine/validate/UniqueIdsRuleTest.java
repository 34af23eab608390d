package org.zmqdesigner.engine.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zmqdesigner.engine.model.SocketType.PULL;
import static org.zmqdesigner.engine.model.SocketType.PUSH;
import static org.zmqdesigner.engine.model.SocketType.REP;
import static org.zmqdesigner.engine.validate.DiagnosticChecks.assertNo;
import static org.zmqdesigner.engine.validate.DiagnosticChecks.the;
import static org.zmqdesigner.engine.validate.DiagnosticChecks.validate;
import static org.zmqdesigner.engine.validate.DiagnosticChecks.withCode;
import static org.zmqdesigner.engine.validate.Designs.app;
import static org.zmqdesigner.engine.validate.Designs.binding;
import static org.zmqdesigner.engine.validate.Designs.helloWorld;
import static org.zmqdesigner.engine.validate.Designs.responder;
import static org.zmqdesigner.engine.validate.Designs.socket;

import java.util.List;
import org.junit.jupiter.api.Test;

class UniqueIdsRuleTest {

    @Test
    void the_hello_world_design_has_no_diagnostics_at_all() {
        assertThat(validate(helloWorld())).isEmpty();
    }

    @Test
    void two_nodes_with_the_same_id_are_a_duplicate_id() {
        List<Diagnostic> all = validate(helloWorld()
                .node(app("server", binding("responder", REP, "tcp://127.0.0.1:6666")).withBehaviour(responder())));

        Diagnostic d = the(all, "DUPLICATE_ID", Severity.ERROR, "server");
        assertThat(d.message()).contains("\"server\"");
    }

    @Test
    void two_links_with_the_same_id_are_a_duplicate_id() {
        List<Diagnostic> all = validate(helloWorld()
                .link("hello", "client/requester", "server/responder", "tcp://localhost:5555"));

        Diagnostic d = the(all, "DUPLICATE_ID", Severity.ERROR, "hello");
        assertThat(d.message()).contains("\"hello\"");
    }

    @Test
    void a_link_named_like_a_node_is_a_duplicate_id() {
        List<Diagnostic> all = validate(helloWorld()
                .link("client", "client/requester", "server/responder", "tcp://localhost:5555"));

        the(all, "DUPLICATE_ID", Severity.ERROR, "client");
    }

    @Test
    void two_sockets_with_the_same_id_in_one_node_are_a_duplicate_id_named_by_node_and_socket() {
        List<Diagnostic> all = validate(Designs.design(app("worker", socket("io", PULL), socket("io", PUSH))));

        Diagnostic d = the(all, "DUPLICATE_ID", Severity.ERROR, "worker/io");
        assertThat(d.message()).contains("\"worker\"").contains("\"io\"");
    }

    @Test
    void sockets_with_the_same_id_in_different_nodes_are_fine() {
        List<Diagnostic> all = validate(Designs.design(app("a", socket("io", PULL)), app("b", socket("io", PULL))));

        assertNo(all, "DUPLICATE_ID");
    }

    @Test
    void three_nodes_with_one_id_give_one_diagnostic_per_extra_node() {
        List<Diagnostic> all = validate(Designs.design(
                app("n", socket("s", PULL)), app("n", socket("s", PULL)), app("n", socket("s", PULL))));

        assertThat(withCode(all, "DUPLICATE_ID")).hasSize(2)
                .allSatisfy(d -> assertThat(d.element()).isEqualTo("n"));
    }
}
