package org.zmqdesigner.engine.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zmqdesigner.engine.validate.DiagnosticChecks.assertNo;
import static org.zmqdesigner.engine.validate.DiagnosticChecks.the;
import static org.zmqdesigner.engine.validate.DiagnosticChecks.validate;
import static org.zmqdesigner.engine.validate.Designs.app;
import static org.zmqdesigner.engine.validate.Designs.binding;
import static org.zmqdesigner.engine.validate.Designs.design;
import static org.zmqdesigner.engine.validate.Designs.options;
import static org.zmqdesigner.engine.validate.Designs.subscriber;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.zmqdesigner.engine.model.SocketOptions;
import org.zmqdesigner.engine.model.SocketType;

class SocketOptionRuleTest {

    /** One node "n" with one binding socket "s" of the given type and options. */
    private static List<Diagnostic> socketWith(SocketType type, SocketOptions options) {
        return validate(design(app("n", binding("s", type, "tcp://127.0.0.1:5555").withOptions(options))));
    }

    @Nested
    class Subscriptions {

        @Test
        void a_SUB_without_subscription_receives_nothing() {
            List<Diagnostic> all = validate(design(app("n", subscriber("sub"))));

            Diagnostic d = the(all, "SUB_NO_SUBSCRIPTION", Severity.WARNING, "n/sub");
            assertThat(d.hint()).contains("\"\"");
        }

        @Test
        void a_SUB_without_subscription_is_told_in_plain_words_that_it_will_receive_nothing() {
            Diagnostic d = the(validate(design(app("n", subscriber("sub")))), "SUB_NO_SUBSCRIPTION",
                    Severity.WARNING, "n/sub");

            assertThat(d.message()).contains("will receive nothing").contains("filters every other message out");
            assertThat(d.hint()).contains("everything");
        }

        @Test
        void a_SUB_subscribed_to_everything_is_fine() {
            assertNo(validate(design(app("n", subscriber("sub", "")))), "SUB_NO_SUBSCRIPTION");
        }

        @Test
        void a_SUB_subscribed_to_a_prefix_is_fine() {
            assertNo(validate(design(app("n", subscriber("sub", "10001 ")))), "SUB_NO_SUBSCRIPTION");
        }

        @Test
        void an_XSUB_needs_no_subscription_option() {
            assertNo(socketWith(SocketType.XSUB, options()), "SUB_NO_SUBSCRIPTION");
        }
    }

    @Nested
    class OptionsThatDoNothing {

        @Test
        void a_subscription_on_a_PUB_does_nothing() {
            Diagnostic d = the(socketWith(SocketType.PUB, options().withSubscribe(List.of(""))),
                    "OPTION_NOT_APPLICABLE", Severity.WARNING, "n/s");

            assertThat(d.message()).contains("SUBSCRIBE").contains("PUB");
        }

        @Test
        void a_subscription_on_an_XSUB_does_nothing_and_says_why() {
            Diagnostic d = the(socketWith(SocketType.XSUB, options().withSubscribe(List.of("a"))),
                    "OPTION_NOT_APPLICABLE", Severity.WARNING, "n/s");

            assertThat(d.message()).contains("XSUB sends subscriptions as messages");
        }

        @Test
        void router_mandatory_on_a_DEALER_does_nothing() {
            Diagnostic d = the(socketWith(SocketType.DEALER, options().withRouterMandatory(true)),
                    "OPTION_NOT_APPLICABLE", Severity.WARNING, "n/s");

            assertThat(d.message()).contains("ROUTER_MANDATORY");
        }

        @Test
        void router_mandatory_on_a_ROUTER_is_fine() {
            assertNo(socketWith(SocketType.ROUTER, options().withRouterMandatory(true)), "OPTION_NOT_APPLICABLE");
        }

        @Test
        void xpub_verbose_on_a_PUB_does_nothing() {
            Diagnostic d = the(socketWith(SocketType.PUB, options().withXpubVerbose(true)),
                    "OPTION_NOT_APPLICABLE", Severity.WARNING, "n/s");

            assertThat(d.message()).contains("XPUB_VERBOSE");
        }

