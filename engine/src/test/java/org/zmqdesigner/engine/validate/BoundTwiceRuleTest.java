package org.zmqdesigner.engine.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zmqdesigner.engine.model.SocketType.PUB;
import static org.zmqdesigner.engine.model.SocketType.PULL;
import static org.zmqdesigner.engine.validate.DiagnosticChecks.assertNo;
import static org.zmqdesigner.engine.validate.DiagnosticChecks.the;
import static org.zmqdesigner.engine.validate.DiagnosticChecks.validate;
import static org.zmqdesigner.engine.validate.DiagnosticChecks.withCode;
import static org.zmqdesigner.engine.validate.Designs.app;
import static org.zmqdesigner.engine.validate.Designs.binding;
import static org.zmqdesigner.engine.validate.Designs.design;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BoundTwiceRuleTest {

    /** Node a's socket s1 binds {@code first}, node b's socket s2 binds {@code second}. */
    private static List<Diagnostic> twoBinders(String first, String second) {
        return validate(design(app("a", binding("s1", PULL, first)), app("b", binding("s2", PULL, second))));
    }

    @Test
    void one_socket_binding_an_endpoint_twice_is_bound_twice() {
        List<Diagnostic> all = validate(design(app("a",
                binding("s", PUB, "tcp://127.0.0.1:5555", "tcp://127.0.0.1:5555"))));

        Diagnostic d = the(all, "ENDPOINT_BOUND_TWICE", Severity.ERROR, "a/s");
        assertThat(d.message()).contains("a/s").contains("twice").contains("address already in use");
    }

    @Test
    void two_sockets_binding_one_port_are_bound_twice_on_the_later_socket() {
        Diagnostic d = the(twoBinders("tcp://127.0.0.1:5555", "tcp://127.0.0.1:5555"),
                "ENDPOINT_BOUND_TWICE", Severity.ERROR, "b/s2");

        assertThat(d.message()).contains("a/s1").contains("b/s2");
    }

    @Test
    void two_sockets_of_one_node_binding_one_port_are_bound_twice() {
        List<Diagnostic> all = validate(design(app("a",
                binding("s1", PULL, "tcp://127.0.0.1:5555"), binding("s2", PULL, "tcp://127.0.0.1:5555"))));

        the(all, "ENDPOINT_BOUND_TWICE", Severity.ERROR, "a/s2");
    }

    @ParameterizedTest(name = "{0} and {1} claim the same address")
    @CsvSource({
            "tcp://*:5555,          tcp://127.0.0.1:5555",
            "tcp://127.0.0.1:5555,  tcp://*:5555",
            "tcp://0.0.0.0:5555,    tcp://192.168.1.10:5555",
            "tcp://127.0.0.1:5555,  tcp://localhost:5555",
            "tcp://localhost:5555,  tcp://127.0.0.1:5555",
            "tcp://*:5555,          tcp://0.0.0.0:5555",
            "inproc://workers,      inproc://workers",
            "ipc:///tmp/feed.ipc,   ipc:///tmp/feed.ipc"})
    void overlapping_binds_on_one_machine_are_bound_twice(String first, String second) {
        the(twoBinders(first, second), "ENDPOINT_BOUND_TWICE", Severity.ERROR, "b/s2");
    }

    @ParameterizedTest(name = "{0} and {1} do not clash")
    @CsvSource({
            "tcp://127.0.0.1:5555,  tcp://127.0.0.1:5556",
            "tcp://*:5555,          tcp://*:5556",
            "tcp://192.168.1.10:5555, tcp://10.0.0.7:5555",
            "tcp://127.0.0.1:*,     tcp://127.0.0.1:*",
            "inproc://workers,      inproc://results",
            "ipc://workers,         inproc://workers"})
    void distinct_binds_are_not_bound_twice(String first, String second) {
        assertNo(twoBinders(first, second), "ENDPOINT_BOUND_TWICE");
    }

    @Test
    void the_same_tcp_port_on_two_hosts_is_not_bound_twice() {
        List<Diagnostic> all = validate(design(
                app("a", binding("s1", PULL, "tcp://*:5555")).withHost("alpha"),
                app("b", binding("s2", PULL, "tcp://*:5555")).withHost("beta")));

        assertNo(all, "ENDPOINT_BOUND_TWICE");
    }

    @Test
    void the_same_tcp_port_on_one_named_host_is_bound_twice() {
        List<Diagnostic> all = validate(design(
                app("a", binding("s1", PULL, "tcp://*:5555")).withHost("alpha"),
                app("b", binding("s2", PULL, "tcp://*:5555")).withHost("alpha")));

        the(all, "ENDPOINT_BOUND_TWICE", Severity.ERROR, "b/s2");
    }

    @Test
    void three_binds_of_one_port_give_two_diagnostics() {
        List<Diagnostic> all = validate(design(
                app("a", binding("s", PULL, "tcp://127.0.0.1:5555")),
                app("b", binding("s", PULL, "tcp://127.0.0.1:5555")),
                app("c", binding("s", PULL, "tcp://127.0.0.1:5555"))));

        assertThat(withCode(all, "ENDPOINT_BOUND_TWICE")).extracting(Diagnostic::element)
                .containsExactly("b/s", "c/s");
    }

    @Test
    void binds_that_do_not_parse_are_left_to_the_endpoint_rule() {
        List<Diagnostic> all = twoBinders("nonsense", "nonsense");

        assertNo(all, "ENDPOINT_BOUND_TWICE");
        assertThat(withCode(all, "BAD_ENDPOINT")).hasSize(2);
    }
}
