package org.zmqdesigner.engine.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zmqdesigner.engine.model.SocketType.DEALER;
import static org.zmqdesigner.engine.model.SocketType.PUB;
import static org.zmqdesigner.engine.model.SocketType.PULL;
import static org.zmqdesigner.engine.model.SocketType.PUSH;
import static org.zmqdesigner.engine.model.SocketType.REP;
import static org.zmqdesigner.engine.model.SocketType.ROUTER;
import static org.zmqdesigner.engine.validate.DiagnosticChecks.assertNo;
import static org.zmqdesigner.engine.validate.DiagnosticChecks.codes;
import static org.zmqdesigner.engine.validate.DiagnosticChecks.the;
import static org.zmqdesigner.engine.validate.DiagnosticChecks.validate;
import static org.zmqdesigner.engine.validate.DiagnosticChecks.withCode;
import static org.zmqdesigner.engine.validate.Designs.binding;
import static org.zmqdesigner.engine.validate.Designs.design;
import static org.zmqdesigner.engine.validate.Designs.device;
import static org.zmqdesigner.engine.validate.Designs.socket;
import static org.zmqdesigner.engine.validate.Designs.source;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.NodeKind;
import org.zmqdesigner.engine.model.Socket;
import org.zmqdesigner.engine.model.SocketType;

class DeviceRuleTest {

    private static Socket frontend(SocketType type) {
        return binding(NodeKind.FRONTEND, type, "tcp://127.0.0.1:5559");
    }

    private static Socket backend(SocketType type) {
        return binding(NodeKind.BACKEND, type, "tcp://127.0.0.1:5560");
    }

    private static Node queue(Socket... sockets) {
        return device("broker", NodeKind.QUEUE, sockets);
    }

    @ParameterizedTest(name = "a {0} with the right frontend and backend is fine")
    @EnumSource(value = NodeKind.class, names = {"QUEUE", "FORWARDER", "STREAMER"})
    void a_device_with_the_sockets_it_needs_has_no_device_diagnostics(NodeKind kind) {
        SocketType front = kind.deviceSockets().get(NodeKind.FRONTEND);
        SocketType back = kind.deviceSockets().get(NodeKind.BACKEND);
        List<Diagnostic> all = validate(design(device("d", kind, frontend(front), backend(back))));

        assertThat(codes(all)).doesNotContain("DEVICE_SOCKETS", "DEVICE_BEHAVIOUR", "NO_BEHAVIOUR");
    }

    @Test
    void a_queue_without_a_backend_lacks_a_device_socket() {
        List<Diagnostic> all = validate(design(queue(frontend(ROUTER))));

        Diagnostic d = the(all, "DEVICE_SOCKETS", Severity.ERROR, "broker");
        assertThat(d.message()).contains("\"backend\"").contains("queue");
        assertThat(d.hint()).contains("DEALER").contains("\"backend\"");
    }

    @Test
    void a_device_without_sockets_lacks_both_device_sockets() {
        List<Diagnostic> all = validate(design(device("fwd", NodeKind.FORWARDER)));

        assertThat(withCode(all, "DEVICE_SOCKETS")).hasSize(2)
                .allSatisfy(d -> assertThat(d.element()).isEqualTo("fwd"))
                .allSatisfy(DiagnosticChecks::assertWellWritten);
    }

    @Test
    void a_queue_whose_frontend_is_a_DEALER_has_the_wrong_device_socket() {
        List<Diagnostic> all = validate(design(queue(frontend(DEALER), backend(DEALER))));

        Diagnostic d = the(all, "DEVICE_SOCKETS", Severity.ERROR, "broker/frontend");
        assertThat(d.message()).contains("DEALER").contains("ROUTER");
        assertThat(d.hint()).contains("ROUTER");
    }

    @Test
    void a_device_socket_the_proxy_never_uses_is_flagged() {
        List<Diagnostic> all = validate(design(queue(frontend(ROUTER), backend(DEALER), socket("monitor", PUB))));

        Diagnostic d = the(all, "DEVICE_SOCKETS", Severity.ERROR, "broker/monitor");
        assertThat(d.message()).contains("\"monitor\"");
    }

    @Test
    void a_capture_socket_that_sends_is_fine() {
        List<Diagnostic> all = validate(design(queue(frontend(ROUTER), backend(DEALER),
                binding(NodeKind.CAPTURE, PUB, "tcp://127.0.0.1:5561"))));

        assertNo(all, "DEVICE_SOCKETS");
    }

    @Test
    void a_capture_socket_that_cannot_send_is_flagged() {
        List<Diagnostic> all = validate(design(queue(frontend(ROUTER), backend(DEALER),
                binding(NodeKind.CAPTURE, PULL, "tcp://127.0.0.1:5561"))));

        Diagnostic d = the(all, "DEVICE_SOCKETS", Severity.ERROR, "broker/capture");
        assertThat(d.message()).contains("PULL");
        assertThat(d.hint()).contains("PUB").contains("PUSH");
    }

    /**
     * Exposes a bug: DeviceRule only asks whether the capture socket can send. A REP must receive before it
     * sends, so the proxy's first copy fails (EFSM) and JeroMQ's Proxy stops forwarding altogether.
     */
    @Test
    void a_capture_socket_that_must_receive_before_it_sends_is_flagged() {
        List<Diagnostic> all = validate(design(queue(frontend(ROUTER), backend(DEALER),
                binding(NodeKind.CAPTURE, REP, "tcp://127.0.0.1:5561"))));

        assertThat(codes(all))
                .as("a REP capture cannot send the proxy's first copy, which stops the proxy; the validator"
                        + " said %s", all)
                .contains("DEVICE_SOCKETS");
        the(all, "DEVICE_SOCKETS", Severity.ERROR, "broker/capture");
    }

    @Test
    void a_device_with_a_behaviour_is_warned_about() {
        List<Diagnostic> all = validate(design(queue(frontend(ROUTER), backend(DEALER)).withBehaviour(source("x"))));

        Diagnostic d = the(all, "DEVICE_BEHAVIOUR", Severity.WARNING, "broker");
        assertThat(d.message()).contains("source");
        assertNo(all, "BEHAVIOUR_SOCKET");
    }

    @Test
    void a_streamer_in_the_middle_of_a_pipeline_validates_without_errors() {
        List<Diagnostic> all = validate(design(
                Designs.app("vent", socket("out", PUSH)).withBehaviour(source("task")),
                device("streamer", NodeKind.STREAMER, frontend(PULL), backend(PUSH)),
                Designs.app("sink", socket("in", PULL)).withBehaviour(Designs.sink()))
                .link("v-s", "vent/out", "streamer/frontend", "tcp://localhost:5559")
                .link("s-s", "sink/in", "streamer/backend", "tcp://localhost:5560"));

        assertThat(Validator.hasErrors(all)).as("%s", all).isFalse();
    }
}
