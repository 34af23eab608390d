package org.zmqdesigner.engine.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zmqdesigner.engine.model.SocketType.PUB;
import static org.zmqdesigner.engine.model.SocketType.REP;
import static org.zmqdesigner.engine.model.SocketType.REQ;
import static org.zmqdesigner.engine.model.SocketType.SUB;
import static org.zmqdesigner.engine.validate.DiagnosticChecks.assertNo;
import static org.zmqdesigner.engine.validate.DiagnosticChecks.codes;
import static org.zmqdesigner.engine.validate.DiagnosticChecks.the;
import static org.zmqdesigner.engine.validate.DiagnosticChecks.validate;
import static org.zmqdesigner.engine.validate.Designs.app;
import static org.zmqdesigner.engine.validate.Designs.binding;
import static org.zmqdesigner.engine.validate.Designs.connecting;
import static org.zmqdesigner.engine.validate.Designs.design;
import static org.zmqdesigner.engine.validate.Designs.socket;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EndpointRuleTest {

    private static List<Diagnostic> bindingTo(String endpoint) {
        return validate(design(app("n", binding("s", PUB, endpoint))));
    }

    private static List<Diagnostic> connectingTo(String endpoint) {
        return validate(design(app("n", connecting("s", SUB, endpoint)
                .withOptions(Designs.options().withSubscribe(List.of(""))))));
    }

    private static List<Diagnostic> linkTo(String endpoint, String binderBinds) {
        return validate(design(app("a", socket("out", REQ)), app("b", binding("in", REP, binderBinds)))
                .link("ab", "a/out", "b/in", endpoint));
    }

    @Nested
    class BadEndpoints {

        @Test
        void an_endpoint_without_a_transport_is_a_bad_endpoint() {
            Diagnostic d = the(bindingTo("localhost:5555"), "BAD_ENDPOINT", Severity.ERROR, "n/s");

            assertThat(d.message()).contains("localhost:5555").contains("transport");
            assertThat(d.hint()).contains("tcp://localhost:5555");
        }

        @Test
        void an_unknown_transport_is_a_bad_endpoint() {
            Diagnostic d = the(bindingTo("udp://localhost:5555"), "BAD_ENDPOINT", Severity.ERROR, "n/s");

            assertThat(d.message()).contains("\"udp\"").contains("tcp, ipc or inproc");
        }

        @Test
        void a_tcp_endpoint_without_a_port_is_a_bad_endpoint() {
            Diagnostic d = the(bindingTo("tcp://localhost"), "BAD_ENDPOINT", Severity.ERROR, "n/s");

            assertThat(d.message()).contains("no port");
        }

        @Test
        void a_tcp_endpoint_with_a_port_that_is_no_number_is_a_bad_endpoint() {
            Diagnostic d = the(bindingTo("tcp://localhost:http"), "BAD_ENDPOINT", Severity.ERROR, "n/s");

            assertThat(d.message()).contains("\"http\"").contains("not a port number");
        }

        @Test
        void a_tcp_endpoint_without_a_host_is_a_bad_endpoint() {
            Diagnostic d = the(bindingTo("tcp://:5555"), "BAD_ENDPOINT", Severity.ERROR, "n/s");

            assertThat(d.message()).contains("tcp://127.0.0.1:5555");
        }

        @Test
        void a_transport_with_nothing_after_it_is_a_bad_endpoint() {
            the(bindingTo("inproc://"), "BAD_ENDPOINT", Severity.ERROR, "n/s");
        }

        /** Exposes a cosmetic bug: the message is Endpoint's lower-case fragment, not a sentence. */
        @Test
        void a_transport_in_capitals_is_a_bad_endpoint_explained_in_a_sentence() {
            Diagnostic d = the(bindingTo("TCP://127.0.0.1:5555"), "BAD_ENDPOINT", Severity.ERROR, "n/s");

            assertThat(d.message()).contains("tcp://127.0.0.1:5555");
        }

        @Test
        void a_bad_endpoint_in_a_socket_connect_is_reported_on_that_socket() {
            the(connectingTo("tcp//localhost:5555"), "BAD_ENDPOINT", Severity.ERROR, "n/s");
        }

        @Test
        void a_bad_endpoint_on_a_link_is_reported_on_the_link() {
            the(linkTo("localhost:5555", "tcp://127.0.0.1:5555"), "BAD_ENDPOINT", Severity.ERROR, "ab");
        }

        @ParameterizedTest(name = "a link connecting to {0} is a bad endpoint")
        @ValueSource(strings = {"tcp://*:5555", "tcp://0.0.0.0:5555", "tcp://[::]:5555"})
        void a_link_connecting_to_every_interface_is_a_bad_endpoint(String endpoint) {
            Diagnostic d = the(linkTo(endpoint, "tcp://*:5555"), "BAD_ENDPOINT", Severity.ERROR, "ab");

            assertThat(d.message()).contains(endpoint).contains("binding");
            assertThat(d.hint()).contains("tcp://localhost:5555");
        }

        @Test
        void a_link_connecting_to_any_port_is_a_bad_endpoint() {
            Diagnostic d = the(linkTo("tcp://localhost:*", "tcp://127.0.0.1:5555"), "BAD_ENDPOINT",
                    Severity.ERROR, "ab");

            assertThat(d.message()).contains("tcp://localhost:*");
            assertThat(d.hint()).contains("b/in");
        }

        @Test
        void a_socket_connecting_to_any_port_is_a_bad_endpoint() {
            Diagnostic d = the(connectingTo("tcp://localhost:*"), "BAD_ENDPOINT", Severity.ERROR, "n/s");

            assertThat(d.message()).contains("only a bind");
        }

        /**
         * Exposes a bug: EndpointRule rejects "*" as the host of a link's endpoint but not in a socket's own
         * connects list, where ZeroMQ's connect would fail (libzmq) or silently mean this machine (JeroMQ).
         */
        @Test
        void a_socket_connecting_to_star_is_a_bad_endpoint_as_a_link_would_be() {
            List<Diagnostic> all = connectingTo("tcp://*:5555");
            assertThat(codes(all))
                    .as("a link to tcp://*:5555 is BAD_ENDPOINT, so a socket's own connect to it should be too;"
                            + " the validator said %s", all)
                    .contains("BAD_ENDPOINT");

            Diagnostic d = the(all, "BAD_ENDPOINT", Severity.ERROR, "n/s");

            assertThat(d.message()).contains("tcp://*:5555");
        }

        @Test
        void binding_any_port_is_fine() {
            assertThat(codes(bindingTo("tcp://127.0.0.1:*"))).doesNotContain("BAD_ENDPOINT", "PORT_OUT_OF_RANGE");
        }

        @ParameterizedTest(name = "{0} is a good endpoint")
        @ValueSource(strings = {"tcp://127.0.0.1:5555", "tcp://localhost:1", "tcp://localhost:65535",
                "tcp://[::1]:5555", "tcp://server.example.org:5555", "ipc:///tmp/weather.ipc", "ipc://weather.ipc",
                "inproc://workers"})
        void well_formed_endpoints_raise_nothing(String endpoint) {
            assertThat(codes(bindingTo(endpoint))).doesNotContain("BAD_ENDPOINT", "PORT_OUT_OF_RANGE",
                    "BIND_ALL_INTERFACES");
        }
    }

    @Nested
    class Ports {

        @ParameterizedTest(name = "port {0} is out of range")
        @ValueSource(strings = {"0", "70000", "65536"})
        void a_bound_port_outside_1_to_65535_is_out_of_range(String port) {
            Diagnostic d = the(bindingTo("tcp://127.0.0.1:" + port), "PORT_OUT_OF_RANGE", Severity.ERROR, "n/s");

            assertThat(d.message()).contains("Port " + port).contains("1 to 65535");
            assertNo(bindingTo("tcp://127.0.0.1:" + port), "BAD_ENDPOINT");
        }

        @Test
        void a_link_to_port_70000_is_out_of_range_on_the_link() {
            the(linkTo("tcp://localhost:70000", "tcp://127.0.0.1:5555"), "PORT_OUT_OF_RANGE", Severity.ERROR, "ab");
        }

        @Test
        void a_socket_connecting_to_port_0_is_out_of_range() {
            the(connectingTo("tcp://localhost:0"), "PORT_OUT_OF_RANGE", Severity.ERROR, "n/s");
        }
    }

    @Nested
    class AllInterfaces {

        @ParameterizedTest(name = "binding {0} is pointed out")
        @ValueSource(strings = {"tcp://*:5555", "tcp://0.0.0.0:5555", "tcp://[::]:5555"})
        void binding_every_interface_is_pointed_out_as_info(String endpoint) {
            Diagnostic d = the(bindingTo(endpoint), "BIND_ALL_INTERFACES", Severity.INFO, "n/s");

            assertThat(d.message()).contains(endpoint);
            assertThat(d.hint()).contains("tcp://127.0.0.1:5555");
        }

        @Test
        void binding_where_zeromq_looks_for_its_authentication_handler_is_an_error() {
            Diagnostic d = the(bindingTo("inproc://zeromq.zap.01"), "RESERVED_ENDPOINT", Severity.ERROR, "n/s");

            assertThat(d.message()).contains("inproc://zeromq.zap.01").contains("authentication");
            assertThat(d.hint()).contains("inproc://");
            assertNo(bindingTo("inproc://zeromq.zap.02"), "RESERVED_ENDPOINT");
        }

        @Test
        void binding_loopback_only_is_not_pointed_out() {
            assertNo(bindingTo("tcp://127.0.0.1:5555"), "BIND_ALL_INTERFACES");
        }

        @Test
        void binding_every_interface_on_any_port_is_pointed_out_with_a_star_in_the_hint() {
            Diagnostic d = the(bindingTo("tcp://*:*"), "BIND_ALL_INTERFACES", Severity.INFO, "n/s");

            assertThat(d.hint()).contains("tcp://127.0.0.1:*");
        }

        @Test
        void binding_every_interface_is_no_error() {
            assertThat(Validator.hasErrors(bindingTo("tcp://*:5555"))).isFalse();
        }
    }

    @Nested
    class Ipc {

        @Test
        void binding_ipc_says_that_libzmq_programs_cannot_join_it() {
            Diagnostic d = the(bindingTo("ipc://weather.ipc"), "IPC_NOT_LIBZMQ", Severity.INFO, "n/s");

            assertThat(d.message()).contains("ipc://weather.ipc").contains("JeroMQ").contains("libzmq");
            assertThat(d.hint()).contains("tcp://127.0.0.1:5555");
            assertThat(Validator.hasErrors(bindingTo("ipc://weather.ipc"))).isFalse();
        }

        @Test
        void connecting_to_ipc_says_so_too() {
            Diagnostic d = the(connectingTo("ipc://weather.ipc"), "IPC_NOT_LIBZMQ", Severity.INFO, "n/s");

            assertThat(d.message()).contains("connects to ipc://weather.ipc");
        }

        @Test
        void tcp_and_inproc_are_not_pointed_out() {
            assertNo(bindingTo("tcp://127.0.0.1:5555"), "IPC_NOT_LIBZMQ");
            assertNo(bindingTo("inproc://workers"), "IPC_NOT_LIBZMQ");
        }
    }
}
