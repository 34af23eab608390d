package org.zmqdesigner.engine.export.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zmqdesigner.engine.export.DesignPlan;
import org.zmqdesigner.engine.export.ExportRefusedException;
import org.zmqdesigner.engine.export.ExportTarget;
import org.zmqdesigner.engine.export.ExportTree;
import org.zmqdesigner.engine.export.ExportedFile;
import org.zmqdesigner.engine.export.Exports;
import org.zmqdesigner.engine.model.Topology;

/** The deployment as a whole: its files, its refusals, its notes and the engine's jar. */
class DeployExportTest {

    private static Topology read(String json) throws Exception {
        return DeployExport.FORMAT.read(json.getBytes(StandardCharsets.UTF_8), "test");
    }

    @Test
    void a_deployment_holds_the_design_a_dockerfile_a_readme_and_per_host_a_launcher_compose_and_kubernetes()
            throws Exception {
        ExportTree tree = DeployFixtures.export("hello-two-hosts");

        assertThat(tree.files()).extracting(ExportedFile::path).containsExactly("README.md", "topology.zmqtopo",
                "Dockerfile", "hosts/beta/run.sh", "hosts/beta/compose.yaml", "hosts/beta/topology.compose.zmqtopo",
                "hosts/alpha/run.sh", "hosts/alpha/compose.yaml", "hosts/alpha/topology.compose.zmqtopo",
                "kubernetes/topology.yaml", "kubernetes/host-beta.yaml", "kubernetes/host-alpha.yaml");
        assertThat(tree.files()).filteredOn(ExportedFile::executable).extracting(ExportedFile::path)
                .as("hosts in the design's order: the client's first").containsExactly("hosts/beta/run.sh",
                        "hosts/alpha/run.sh");
        assertThat(DeployExport.FORMAT.read(tree.file("topology.zmqtopo").orElseThrow().content(), "t"))
                .isEqualTo(DeployFixtures.design("hello-two-hosts"));
        assertThat(tree.file("Dockerfile").orElseThrow().text()).contains("FROM eclipse-temurin:17-jre")
                .contains("COPY zmq-designer-engine.jar").contains("COPY topology.zmqtopo").contains("USER 10001");
        assertThat(tree.notes()).anySatisfy(n -> assertThat(n).contains("jar is not in the export"));
    }

    @Test
    void an_inproc_link_across_hosts_is_refused_with_the_validators_reason() throws Exception {
        Topology design = read("""
                {"formatVersion": 1, "nodes": [
                  {"id": "a", "host": "one", "sockets": [{"id": "p", "type": "PAIR", "binds": ["inproc://x"]}]},
                  {"id": "b", "host": "two", "sockets": [{"id": "p", "type": "PAIR"}]}],
                 "links": [{"id": "l", "from": {"node": "b", "socket": "p"}, "to": {"node": "a", "socket": "p"},
                            "endpoint": "inproc://x"}]}
                """);

        assertThatThrownBy(() -> Exports.export(design, "split", ExportTarget.DEPLOY))
                .isInstanceOf(ExportRefusedException.class)
                .hasMessageContaining("INPROC_ACROSS_HOSTS").hasMessageContaining("inproc only joins threads of one"
                        + " process");
    }

    @Test
    void a_design_without_nodes_is_refused_there_being_nothing_to_deploy() throws Exception {
        assertThatThrownBy(() -> DeployFixtures.export(read("{\"formatVersion\": 1}"), "empty"))
                .isInstanceOf(ExportRefusedException.class).hasMessageContaining("nothing to deploy");
    }

