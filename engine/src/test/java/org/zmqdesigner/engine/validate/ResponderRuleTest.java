package org.zmqdesigner.engine.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zmqdesigner.engine.model.SocketType.DEALER;
import static org.zmqdesigner.engine.model.SocketType.REP;
import static org.zmqdesigner.engine.model.SocketType.REQ;
import static org.zmqdesigner.engine.model.SocketType.ROUTER;
import static org.zmqdesigner.engine.validate.DiagnosticChecks.assertNo;
import static org.zmqdesigner.engine.validate.DiagnosticChecks.the;
import static org.zmqdesigner.engine.validate.DiagnosticChecks.validate;
import static org.zmqdesigner.engine.validate.DiagnosticChecks.withCode;
import static org.zmqdesigner.engine.validate.Designs.app;
import static org.zmqdesigner.engine.validate.Designs.binding;
import static org.zmqdesigner.engine.validate.Designs.design;
import static org.zmqdesigner.engine.validate.Designs.responder;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zmqdesigner.engine.model.Behaviour;
import org.zmqdesigner.engine.model.CountRange;
import org.zmqdesigner.engine.model.SocketType;

class ResponderRuleTest {

    private static List<Diagnostic> on(SocketType type, Behaviour.Responder r) {
        return validate(design(app("worker", binding("s", type, "tcp://127.0.0.1:5560")).withBehaviour(r)));
    }

    @Nested
    class Announce {

        @ParameterizedTest(name = "a worker on {0} may speak first")
        @ValueSource(strings = {"REQ", "DEALER"})
        void a_REQ_or_DEALER_worker_may_announce_itself(String type) {
            List<Diagnostic> all = on(SocketType.valueOf(type), responder().withAnnounce("READY"));

            assertNo(all, "ANNOUNCE_SOCKET");
            assertNo(all, "BEHAVIOUR_SOCKET");
        }

        @Test
        void a_REP_must_hear_before_it_speaks() {
            Diagnostic d = the(on(REP, responder().withAnnounce("READY")), "ANNOUNCE_SOCKET", Severity.ERROR, "worker");

            assertThat(d.message()).contains("\"READY\"").contains("REP socket s").contains("hear a request before");
            assertThat(d.hint()).contains("REQ").contains("DEALER");
        }

        @Test
        void a_ROUTER_knows_no_peer_to_speak_to_first() {
            Diagnostic d = the(on(ROUTER, responder().withAnnounce("Hi")), "ANNOUNCE_SOCKET", Severity.ERROR, "worker");

            assertThat(d.message()).contains("ROUTER").contains("first frame");
        }

        @Test
        void a_REQ_responder_that_never_announces_still_cannot_answer_and_is_told_how() {
            Diagnostic d = the(on(REQ, responder()), "BEHAVIOUR_SOCKET", Severity.ERROR, "worker");

            assertThat(d.hint()).contains("announce").contains("lbworker");
        }
    }

    @Nested
    class Replies {

        @ParameterizedTest(name = "replies {0} on a REP breaks the lockstep")
        @ValueSource(strings = {"2", "0", "0..4", "1..2"})
        void a_REP_answers_each_request_exactly_once(String replies) {
            Diagnostic d = the(on(REP, responder().withReplies(CountRange.parse(replies))), "REPLIES_IN_LOCKSTEP",
                    Severity.ERROR, "worker");

            assertThat(d.message()).contains(replies + " replies").contains("REP socket s").contains("lockstep");
            assertThat(d.hint()).contains("DEALER").contains("asyncsrv");
        }

        @Test
        void an_announcing_REQ_worker_answers_exactly_once_too() {
            the(on(REQ, responder().withAnnounce("READY").withReplies(CountRange.exactly(3))), "REPLIES_IN_LOCKSTEP",
                    Severity.ERROR, "worker");
        }

        @Test
        void one_reply_on_a_REP_is_fine() {
            assertNo(on(REP, responder().withReplies(CountRange.exactly(1))), "REPLIES_IN_LOCKSTEP");
        }

