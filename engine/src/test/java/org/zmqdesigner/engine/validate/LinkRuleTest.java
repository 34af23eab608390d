package org.zmqdesigner.engine.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zmqdesigner.engine.model.SocketType.DEALER;
import static org.zmqdesigner.engine.model.SocketType.PAIR;
import static org.zmqdesigner.engine.model.SocketType.PULL;
import static org.zmqdesigner.engine.model.SocketType.PUSH;
import static org.zmqdesigner.engine.model.SocketType.REP;
import static org.zmqdesigner.engine.model.SocketType.REQ;
import static org.zmqdesigner.engine.validate.DiagnosticChecks.assertNo;
import static org.zmqdesigner.engine.validate.DiagnosticChecks.codes;
import static org.zmqdesigner.engine.validate.DiagnosticChecks.the;
import static org.zmqdesigner.engine.validate.DiagnosticChecks.validate;
import static org.zmqdesigner.engine.validate.DiagnosticChecks.withCode;
import static org.zmqdesigner.engine.validate.Designs.app;
import static org.zmqdesigner.engine.validate.Designs.binding;
import static org.zmqdesigner.engine.validate.Designs.design;
import static org.zmqdesigner.engine.validate.Designs.helloWorld;
import static org.zmqdesigner.engine.validate.Designs.pair;
import static org.zmqdesigner.engine.validate.Designs.socket;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.zmqdesigner.engine.model.SocketType;

class LinkRuleTest {

    @Nested
    class DanglingLinks {

        @Test
        void a_link_to_a_node_that_does_not_exist_is_dangling() {
            List<Diagnostic> all = validate(helloWorld()
                    .link("lost", "client/requester", "ghost/in", "tcp://localhost:5555"));

            Diagnostic d = the(all, "DANGLING_LINK", Severity.ERROR, "lost");
            assertThat(d.message()).contains("\"ghost\"").contains("does not exist");
        }

        @Test
        void a_link_from_a_node_that_does_not_exist_is_dangling() {
            List<Diagnostic> all = validate(helloWorld()
                    .link("lost", "ghost/out", "server/responder", "tcp://localhost:5555"));

            Diagnostic d = the(all, "DANGLING_LINK", Severity.ERROR, "lost");
            assertThat(d.message()).contains("\"ghost\"").contains("connecting side");
        }

        @Test
        void a_link_to_a_socket_the_node_does_not_have_is_dangling() {
            List<Diagnostic> all = validate(helloWorld()
                    .link("lost", "client/requester", "server/nope", "tcp://localhost:5555"));

            Diagnostic d = the(all, "DANGLING_LINK", Severity.ERROR, "lost");
            assertThat(d.message()).contains("\"nope\"").contains("\"server\"").contains("no such socket");
        }

        @Test
        void a_link_dangling_at_both_ends_is_reported_for_each_end_and_nothing_else() {
            List<Diagnostic> all = validate(design().link("lost", "x/a", "y/b", "tcp://localhost:5555"));

            assertThat(withCode(all, "DANGLING_LINK")).hasSize(2)
                    .allSatisfy(d -> assertThat(d.element()).isEqualTo("lost"))
                    .allSatisfy(DiagnosticChecks::assertWellWritten);
            assertThat(codes(all)).containsOnly("DANGLING_LINK");
        }
    }

    @Nested
    class SelfLinks {

        @Test
        void a_socket_linked_to_itself_is_a_self_link() {
            List<Diagnostic> all = validate(design(app("n", binding("s", DEALER, "inproc://me")))
                    .link("loop", "n/s", "n/s", "inproc://me"));

            Diagnostic d = the(all, "SELF_LINK", Severity.ERROR, "loop");
            assertThat(d.message()).contains("n/s");
            assertNo(all, "INCOMPATIBLE_SOCKETS");
            assertNo(all, "LINK_NO_BINDING_SIDE");
        }

        @Test
        void two_sockets_of_one_node_may_be_linked() {
            List<Diagnostic> all = validate(design(app("n", socket("out", PUSH), binding("in", PULL, "inproc://me")))
                    .link("loop", "n/out", "n/in", "inproc://me"));

            assertNo(all, "SELF_LINK");
            assertThat(Validator.hasErrors(all)).as("%s", all).isFalse();
        }

