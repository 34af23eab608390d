package org.zmqdesigner.engine.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zmqdesigner.engine.model.SocketType.DEALER;
import static org.zmqdesigner.engine.model.SocketType.REP;
import static org.zmqdesigner.engine.model.SocketType.REQ;
import static org.zmqdesigner.engine.validate.DiagnosticChecks.assertNo;
import static org.zmqdesigner.engine.validate.DiagnosticChecks.the;
import static org.zmqdesigner.engine.validate.DiagnosticChecks.validate;
import static org.zmqdesigner.engine.validate.DiagnosticChecks.withCode;
import static org.zmqdesigner.engine.validate.Designs.app;
import static org.zmqdesigner.engine.validate.Designs.binding;
import static org.zmqdesigner.engine.validate.Designs.design;
import static org.zmqdesigner.engine.validate.Designs.source;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zmqdesigner.engine.model.Behaviour;
import org.zmqdesigner.engine.model.SocketType;

class LazyPirateRuleTest {

    private static Behaviour.Source pirate(Integer timeoutMs, Integer retries) {
        return source("{seq}").withReplyTimeoutMs(timeoutMs).withRetries(retries);
    }

    /** lpclient's REQ talking to lpserver's REP, which works {@code serverDelayMs} on each request. */
    private static List<Diagnostic> lazyPirate(SocketType clientType, Behaviour.Source client, Integer serverDelayMs) {
        return validate(design(
                app("lpclient", Designs.connecting("client", clientType, "tcp://localhost:5555")).withBehaviour(client),
                app("lpserver", binding("server", REP, "tcp://127.0.0.1:5555"))
                        .withBehaviour(new Behaviour.Responder(null, serverDelayMs, "{payload}")))
                .link("request", "lpclient/client", "lpserver/server", "tcp://localhost:5555"));
    }

    @Test
    void a_lazy_pirate_client_as_the_zguide_writes_it_raises_nothing() {
        List<Diagnostic> all = lazyPirate(REQ, pirate(2500, 3), 1000);

        for (String code : List.of("RETRIES_NOT_REQ", "RETRIES_WITHOUT_TIMEOUT", "TIMEOUT_SHORTER_THAN_WORK",
                "BAD_VALUE")) {
            assertNo(all, code);
        }
    }

    @Test
    void retries_on_a_DEALER_are_refused_because_only_a_REQ_waits_for_each_reply() {
        Diagnostic d = the(lazyPirate(DEALER, pirate(2500, 3), null), "RETRIES_NOT_REQ", Severity.ERROR, "lpclient");

        assertThat(d.message()).contains("DEALER").contains("only a REQ waits");
        assertThat(d.hint()).contains("REQ");
    }

    @Test
    void a_reply_timeout_alone_on_a_DEALER_is_refused_too() {
        the(lazyPirate(DEALER, pirate(2500, null), null), "RETRIES_NOT_REQ", Severity.ERROR, "lpclient");
    }

    @Test
    void a_plain_DEALER_source_is_not_asked_about_retries() {
        assertNo(lazyPirate(DEALER, source("{seq}"), null), "RETRIES_NOT_REQ");
    }

    @Test
    void retries_without_a_timeout_never_happen() {
        Diagnostic d = the(lazyPirate(REQ, pirate(null, 3), null), "RETRIES_WITHOUT_TIMEOUT", Severity.ERROR,
                "lpclient");

        assertThat(d.message()).contains("retries 3 times").contains("replyTimeoutMs");
        assertThat(d.hint()).contains("2500");
    }

    @Test
    void a_timeout_without_retries_is_fine() {
        assertNo(lazyPirate(REQ, pirate(2500, null), null), "RETRIES_WITHOUT_TIMEOUT");
    }

    @Test
    void a_timeout_shorter_than_the_servers_work_is_warned_about() {
        Diagnostic d = the(lazyPirate(REQ, pirate(500, 3), 1000), "TIMEOUT_SHORTER_THAN_WORK", Severity.WARNING,
                "lpclient");

        assertThat(d.message()).contains("500 ms").contains("lpserver works 1000 ms").contains("every request times out");
        assertThat(d.hint()).contains("delayMs of lpserver");
    }

    @Test
    void a_timeout_equal_to_the_servers_work_is_warned_about_too() {
        the(lazyPirate(REQ, pirate(1000, 3), 1000), "TIMEOUT_SHORTER_THAN_WORK", Severity.WARNING, "lpclient");
    }

    @Test
    void an_unlinked_slow_server_does_not_count() {
        List<Diagnostic> all = validate(design(
                app("lpclient", Designs.socket("client", REQ)).withBehaviour(pirate(500, 3)),
                app("lpserver", binding("server", REP, "tcp://127.0.0.1:5555"))
                        .withBehaviour(new Behaviour.Responder(null, 1000, "{payload}"))));

        assertNo(all, "TIMEOUT_SHORTER_THAN_WORK");
    }

    @Test
    void a_timeout_below_one_millisecond_and_negative_retries_are_bad_values() {
        List<Diagnostic> bad = withCode(lazyPirate(REQ, pirate(0, -1), null), "BAD_VALUE");

        assertThat(bad).hasSize(2).allSatisfy(DiagnosticChecks::assertWellWritten);
        assertThat(bad).anySatisfy(d -> assertThat(d.message()).contains("replyTimeoutMs"));
        assertThat(bad).anySatisfy(d -> assertThat(d.message()).contains("retries"));
    }
}