        @Test
        void xpub_verbose_on_an_XPUB_is_fine() {
            assertNo(socketWith(SocketType.XPUB, options().withXpubVerbose(true)), "OPTION_NOT_APPLICABLE");
        }

        @ParameterizedTest(name = "CONFLATE on {0} does nothing")
        @EnumSource(names = {"REQ", "REP", "ROUTER", "XPUB", "XSUB"})
        void conflate_on_a_socket_that_cannot_conflate_does_nothing(SocketType type) {
            Diagnostic d = the(socketWith(type, options().withConflate(true)),
                    "OPTION_NOT_APPLICABLE", Severity.WARNING, "n/s");

            assertThat(d.message()).contains("CONFLATE").contains(type.name());
        }

        @ParameterizedTest(name = "CONFLATE on {0} works")
        @EnumSource(names = {"PUB", "SUB", "PUSH", "PULL", "DEALER"})
        void conflate_on_a_socket_that_conflates_is_fine(SocketType type) {
            assertNo(socketWith(type, options().withConflate(true).withSubscribe(
                    type == SocketType.SUB ? List.of("") : List.of())), "OPTION_NOT_APPLICABLE");
        }

        /**
         * Exposes a bug: SocketOptionRule.CONFLATE_TYPES includes PAIR, but JeroMQ (SocketBase, SessionBase,
         * Ctx) and libzmq only conflate DEALER, PULL, PUSH, PUB and SUB pipes; CONFLATE on a PAIR does nothing.
         */
        @Test
        void conflate_on_a_PAIR_does_nothing() {
            List<Diagnostic> all = socketWith(SocketType.PAIR, options().withConflate(true));

            assertThat(DiagnosticChecks.codes(all))
                    .as("ZeroMQ conflates only DEALER, PULL, PUSH, PUB and SUB, so CONFLATE on a PAIR should be"
                            + " OPTION_NOT_APPLICABLE; the validator said %s", all)
                    .contains("OPTION_NOT_APPLICABLE");
            the(all, "OPTION_NOT_APPLICABLE", Severity.WARNING, "n/s");
        }

        @Test
        void conflate_switched_off_is_never_flagged() {
            assertNo(socketWith(SocketType.ROUTER, options().withConflate(false)), "OPTION_NOT_APPLICABLE");
        }

        @ParameterizedTest(name = "a routing id on {0} does nothing")
        @EnumSource(names = {"PUB", "SUB", "PUSH", "PULL"})
        void a_routing_id_where_no_ROUTER_reads_it_does_nothing(SocketType type) {
            Diagnostic d = the(socketWith(type, options().withRoutingId("client-1").withSubscribe(
                    type == SocketType.SUB ? List.of("") : List.of())), "OPTION_NOT_APPLICABLE", Severity.WARNING,
                    "n/s");

            assertThat(d.message()).contains("ROUTING_ID");
        }

        @ParameterizedTest(name = "a routing id on {0}, which cannot talk to a ROUTER, does nothing")
        @EnumSource(names = {"REP", "XPUB", "XSUB", "PAIR"})
        void a_routing_id_on_a_socket_that_cannot_talk_to_a_ROUTER_does_nothing(SocketType type) {
            Diagnostic d = the(socketWith(type, options().withRoutingId("client-1")), "OPTION_NOT_APPLICABLE",
                    Severity.WARNING, "n/s");

            assertThat(d.message()).contains("ROUTING_ID").contains("cannot talk to a ROUTER");
        }

        @ParameterizedTest(name = "a routing id on {0} is fine")
        @EnumSource(names = {"REQ", "DEALER", "ROUTER"})
        void a_routing_id_on_a_request_reply_socket_is_fine(SocketType type) {
            assertNo(socketWith(type, options().withRoutingId("client-1")), "OPTION_NOT_APPLICABLE");
        }
    }

    @Nested
    class BadValues {

        @Test
        void a_negative_send_high_water_mark_is_a_bad_value() {
            Diagnostic d = the(socketWith(SocketType.PUB, options().withSndhwm(-1)), "BAD_VALUE", Severity.ERROR,
                    "n/s");

            assertThat(d.message()).contains("SNDHWM").contains("-1");
        }