        @ParameterizedTest(name = "replies 0..4 on {0} is fine")
        @ValueSource(strings = {"DEALER", "ROUTER"})
        void several_replies_or_none_out_of_lockstep_are_fine(String type) {
            assertNo(on(SocketType.valueOf(type), responder().withReplies(CountRange.parse("0..4"))),
                    "REPLIES_IN_LOCKSTEP");
        }
    }

    @Nested
    class Faults {

        private List<Diagnostic> faults(Long crashAfter, Double crashChance, Integer stallMs, Double stallChance) {
            return on(REP, responder().withFaults(new Behaviour.Faults(crashAfter, crashChance, stallMs, stallChance)));
        }

        @Test
        void lpservers_faults_raise_nothing() {
            List<Diagnostic> all = faults(5L, 0.1, 2000, 0.3);

            assertNo(all, "BAD_VALUE");
            assertNo(all, "STALL_HALF_SET");
        }

        @ParameterizedTest(name = "a crash chance of {0} is not a chance")
        @ValueSource(doubles = {-0.1, 1.5})
        void a_crash_chance_outside_0_to_1_is_a_bad_value(double chance) {
            Diagnostic d = the(faults(null, chance, null, null), "BAD_VALUE", Severity.ERROR, "worker");

            assertThat(d.message()).contains("crashChance").contains("from 0 (never) to 1");
        }

        @Test
        void a_stall_chance_outside_0_to_1_is_a_bad_value() {
            Diagnostic d = the(faults(null, null, 100, 2.0), "BAD_VALUE", Severity.ERROR, "worker");

            assertThat(d.message()).contains("stallChance");
        }

        @Test
        void chances_of_0_and_1_are_fine() {
            assertNo(faults(null, 0.0, 100, 1.0), "BAD_VALUE");
        }

        @Test
        void crashing_after_zero_requests_is_a_bad_value() {
            Diagnostic d = the(faults(0L, null, null, null), "BAD_VALUE", Severity.ERROR, "worker");

            assertThat(d.message()).contains("crashAfter").contains("before answering anything");
        }

        @Test
        void a_stall_of_no_time_is_a_bad_value() {
            Diagnostic d = the(faults(null, null, 0, 0.5), "BAD_VALUE", Severity.ERROR, "worker");

            assertThat(d.message()).contains("stallMs");
        }

        @Test
        void a_stall_length_without_a_chance_stalls_every_request() {
            Diagnostic d = the(faults(null, null, 2000, null), "STALL_HALF_SET", Severity.WARNING, "worker");

            assertThat(d.message()).contains("2000 ms on every request");
            assertThat(d.hint()).contains("stallChance").contains("delayMs");
        }

        @Test
        void a_stall_chance_without_a_length_lasts_no_time() {
            Diagnostic d = the(faults(null, null, null, 0.3), "STALL_HALF_SET", Severity.WARNING, "worker");

            assertThat(d.message()).contains("never stalls");
            assertThat(d.hint()).contains("stallMs");
        }

        @Test
        void an_empty_faults_block_raises_nothing() {
            List<Diagnostic> all = faults(null, null, null, null);

            assertThat(withCode(all, "BAD_VALUE")).isEmpty();
            assertNo(all, "STALL_HALF_SET");
        }
    }

    @Test
    void a_DEALER_worker_with_every_new_field_set_well_raises_nothing_of_its_own() {
        Behaviour.Responder r = responder().withAnnounce("Hi Boss").withReplies(CountRange.parse("0..4"))
                .withFaults(new Behaviour.Faults(10L, null, 500, 0.2)).withSeed(42L);

        List<Diagnostic> all = on(DEALER, r);
        for (String code : List.of("ANNOUNCE_SOCKET", "REPLIES_IN_LOCKSTEP", "BAD_VALUE", "STALL_HALF_SET",
                "BEHAVIOUR_SOCKET")) {
            assertNo(all, code);
        }
    }
}
