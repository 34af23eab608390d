package org.zmqdesigner.engine.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.zmqdesigner.engine.format.Samples;
import org.zmqdesigner.engine.format.TopologyFiles;
import org.zmqdesigner.engine.format.TopologyFormat;
import org.zmqdesigner.engine.model.Behaviour;
import org.zmqdesigner.engine.model.Topology;

class DesignPlanTest {

    @Test
    void every_sample_plans_with_each_behaviour_socket_named_and_each_socket_explained() throws Exception {
        for (Path file : Samples.files()) {
            Topology topology = new TopologyFiles().load(file);
            DesignPlan plan = DesignPlan.of(topology, "sample");
            assertThat(plan.nodes()).hasSameSizeAs(topology.nodes());
            for (NodePlan node : plan.nodes()) {
                assertThat(node.pattern()).as("%s %s", file, node.id()).isNotBlank();
                for (SocketPlan socket : node.sockets()) {
                    assertThat(socket.role()).startsWith(socket.type().name());
                    assertThat(socket.binds().size() + socket.connects().size())
                            .as("%s %s.%s goes somewhere", file, node.id(), socket.id()).isPositive();
                }
                Behaviour b = node.behaviour();
                if (b instanceof Behaviour.Source s) {
                    assertThat(node.socket(s.socket())).as("%s %s", file, node.id()).isPresent();
                } else if (b instanceof Behaviour.Responder r) {
                    assertThat(node.socket(r.socket())).isPresent();
                } else if (b instanceof Behaviour.Sink s) {
                    assertThat(node.socket(s.socket())).isPresent();
                } else if (b instanceof Behaviour.Worker w) {
                    assertThat(node.socket(w.input())).isPresent();
                    assertThat(node.socket(w.output())).isPresent();
                } else if (b instanceof Behaviour.Broker k) {
                    assertThat(node.socket(k.frontend())).isPresent();
                    assertThat(node.socket(k.backend())).isPresent();
                }
            }
        }
    }

    @Test
    void ipc_is_exported_as_tcp_on_loopback_on_both_ends_and_the_export_says_why() throws Exception {
        Topology topology = read("""
                {"formatVersion": 1, "nodes": [
                  {"id": "server", "sockets": [{"id": "rep", "type": "REP", "binds": ["ipc://hello.ipc"]}],
                   "behaviour": {"type": "responder", "reply": "World"}},
                  {"id": "client", "sockets": [{"id": "req", "type": "REQ"}],
                   "behaviour": {"type": "source", "payload": "Hello"}},
                  {"id": "other", "sockets": [{"id": "req", "type": "REQ", "binds": ["tcp://127.0.0.1:15555"]}]}],
                 "links": [{"id": "l", "from": {"node": "client", "socket": "req"},
                            "to": {"node": "server", "socket": "rep"}, "endpoint": "ipc://hello.ipc"}]}
                """);
        DesignPlan plan = DesignPlan.of(topology, "ipc");
        assertThat(plan.node("server").orElseThrow().socket("rep").orElseThrow().binds())
                .containsExactly("tcp://127.0.0.1:15556");
        assertThat(plan.node("client").orElseThrow().socket("req").orElseThrow().connects())
                .containsExactly("tcp://127.0.0.1:15556");
        assertThat(plan.notes()).singleElement().asString().contains("ipc://hello.ipc", "tcp://127.0.0.1:15556",
                "Unix socket");
        assertThat(plan.node("client").orElseThrow().pattern()).contains("hwclient");
        assertThat(plan.node("server").orElseThrow().socket("rep").orElseThrow().role())
                .isEqualTo("REP, the server: receives a request, then must send the reply; binds tcp://127.0.0.1:15556,"
                        + " where client's req connects");
    }

    @Test
    void a_design_with_errors_is_refused_with_each_error() throws Exception {
        Topology topology = read("""
                {"formatVersion": 1, "nodes": [
                  {"id": "a", "sockets": [{"id": "s", "type": "REQ"}]},
                  {"id": "b", "sockets": [{"id": "s", "type": "PUB", "binds": ["tcp://127.0.0.1:5555"]}]}],
                 "links": [{"id": "l", "from": {"node": "a", "socket": "s"},
                            "to": {"node": "b", "socket": "s"}, "endpoint": "tcp://localhost:5555"}]}
                """);
        assertThatThrownBy(() -> DesignPlan.of(topology, "bad")).isInstanceOf(ExportRefusedException.class)
                .hasMessageContaining("1 error")
                .satisfies(e -> assertThat(((ExportRefusedException) e).reasons()).singleElement().asString()
                        .contains("REQ", "PUB"));
    }

    private static Topology read(String json) throws Exception {
        return new TopologyFormat().read(json.getBytes(StandardCharsets.UTF_8), "test");
    }
}