    @Test
    void ipc_is_exported_as_tcp_for_containers_and_the_readme_says_why() throws Exception {
        Topology design = read("""
                {"formatVersion": 1, "nodes": [
                  {"id": "server", "sockets": [{"id": "rep", "type": "REP", "binds": ["ipc://hello.ipc"]}],
                   "behaviour": {"type": "responder", "reply": "World"}},
                  {"id": "client", "sockets": [{"id": "req", "type": "REQ"}],
                   "behaviour": {"type": "source", "payload": "Hello", "count": 1}}],
                 "links": [{"id": "l", "from": {"node": "client", "socket": "req"},
                            "to": {"node": "server", "socket": "rep"}, "endpoint": "ipc://hello.ipc"}]}
                """);

        ExportTree tree = DeployFixtures.export(design, "ipc");

        assertThat(tree.notes()).anySatisfy(n -> assertThat(n).startsWith("ipc://hello.ipc is exported as"
                + " tcp://127.0.0.1:15555"));
        assertThat(tree.file("README.md").orElseThrow().text()).contains("ipc://hello.ipc is exported as");
        Topology inContainers = ComposeExportTest.composeDesign(tree, "local");
        assertThat(inContainers.links().get(0).endpoint()).isEqualTo("tcp://server:15555");
        assertThat(inContainers.node("server").orElseThrow().sockets().get(0).binds()).containsExactly("tcp://*:15555");
        assertThat(KubeExportTest.clusterDesign(tree).links().get(0).endpoint()).isEqualTo("tcp://localhost:15555");
        assertThat(DeployExport.FORMAT.read(tree.file("topology.zmqtopo").orElseThrow().content(), "t"))
                .as("the launchers run the design as it is: JeroMQ's ipc meets JeroMQ's ipc").isEqualTo(design);
    }

    @Test
    void the_start_order_puts_the_subscribers_host_before_the_publishers() throws Exception {
        DeployLayout layout = DeployLayout.of(DesignPlan.of(DeployFixtures.design("syncpub-two-hosts"), "s"));

        assertThat(layout.startOrder()).extracting(DeployLayout.Host::label).containsExactly("beta", "alpha");
        assertThat(DeployFixtures.export("syncpub-two-hosts").file("README.md").orElseThrow().text())
                .contains("Start the hosts in this order: host \"beta\", then host \"alpha\"");
        assertThat(DeployFixtures.export("hello-two-hosts").file("README.md").orElseThrow().text())
                .contains("Any order: ZeroMQ connects");
    }

    @Test
    void nodes_without_a_host_run_on_one_host_named_local_kept_apart_from_a_host_called_local() throws Exception {
        Topology design = read("""
                {"formatVersion": 1, "nodes": [
                  {"id": "a", "sockets": [{"id": "p", "type": "PULL", "binds": ["tcp://127.0.0.1:5001"]}]},
                  {"id": "b", "host": "local", "sockets": [{"id": "p", "type": "PULL", "binds": ["tcp://127.0.0.1:5002"]}]},
                  {"id": "c", "host": "  ", "sockets": [{"id": "p", "type": "PULL", "binds": ["tcp://127.0.0.1:5003"]}]}]}
                """);

        DeployLayout layout = DeployLayout.of(DesignPlan.of(design, "hosts"));

        assertThat(layout.hosts()).extracting(h -> h.label() + "=" + h.nodeIds())
                .containsExactly("local=[a, c]", "local-2=[b]");
    }

    @Test
    void the_engines_runnable_jar_is_copied_into_the_export_and_a_plain_jar_is_not_taken_for_it(@TempDir Path dir)
            throws Exception {
        Path runnable = jar(dir.resolve("engine.jar"), DeployEngineJar.MAIN_CLASS);
        Path plain = jar(dir.resolve("plain.jar"), null);

        ExportTree tree = new DeployExport(runnable).export(DesignPlan.of(DeployFixtures.design("hello-two-hosts"), "h"));

        assertThat(tree.file(DeployImage.JAR).orElseThrow().content()).isEqualTo(Files.readAllBytes(runnable));
        assertThat(tree.file("README.md").orElseThrow().text()).contains("the engine that runs it, copied from");
        assertThat(tree.notes()).noneSatisfy(n -> assertThat(n).contains("jar is not in the export"));
        assertThat(DeployEngineJar.runnable(runnable)).isTrue();
        assertThat(DeployEngineJar.runnable(plain)).isFalse();
        assertThat(DeployEngineJar.runnable(dir)).isFalse();
    }

    private static Path jar(Path path, String mainClass) throws Exception {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (mainClass != null) {
            manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass);
        }
        try (OutputStream out = Files.newOutputStream(path); JarOutputStream jar = new JarOutputStream(out, manifest)) {
            jar.flush();
        }
        return path;
    }
}