        /** Exposes a bug: PeerCountRule counts a self link twice, once per end, on the same socket. */
        @Test
        void a_PAIR_linked_to_itself_is_a_self_link_and_not_a_PAIR_with_two_peers() {
            List<Diagnostic> all = validate(design(app("n", binding("s", PAIR, "inproc://me")))
                    .link("loop", "n/s", "n/s", "inproc://me"));

            the(all, "SELF_LINK", Severity.ERROR, "loop");
            assertThat(codes(all))
                    .as("a PAIR whose only link is to itself has no second peer; the self link is counted twice")
                    .doesNotContain("PAIR_MULTIPLE_PEERS");
        }
    }

    @Nested
    class BindingSide {

        @Test
        void a_link_to_a_socket_that_binds_nothing_has_no_binding_side() {
            List<Diagnostic> all = validate(design(app("a", socket("out", REQ)), app("b", socket("in", REP)))
                    .link("ab", "a/out", "b/in", "tcp://localhost:5555"));

            Diagnostic d = the(all, "LINK_NO_BINDING_SIDE", Severity.ERROR, "ab");
            assertThat(d.message()).contains("tcp://localhost:5555").contains("b/in");
            assertThat(d.hint()).contains("b/in").contains("bind tcp://127.0.0.1:5555");
        }

        @Test
        void a_link_to_a_socket_that_binds_another_port_has_no_binding_side() {
            List<Diagnostic> all = validate(design(
                    app("a", socket("out", REQ)), app("b", binding("in", REP, "tcp://127.0.0.1:5556")))
                    .link("ab", "a/out", "b/in", "tcp://localhost:5555"));

            Diagnostic d = the(all, "LINK_NO_BINDING_SIDE", Severity.ERROR, "ab");
            assertThat(d.hint()).contains("tcp://127.0.0.1:5556");
        }

        @Test
        void a_link_drawn_from_the_binding_side_tells_to_reverse_it() {
            List<Diagnostic> all = validate(design(
                    app("a", binding("out", REQ, "tcp://127.0.0.1:5555")), app("b", socket("in", REP)))
                    .link("ab", "a/out", "b/in", "tcp://localhost:5555"));

            Diagnostic d = the(all, "LINK_NO_BINDING_SIDE", Severity.ERROR, "ab");
            assertThat(d.hint()).contains("a/out").containsIgnoringCase("reverse the link");
        }

        @Test
        void a_binder_on_every_interface_is_reached_through_localhost() {
            List<Diagnostic> all = validate(design(
                    app("a", socket("out", REQ)), app("b", binding("in", REP, "tcp://*:5555")))
                    .link("ab", "a/out", "b/in", "tcp://localhost:5555"));

            assertNo(all, "LINK_NO_BINDING_SIDE");
        }

        @Test
        void a_binder_on_localhost_is_reached_through_127_0_0_1() {
            List<Diagnostic> all = validate(design(
                    app("a", socket("out", REQ)), app("b", binding("in", REP, "tcp://localhost:5555")))
                    .link("ab", "a/out", "b/in", "tcp://127.0.0.1:5555"));

            assertNo(all, "LINK_NO_BINDING_SIDE");
        }

        @Test
        void an_inproc_link_needs_the_same_name_bound() {
            List<Diagnostic> good = validate(design(
                    app("a", socket("out", PUSH)), app("b", binding("in", PULL, "inproc://work")))
                    .link("ab", "a/out", "b/in", "inproc://work"));
            List<Diagnostic> bad = validate(design(
                    app("a", socket("out", PUSH)), app("b", binding("in", PULL, "inproc://work")))
                    .link("ab", "a/out", "b/in", "inproc://play"));

            assertNo(good, "LINK_NO_BINDING_SIDE");
            the(bad, "LINK_NO_BINDING_SIDE", Severity.ERROR, "ab");
        }

        @Test
        void a_link_whose_endpoint_does_not_parse_is_left_to_the_endpoint_rule() {
            List<Diagnostic> all = validate(pair(REQ, REP).link("bad", "a/out", "b/in", "nonsense"));

            assertThat(withCode(all, "LINK_NO_BINDING_SIDE")).isEmpty();
            the(all, "BAD_ENDPOINT", Severity.ERROR, "bad");
        }

        /** Exposes a bug: LinkRule.bindFor prints ANY_PORT (-1) as the port to bind. */
        @Test
        void the_hint_for_a_link_to_any_port_never_suggests_port_minus_one() {
            List<Diagnostic> all = validate(design(app("a", socket("out", REQ)), app("b", socket("in", REP)))
                    .link("ab", "a/out", "b/in", "tcp://localhost:*"));

            assertThat(all).as("%s", all)
                    .allSatisfy(d -> assertThat(d.explanation()).doesNotContain(":-1"));
        }