        @Test
        void a_negative_receive_high_water_mark_is_a_bad_value() {
            Diagnostic d = the(socketWith(SocketType.PULL, options().withRcvhwm(-5)), "BAD_VALUE", Severity.ERROR,
                    "n/s");

            assertThat(d.message()).contains("RCVHWM");
        }

        @Test
        void a_high_water_mark_of_zero_means_no_limit_and_is_fine() {
            assertNo(socketWith(SocketType.PUB, options().withSndhwm(0).withRcvhwm(0)), "BAD_VALUE");
        }

        @Test
        void a_linger_below_minus_one_is_a_bad_value() {
            Diagnostic d = the(socketWith(SocketType.PUB, options().withLinger(-2)), "BAD_VALUE", Severity.ERROR,
                    "n/s");

            assertThat(d.message()).contains("LINGER").contains("-2");
        }

        @ParameterizedTest(name = "a linger of {0} is fine")
        @ValueSource(ints = {-1, 0, 1000})
        void a_linger_of_minus_one_zero_or_more_is_fine(int linger) {
            assertNo(socketWith(SocketType.PUB, options().withLinger(linger)), "BAD_VALUE");
        }

        @Test
        void an_empty_routing_id_is_a_bad_value() {
            Diagnostic d = the(socketWith(SocketType.DEALER, options().withRoutingId("")), "BAD_VALUE",
                    Severity.ERROR, "n/s");

            assertThat(d.message()).contains("1 to 255");
        }

        @Test
        void a_routing_id_of_256_characters_is_a_bad_value() {
            the(socketWith(SocketType.DEALER, options().withRoutingId("x".repeat(256))), "BAD_VALUE",
                    Severity.ERROR, "n/s");
        }

        /**
         * Exposes a bug: SocketOptionRule says "1 to 255 bytes" but counts Java chars, so 128 "é" (256 bytes
         * in UTF-8, too long for ZMQ_ROUTING_ID) pass.
         */
        @Test
        void a_routing_id_of_256_bytes_in_utf8_is_a_bad_value() {
            String id = "\u00e9".repeat(128);
            assertThat(id.getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSize(256);

            List<Diagnostic> all = socketWith(SocketType.DEALER, options().withRoutingId(id));

            assertThat(DiagnosticChecks.codes(all))
                    .as("a routing id of 128 characters but 256 UTF-8 bytes is over ZeroMQ's 255-byte limit;"
                            + " the validator said %s", all)
                    .contains("BAD_VALUE");
            the(all, "BAD_VALUE", Severity.ERROR, "n/s");
        }

        @Test
        void a_routing_id_of_255_characters_is_fine() {
            assertNo(socketWith(SocketType.DEALER, options().withRoutingId("x".repeat(255))), "BAD_VALUE");
        }
    }

    @org.junit.jupiter.api.Test
    void an_unlimited_message_size_on_a_tcp_port_is_warned_about_and_zero_is_refused() {
        org.zmqdesigner.engine.model.Socket open = new org.zmqdesigner.engine.model.Socket("in",
                org.zmqdesigner.engine.model.SocketType.PULL, java.util.List.of("tcp://127.0.0.1:5999"),
                java.util.List.of(), org.zmqdesigner.engine.model.SocketOptions.DEFAULTS.withMaxmsgsize(-1));
        java.util.List<Diagnostic> unlimited = DiagnosticChecks.validate(Designs.design(Designs.app("sink", open)));
        java.util.List<Diagnostic> zero = DiagnosticChecks.validate(Designs.design(Designs.app("sink", open.withOptions(
                org.zmqdesigner.engine.model.SocketOptions.DEFAULTS.withMaxmsgsize(0)))));

        org.assertj.core.api.Assertions.assertThat(DiagnosticChecks.the(unlimited, "UNLIMITED_MESSAGE_SIZE",
                Severity.WARNING, "sink/in").message()).contains("2 GB");
        org.assertj.core.api.Assertions.assertThat(DiagnosticChecks.the(zero, "BAD_VALUE", Severity.ERROR, "sink/in")
                .message()).contains("MAXMSGSIZE");
    }
}
