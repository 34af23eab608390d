package org.zmqdesigner.engine.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zmqdesigner.engine.model.SocketType.PUB;
import static org.zmqdesigner.engine.model.SocketType.PULL;
import static org.zmqdesigner.engine.model.SocketType.REP;
import static org.zmqdesigner.engine.validate.Designs.app;
import static org.zmqdesigner.engine.validate.Designs.binding;
import static org.zmqdesigner.engine.validate.Designs.design;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zmqdesigner.engine.model.SocketRef;
import org.zmqdesigner.engine.model.Topology;

class OpenBindsTest {

    private static final Topology MIXED = design(
            app("server", binding("api", REP, "tcp://127.0.0.1:5555", "tcp://*:5556")),
            app("feed", binding("out", PUB, "tcp://0.0.0.0:5557"), binding("also", PUB, "tcp://[::]:*")),
            app("local", binding("in", PULL, "tcp://localhost:5558", "ipc://here", "inproc://there")))
            .build();

    @Test
    void every_bind_on_every_interface_is_listed_in_design_order() {
        assertThat(OpenBinds.of(MIXED)).extracting(OpenBinds.OpenBind::endpoint)
                .containsExactly("tcp://*:5556", "tcp://0.0.0.0:5557", "tcp://[::]:*");
        assertThat(OpenBinds.of(MIXED).get(0).socket()).isEqualTo(new SocketRef("server", "api"));
    }

    @Test
    void a_node_that_keeps_to_this_machine_has_none() {
        assertThat(OpenBinds.of(MIXED.node("local").orElseThrow())).isEmpty();
    }

    @Test
    void only_the_nodes_about_to_run_are_listed_when_some_are_named() {
        assertThat(OpenBinds.of(MIXED, Set.of("feed", "local"))).extracting(b -> b.socket().node())
                .containsExactly("feed", "feed");
        assertThat(OpenBinds.of(MIXED, Set.of())).hasSize(3);
    }

    @Test
    void endpoints_that_bind_nothing_are_not_listed() {
        Topology broken = design(app("n", binding("s", PUB, "tcp://*", "tcp://*:70000", "tcp://*:0", "*:5555")))
                .build();

        assertThat(OpenBinds.of(broken)).isEmpty();
    }

    @Test
    void the_words_name_the_socket_the_endpoint_and_the_loopback_fix() {
        OpenBinds.OpenBind open = OpenBinds.of(MIXED).get(0);

        assertThat(open.what()).isEqualTo("server/api binds tcp://*:5556 on every network interface: other machines"
                + " can connect to it.");
        assertThat(open.fix()).contains("bind tcp://127.0.0.1:5556 instead");
        assertThat(OpenBinds.of(MIXED).get(2).loopbackEndpoint()).isEqualTo("tcp://127.0.0.1:*");
        assertThat(open.explanation()).isEqualTo(open.what() + " " + open.fix());
    }

    @Test
    void the_validator_says_the_same_words_for_each_open_bind() {
        List<Diagnostic> infos = new Validator().validate(MIXED).stream()
                .filter(d -> d.code().equals("BIND_ALL_INTERFACES")).toList();

        assertThat(infos).extracting(Diagnostic::element).containsExactly("server/api", "feed/out", "feed/also");
        assertThat(infos.get(0).message()).isEqualTo("Socket " + OpenBinds.of(MIXED).get(0).what());
        assertThat(infos.get(0).hint()).isEqualTo(OpenBinds.of(MIXED).get(0).fix());
    }
}
