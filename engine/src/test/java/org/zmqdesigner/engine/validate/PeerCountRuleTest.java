package org.zmqdesigner.engine.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zmqdesigner.engine.model.SocketType.DEALER;
import static org.zmqdesigner.engine.model.SocketType.PAIR;
import static org.zmqdesigner.engine.model.SocketType.PULL;
import static org.zmqdesigner.engine.model.SocketType.PUSH;
import static org.zmqdesigner.engine.validate.DiagnosticChecks.assertNo;
import static org.zmqdesigner.engine.validate.DiagnosticChecks.codes;
import static org.zmqdesigner.engine.validate.DiagnosticChecks.the;
import static org.zmqdesigner.engine.validate.DiagnosticChecks.validate;
import static org.zmqdesigner.engine.validate.Designs.app;
import static org.zmqdesigner.engine.validate.Designs.binding;
import static org.zmqdesigner.engine.validate.Designs.connecting;
import static org.zmqdesigner.engine.validate.Designs.design;
import static org.zmqdesigner.engine.validate.Designs.pair;
import static org.zmqdesigner.engine.validate.Designs.socket;
import static org.zmqdesigner.engine.validate.Designs.source;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PeerCountRuleTest {

    @Nested
    class Pairs {

        @Test
        void a_PAIR_with_two_links_has_multiple_peers() {
            List<Diagnostic> all = validate(design(
                    app("hub", binding("s", PAIR, "inproc://hub")),
                    app("x", socket("s", PAIR)),
                    app("y", socket("s", PAIR)))
                    .link("x-hub", "x/s", "hub/s", "inproc://hub")
                    .link("y-hub", "y/s", "hub/s", "inproc://hub"));

            Diagnostic d = the(all, "PAIR_MULTIPLE_PEERS", Severity.ERROR, "hub/s");
            assertThat(d.message()).contains("2 peers");
        }

        @Test
        void a_PAIR_with_a_link_and_an_outside_connect_has_multiple_peers() {
            List<Diagnostic> all = validate(design(
                    app("a", connecting("s", PAIR, "tcp://elsewhere:5555")),
                    app("b", binding("s", PAIR, "tcp://127.0.0.1:5555")))
                    .link("ab", "a/s", "b/s", "tcp://localhost:5555"));

            the(all, "PAIR_MULTIPLE_PEERS", Severity.ERROR, "a/s");
        }

        @Test
        void a_PAIR_with_one_peer_is_fine() {
            assertNo(validate(pair(PAIR, PAIR)), "PAIR_MULTIPLE_PEERS");
        }

        @Test
        void other_sockets_may_have_many_peers() {
            List<Diagnostic> all = validate(design(
                    app("hub", binding("s", DEALER, "inproc://hub")),
                    app("x", socket("s", DEALER)),
                    app("y", socket("s", DEALER)))
                    .link("x-hub", "x/s", "hub/s", "inproc://hub")
                    .link("y-hub", "y/s", "hub/s", "inproc://hub"));

            assertNo(all, "PAIR_MULTIPLE_PEERS");
        }
    }

    @Nested
    class Pushers {

        @Test
        void a_PUSH_without_links_has_no_downstream() {
            List<Diagnostic> all = validate(design(app("vent", socket("out", PUSH)).withBehaviour(source("x"))));

            Diagnostic d = the(all, "PUSH_NO_DOWNSTREAM", Severity.WARNING, "vent/out");
            assertThat(d.hint()).contains("PULL");
            assertNo(all, "UNUSED_SOCKET");
        }

        @Test
        void a_binding_PUSH_without_links_has_no_downstream() {
            List<Diagnostic> all = validate(design(app("vent", binding("out", PUSH, "tcp://127.0.0.1:5557"))));

            the(all, "PUSH_NO_DOWNSTREAM", Severity.WARNING, "vent/out");
        }

        @Test
        void a_PUSH_linked_to_a_PULL_has_a_downstream() {
            assertNo(validate(pair(PUSH, PULL)), "PUSH_NO_DOWNSTREAM");
        }

        @Test
        void a_PUSH_connecting_outside_the_design_has_a_downstream() {
            List<Diagnostic> all = validate(design(app("vent", connecting("out", PUSH, "tcp://sink:5558"))));

            assertNo(all, "PUSH_NO_DOWNSTREAM");
        }
    }

    @Nested
    class UnusedSockets {

        @Test
        void a_socket_that_neither_binds_nor_connects_is_unused() {
            List<Diagnostic> all = validate(design(app("n", socket("in", PULL))));

            Diagnostic d = the(all, "UNUSED_SOCKET", Severity.INFO, "n/in");
            assertThat(d.message()).contains("n/in");
        }

        @Test
        void a_binding_socket_is_not_unused() {
            assertNo(validate(design(app("n", binding("in", PULL, "tcp://127.0.0.1:5558")))), "UNUSED_SOCKET");
        }

        @Test
        void a_socket_connecting_outside_the_design_is_not_unused() {
            assertNo(validate(design(app("n", connecting("in", PULL, "tcp://vent:5557")))), "UNUSED_SOCKET");
        }

        @Test
        void a_linked_socket_is_not_unused() {
            assertNo(validate(pair(PUSH, PULL)), "UNUSED_SOCKET");
        }
    }

    @Nested
    class NodesWithoutSockets {

        @Test
        void a_node_without_sockets_is_warned_about() {
            List<Diagnostic> all = validate(design(app("lonely")));

            Diagnostic d = the(all, "NO_SOCKETS", Severity.WARNING, "lonely");
            assertThat(d.message()).contains("lonely");
            assertThat(codes(all)).containsOnly("NO_SOCKETS");
        }

        @Test
        void a_node_with_a_socket_is_not_warned_about() {
            assertNo(validate(design(app("n", socket("in", PULL)))), "NO_SOCKETS");
        }
    }
}
