package org.zmqdesigner.engine.export.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zmqdesigner.engine.export.ExportTree;
import org.zmqdesigner.engine.format.Samples;
import org.zmqdesigner.engine.format.TopologyFiles;
import org.zmqdesigner.engine.format.TopologyFormat;
import org.zmqdesigner.engine.model.Link;
import org.zmqdesigner.engine.model.Topology;
import org.zmqdesigner.engine.validate.Validator;

/** The Compose files read back into the records that wrote them, and name what they must. */
class ComposeExportTest {

    static final String DNS_LABEL = "[a-z]([-a-z0-9]{0,61}[a-z0-9])?";

    static ComposeSpec compose(ExportTree tree, String host) throws Exception {
        String yaml = tree.file("hosts/" + host + "/compose.yaml").orElseThrow().text();
        JsonNode generic = DeployYaml.mapper().readTree(yaml);
        List<String> keys = new ArrayList<>();
        generic.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).as("top-level keys of %s", host).containsExactly("name", "services");
        return DeployYaml.mapper().readValue(yaml, ComposeSpec.class);
    }

    static Topology composeDesign(ExportTree tree, String host) throws Exception {
        return DeployExport.FORMAT.read(tree.file("hosts/" + host + "/" + ComposeExport.TOPOLOGY_FILE).orElseThrow()
                .content(), host);
    }

    @Test
    void hello_over_two_hosts_publishes_the_servers_port_and_the_client_dials_the_servers_machine() throws Exception {
        ExportTree tree = DeployFixtures.export("hello-two-hosts");

        ComposeSpec alpha = compose(tree, "alpha");
        ComposeSpec beta = compose(tree, "beta");

        assertThat(alpha.name()).isEqualTo("hello-two-hosts-alpha");
        assertThat(alpha.services()).containsOnlyKeys("server");
        ComposeSpec.Service server = alpha.services().get("server");
        assertThat(server.command()).containsExactly("run", DeployImage.MOUNTED_TOPOLOGY, "--only", "server");
        assertThat(server.ports()).containsExactly(new ComposeSpec.Port(5555, "5555", null, "tcp"));
        assertThat(server.healthcheck().test()).containsExactly("CMD", "bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/5555");
        assertThat(server.build()).isEqualTo(new ComposeSpec.Build("../..", "Dockerfile"));
        assertThat(server.volumes()).containsExactly(new ComposeSpec.Volume("bind", "./" + ComposeExport.TOPOLOGY_FILE,
                DeployImage.MOUNTED_TOPOLOGY, true));
        assertThat(beta.services()).containsOnlyKeys("client");
        assertThat(beta.services().get("client").ports()).isEmpty();
        assertThat(beta.services().get("client").healthcheck()).as("binds nothing: nothing to check").isNull();

        assertThat(composeDesign(tree, "alpha").node("server").orElseThrow().sockets().get(0).binds())
                .containsExactly("tcp://*:5555");
        assertThat(composeDesign(tree, "beta").links().get(0).endpoint()).as("the design's name for alpha")
                .isEqualTo("tcp://alpha:5555");
    }

    @Test
    void on_one_host_services_dial_each_other_by_name_inproc_partners_share_one_and_only_outside_ports_are_published()
            throws Exception {
        Topology design = new TopologyFiles(DeployExport.FORMAT).load(Samples.file("async-server"));
        ExportTree tree = DeployFixtures.export(design, "async-server");

        ComposeSpec local = compose(tree, "local");
        Topology inContainers = composeDesign(tree, "local");

        // The server and its workers share inproc://backend: one process, one service.
        List<List<String>> onlys = local.services().values().stream().map(s -> List.of(s.command().get(3).split(",")))
                .toList();
        assertThat(onlys.stream().flatMap(List::stream)).as("every node runs once")
                .containsExactlyInAnyOrderElementsOf(design.nodes().stream().map(n -> n.id()).toList());
        String serverService = local.services().entrySet().stream()
                .filter(e -> e.getValue().command().get(3).contains("server")).findFirst().orElseThrow().getKey();
        assertThat(local.services().get(serverService).command().get(3).split(",")).hasSizeGreaterThan(1)
                .allSatisfy(id -> assertThat(id).matches("server|worker.*"));
        for (Link link : inContainers.links()) {
            if (link.endpoint().startsWith("tcp://")) {
                assertThat(link.endpoint()).as("%s dials the server's service", link.id())
                        .isEqualTo("tcp://" + serverService + ":5570");
            } else {
                assertThat(link.endpoint()).startsWith("inproc://");
            }
        }
        // The server's port is bound on loopback and only the design's own clients connect: unpublished.
        assertThat(local.services().get(serverService).ports()).isEmpty();
        assertThat(local.services().values()).filteredOn(s -> s.command().get(3).startsWith("client"))
                .allSatisfy(s -> assertThat(s.dependsOn()).containsEntry(serverService,
                        new ComposeSpec.Dependency("service_healthy")));
        assertThat(local.services().keySet()).allSatisfy(name -> assertThat(name).matches(DNS_LABEL));
    }

    @Test
    void a_port_no_node_connects_to_is_published_on_the_interface_the_design_binds() throws Exception {
        Topology design = DeployExport.FORMAT.read("""
                {"formatVersion": 1, "nodes": [
                  {"id": "server", "sockets": [{"id": "rep", "type": "REP", "binds": ["tcp://127.0.0.1:5555"]}],
                   "behaviour": {"type": "responder", "reply": "World"}},
                  {"id": "client", "sockets": [{"id": "req", "type": "REQ", "connects": ["tcp://localhost:6000"]}],
                   "behaviour": {"type": "source", "payload": "Hello", "count": 1}}]}
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8), "outside");
        ExportTree tree = DeployFixtures.export(design, "outside");

        ComposeSpec local = compose(tree, "local");

        assertThat(local.services().get("server").ports()).containsExactly(
                new ComposeSpec.Port(5555, "5555", "127.0.0.1", "tcp"));
        assertThat(local.services().get("client").extraHosts()).containsExactly("host.docker.internal:host-gateway");
        assertThat(composeDesign(tree, "local").node("client").orElseThrow().sockets().get(0).connects())
                .containsExactly("tcp://host.docker.internal:6000");
        assertThat(tree.file("README.md").orElseThrow().text()).contains("port 5555: published on 127.0.0.1,"
                + " because no node of the design connects to it");
    }

    @Test
    void a_port_another_host_reaches_at_an_address_the_design_names_is_published_on_that_address() throws Exception {
        Topology design = DeployExport.FORMAT.read("""
                {"formatVersion": 1, "nodes": [
                  {"id": "server", "host": "a", "sockets": [{"id": "rep", "type": "REP", "binds": ["tcp://10.0.0.5:5555"]}],
                   "behaviour": {"type": "responder", "reply": "World"}},
                  {"id": "client", "host": "b", "sockets": [{"id": "req", "type": "REQ"}],
                   "behaviour": {"type": "source", "payload": "Hello", "count": 1}}],
                 "links": [{"id": "l", "from": {"node": "client", "socket": "req"},
                            "to": {"node": "server", "socket": "rep"}, "endpoint": "tcp://10.0.0.5:5555"}]}
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8), "address");
        ExportTree tree = DeployFixtures.export(design, "address");

        assertThat(compose(tree, "a").services().get("server").ports()).containsExactly(
                new ComposeSpec.Port(5555, "5555", "10.0.0.5", "tcp"));
        assertThat(tree.file("README.md").orElseThrow().text()).contains("port 5555: published on 10.0.0.5, because"
                + " node client on host \"b\" connects to it");
        assertThat(composeDesign(tree, "b").links().get(0).endpoint()).isEqualTo("tcp://10.0.0.5:5555");
    }

    @Test
    void every_samples_compose_files_read_back_and_their_designs_validate_without_errors() throws Exception {
        for (Path file : Samples.files()) {
            Topology design = new TopologyFiles(DeployExport.FORMAT).load(file);
            ExportTree tree = DeployFixtures.export(design, "sample");
            ComposeSpec spec = compose(tree, "local");
            Topology inContainers = composeDesign(tree, "local");

            assertThat(Validator.hasErrors(new Validator().validate(inContainers)))
                    .as("%s in containers: %s", file, new Validator().validate(inContainers)).isFalse();
            List<String> nodes = spec.services().values().stream()
                    .flatMap(s -> List.of(s.command().get(3).split(",")).stream()).toList();
            assertThat(nodes).as("%s: every node in one service", file)
                    .containsExactlyInAnyOrderElementsOf(design.nodes().stream().map(n -> n.id()).toList());
            for (Map.Entry<String, ComposeSpec.Service> service : spec.services().entrySet()) {
                assertThat(service.getKey()).matches(DNS_LABEL);
                assertThat(service.getValue().dependsOn().keySet()).isSubsetOf(spec.services().keySet());
            }
        }
    }
}
