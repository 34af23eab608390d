package org.zmqdesigner.engine.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zmqdesigner.engine.model.SocketType.PULL;
import static org.zmqdesigner.engine.validate.DiagnosticChecks.the;
import static org.zmqdesigner.engine.validate.DiagnosticChecks.validate;
import static org.zmqdesigner.engine.validate.Designs.app;
import static org.zmqdesigner.engine.validate.Designs.helloWorld;
import static org.zmqdesigner.engine.validate.Designs.socket;

import java.util.List;
import org.junit.jupiter.api.Test;

class IdSpellingRuleTest {

    @Test
    void a_node_id_with_a_slash_is_refused_because_reports_name_sockets_as_node_slash_socket() {
        List<Diagnostic> all = validate(Designs.design(app("a/b", socket("in", PULL))));

        Diagnostic d = the(all, "BAD_ID", Severity.ERROR, "a/b");
        assertThat(d.message()).contains("\"a/b\"").contains("\"/\"");
        assertThat(d.hint()).contains("\"a-b\"");
    }

    @Test
    void a_socket_id_with_a_comma_or_a_space_is_refused() {
        List<Diagnostic> spaced = validate(Designs.design(app("worker", socket("in put", PULL))));
        List<Diagnostic> comma = validate(Designs.design(app("worker", socket("x,y", PULL))));

        assertThat(the(spaced, "BAD_ID", Severity.ERROR, "worker/in put").message()).contains("a space");
        the(comma, "BAD_ID", Severity.ERROR, "worker/x,y");
    }

    @Test
    void a_link_id_with_a_control_character_is_refused_and_shown_escaped() {
        List<Diagnostic> all = validate(helloWorld().link("he\u0007llo", "client/requester", "server/responder",
                "tcp://localhost:5555"));

        assertThat(the(all, "BAD_ID", Severity.ERROR, "he\u0007llo").message()).contains("he\\u0007llo")
                .contains("invisible");
    }

    @Test
    void letters_of_any_script_digits_dashes_underscores_and_dots_are_fine() {
        List<Diagnostic> all = validate(Designs.design(app("구독자-1_v2.0", socket("in", PULL))));

        assertThat(all).noneMatch(d -> d.code().equals("BAD_ID"));
    }

    @Test
    void an_id_longer_than_64_characters_is_refused() {
        String id = "n".repeat(65);
        List<Diagnostic> all = validate(Designs.design(app(id, socket("in", PULL))));

        assertThat(the(all, "BAD_ID", Severity.ERROR, id).message()).contains("65 characters");
    }
}