        /**
         * Exposes a gap: LinkRule promises an endpoint "reachable from the connecting side's machine", but a
         * node on one host connecting to localhost never reaches a binder on another host.
         */
        @Test
        void a_link_through_localhost_between_two_hosts_is_an_error() {
            List<Diagnostic> all = validate(design(
                    app("a", socket("out", REQ)).withHost("alpha"),
                    app("b", binding("in", REP, "tcp://*:5555")).withHost("beta"))
                    .link("ab", "a/out", "b/in", "tcp://localhost:5555"));

            assertThat(all)
                    .as("a node on host alpha connecting to its own localhost cannot reach a socket bound on host"
                            + " beta, so link ab deserves an error; the validator said %s", all)
                    .anySatisfy(d -> {
                        assertThat(d.element()).isEqualTo("ab");
                        assertThat(d.severity()).isEqualTo(Severity.ERROR);
                    });
        }

        @Test
        void a_tcp_link_between_two_hosts_to_the_binders_host_name_is_fine() {
            List<Diagnostic> all = validate(design(
                    app("a", socket("out", REQ)).withHost("alpha"),
                    app("b", binding("in", REP, "tcp://*:5555")).withHost("beta"))
                    .link("ab", "a/out", "b/in", "tcp://beta:5555"));

            assertThat(Validator.hasErrors(all)).as("%s", all).isFalse();
        }
    }

    @Nested
    class AcrossHosts {

        private Designs.Builder across(String transportEndpoint, String fromHost, String toHost) {
            return design(
                    app("a", socket("out", PUSH)).withHost(fromHost),
                    app("b", binding("in", PULL, transportEndpoint)).withHost(toHost))
                    .link("ab", "a/out", "b/in", transportEndpoint);
        }

        @Test
        void inproc_between_two_hosts_is_an_error() {
            List<Diagnostic> all = validate(across("inproc://work", "alpha", "beta"));

            Diagnostic d = the(all, "INPROC_ACROSS_HOSTS", Severity.ERROR, "ab");
            assertThat(d.message()).contains("\"alpha\"").contains("\"beta\"");
            assertThat(d.hint()).contains("tcp://beta:5555");
            assertNo(all, "IPC_ACROSS_HOSTS");
        }

        @Test
        void ipc_between_two_hosts_is_an_error() {
            List<Diagnostic> all = validate(across("ipc://work.ipc", "alpha", "beta"));

            Diagnostic d = the(all, "IPC_ACROSS_HOSTS", Severity.ERROR, "ab");
            assertThat(d.message()).contains("ipc");
            assertNo(all, "INPROC_ACROSS_HOSTS");
        }

        @Test
        void inproc_between_a_named_host_and_this_machine_is_an_error() {
            List<Diagnostic> all = validate(across("inproc://work", "alpha", null));

            Diagnostic d = the(all, "INPROC_ACROSS_HOSTS", Severity.ERROR, "ab");
            assertThat(d.message()).contains("this machine");
            assertThat(d.hint()).contains("tcp://localhost:5555");
        }

        @Test
        void inproc_and_ipc_on_one_named_host_are_fine() {
            assertThat(codes(validate(across("inproc://work", "alpha", "alpha"))))
                    .doesNotContain("INPROC_ACROSS_HOSTS", "IPC_ACROSS_HOSTS");
            assertThat(codes(validate(across("ipc://work.ipc", "alpha", "alpha"))))
                    .doesNotContain("INPROC_ACROSS_HOSTS", "IPC_ACROSS_HOSTS");
        }

        @Test
        void a_blank_host_means_this_machine() {
            assertThat(codes(validate(across("inproc://work", " ", null))))
                    .doesNotContain("INPROC_ACROSS_HOSTS");
        }

        /** Exposes a bug: the hint uses the binder's host as written, so a blank host gives "tcp://:5555". */
        @Test
        void the_hint_for_a_binder_with_a_blank_host_names_a_usable_endpoint() {
            List<Diagnostic> all = validate(across("inproc://work", "alpha", ""));

            Diagnostic d = the(all, "INPROC_ACROSS_HOSTS", Severity.ERROR, "ab");
            assertThat(d.hint()).doesNotContain("tcp://:").contains("tcp://localhost:5555");
        }
    }

    @Test
    void links_between_compatible_sockets_with_a_binder_have_no_link_errors() {
        for (SocketType[] types : new SocketType[][] {{REQ, REP}, {PUSH, PULL}, {PAIR, PAIR}}) {
            List<Diagnostic> all = validate(pair(types[0], types[1]));
            assertThat(Validator.hasErrors(all)).as("%s-%s: %s", types[0], types[1], all).isFalse();
        }
    }
}
