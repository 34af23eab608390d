package org.zmqdesigner.engine.export.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zmqdesigner.engine.export.DesignPlan;
import org.zmqdesigner.engine.export.ExportTree;
import org.zmqdesigner.engine.export.ExportedFile;
import org.zmqdesigner.engine.format.Samples;
import org.zmqdesigner.engine.format.TopologyFiles;
import org.zmqdesigner.engine.format.TopologyFormat;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.Socket;
import org.zmqdesigner.engine.model.SocketType;
import org.zmqdesigner.engine.model.Topology;
import org.zmqdesigner.engine.validate.Validator;

/** The Kubernetes manifests read back with fabric8's model and name what they must. */
class KubeExportTest {

    /** RFC 1035 label, what a Service's name must be (and every name here is). */
    static final String DNS_LABEL = ComposeExportTest.DNS_LABEL;
    static final String LABEL_VALUE = "([A-Za-z0-9][-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?";

    static List<HasMetadata> read(ExportTree tree, String path) throws Exception {
        String yaml = tree.file(path).orElseThrow().text();
        List<HasMetadata> all = new ArrayList<>();
        try (MappingIterator<HasMetadata> documents = DeployYaml.mapper().readerFor(HasMetadata.class)
                .readValues(yaml)) {
            documents.forEachRemaining(all::add);
        }
        return all;
    }

    static Topology clusterDesign(ExportTree tree) throws Exception {
        ConfigMap map = (ConfigMap) read(tree, "kubernetes/topology.yaml").get(0);
        return DeployExport.FORMAT.read(map.getData().get(KubeExport.CONFIG_KEY).getBytes(StandardCharsets.UTF_8),
                "configmap");
    }

    @Test
    void hello_over_two_hosts_is_two_deployments_and_the_client_dials_the_servers_service() throws Exception {
        ExportTree tree = DeployFixtures.export("hello-two-hosts");

        List<HasMetadata> alpha = read(tree, "kubernetes/host-alpha.yaml");
        List<HasMetadata> beta = read(tree, "kubernetes/host-beta.yaml");

        assertThat(alpha).extracting(r -> r.getClass().getSimpleName() + " " + r.getMetadata().getName())
                .containsExactly("Deployment hello-two-hosts-alpha", "Service server-responder");
        assertThat(beta).extracting(r -> r.getClass().getSimpleName() + " " + r.getMetadata().getName())
                .containsExactly("Deployment hello-two-hosts-beta");
        Deployment server = (Deployment) alpha.get(0);
        var container = server.getSpec().getTemplate().getSpec().getContainers().get(0);
        assertThat(container.getArgs()).containsExactly("run", DeployImage.MOUNTED_TOPOLOGY, "--only", "server");
        assertThat(container.getPorts()).extracting(p -> p.getContainerPort()).containsExactly(5555);
        assertThat(container.getReadinessProbe().getTcpSocket().getPort().getIntVal()).isEqualTo(5555);
        assertThat(container.getLivenessProbe().getTcpSocket().getPort().getIntVal()).isEqualTo(5555);
        assertThat(server.getSpec().getReplicas()).isEqualTo(1);
        assertThat(server.getSpec().getTemplate().getMetadata().getLabels())
                .containsAllEntriesOf(server.getSpec().getSelector().getMatchLabels());
        Service service = (Service) alpha.get(1);
        assertThat(service.getSpec().getSelector()).isEqualTo(server.getSpec().getSelector().getMatchLabels());
        assertThat(service.getSpec().getPorts()).singleElement().satisfies(p -> {
            assertThat(p.getPort()).isEqualTo(5555);
            assertThat(p.getTargetPort().getIntVal()).isEqualTo(5555);
        });
        for (HasMetadata r : List.of(alpha.get(0), alpha.get(1), beta.get(0))) {
            assertThat(r.getMetadata().getLabels()).containsEntry(KubeExport.PART_OF, "hello-two-hosts");
        }

        Topology inCluster = clusterDesign(tree);
        assertThat(inCluster.links().get(0).endpoint()).isEqualTo("tcp://server-responder:5555");
        assertThat(inCluster.node("server").orElseThrow().sockets().get(0).binds()).containsExactly("tcp://*:5555");
        assertThat(server.getSpec().getTemplate().getSpec().getVolumes().get(0).getConfigMap().getName())
                .isEqualTo(read(tree, "kubernetes/topology.yaml").get(0).getMetadata().getName());
    }

    @Test
    void every_samples_manifests_read_back_with_a_service_per_bound_port_and_valid_names() throws Exception {
        for (Path file : Samples.files()) {
            Topology design = new TopologyFiles(DeployExport.FORMAT).load(file);
            ExportTree tree = DeployFixtures.export(design, file.getFileName().toString());
            List<HasMetadata> resources = read(tree, "kubernetes/host-local.yaml");
            Topology inCluster = clusterDesign(tree);

            assertThat(Validator.hasErrors(new Validator().validate(inCluster))).as("%s in the cluster", file).isFalse();
            Deployment deployment = (Deployment) resources.get(0);
            assertThat(deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getArgs().get(3).split(","))
                    .containsExactlyElementsOf(design.nodes().stream().map(Node::id).toList());
            long boundPorts = design.nodes().stream().flatMap(n -> n.sockets().stream())
                    .mapToLong(s -> s.binds().stream().filter(b -> !b.startsWith("inproc:") && !b.endsWith(":*"))
                            .count()).sum();
            assertThat(resources.stream().filter(r -> r instanceof Service).count()).as("%s services", file)
                    .isEqualTo(boundPorts);
            for (HasMetadata r : resources) {
                assertThat(r.getMetadata().getName()).as(file.toString()).matches(DNS_LABEL);
                assertThat(r.getMetadata().getLabels().values()).allSatisfy(v -> assertThat(v).matches(LABEL_VALUE));
            }
        }
    }

    @Test
    void service_names_are_dns_labels_of_at_most_63_characters_and_never_collide() throws Exception {
        String longId = "n".repeat(60);
        Topology design = new Topology("t", null, List.of(
                node("a-b", "c", 5001), node("a", "b-c", 5002), node(longId + "1", "socket", 5003),
                node(longId + "2", "socket", 5004), node("Ünïcode.Node", "Sock_1", 5005)), List.of());

        ExportTree tree = DeployFixtures.export(design, "collide");
        List<String> names = read(tree, "kubernetes/host-local.yaml").stream().filter(r -> r instanceof Service)
                .map(r -> r.getMetadata().getName()).toList();

        assertThat(names).doesNotHaveDuplicates().hasSize(5)
                .allSatisfy(n -> assertThat(n).matches(DNS_LABEL).hasSizeLessThanOrEqualTo(63));
        assertThat(names).contains("a-b-c", "a-b-c-2", "unicode-node-sock-1");
    }

    private static Node node(String id, String socket, int port) {
        return new Node(id, null, null, null, null, null, List.of(new Socket(socket, SocketType.PULL,
                List.of("tcp://127.0.0.1:" + port), List.of(), null)), null);
    }

    @Test
    void hostile_strings_round_trip_through_the_yaml_and_names_stay_valid() throws Exception {
        Topology design = DeployFixtures.hostile();
        ExportTree tree = DeployFixtures.export(design, DeployFixtures.HOSTILE_NAME);

        Topology inCluster = clusterDesign(tree);
        assertThat(inCluster.title()).isEqualTo(design.title());
        assertThat(inCluster.nodes()).extracting(Node::host).containsExactlyElementsOf(
                design.nodes().stream().map(Node::host).toList());
        assertThat(inCluster.nodes()).extracting(Node::name).containsExactlyElementsOf(
                design.nodes().stream().map(Node::name).toList());
        List<String> kubeFiles = tree.files().stream().map(ExportedFile::path).filter(p -> p.startsWith("kubernetes/"))
                .toList();
        assertThat(kubeFiles).hasSize(3);
        List<HasMetadata> all = new ArrayList<>();
        for (String path : kubeFiles) {
            all.addAll(read(tree, path));
        }
        assertThat(all).extracting(r -> r.getKind()).containsExactlyInAnyOrder("ConfigMap", "Deployment", "Deployment",
                "Service");
        for (HasMetadata r : all) {
            assertThat(r.getMetadata().getName()).matches(DNS_LABEL);
            for (Map.Entry<String, String> label : r.getMetadata().getLabels().entrySet()) {
                assertThat(label.getValue()).as(label.getKey()).matches(LABEL_VALUE);
            }
        }
        List<String> args = all.stream().filter(r -> r instanceof Deployment)
                .map(r -> ((Deployment) r).getSpec().getTemplate().getSpec().getContainers().get(0).getArgs().get(3))
                .toList();
        assertThat(args).containsExactlyInAnyOrder(DeployFixtures.SERVER_ID, DeployFixtures.CLIENT_ID);

        for (DeployLayout.Host host : DeployLayout.of(DesignPlan.of(design, "h")).hosts()) {
            ComposeSpec compose = ComposeExportTest.compose(tree, host.label());
            assertThat(host.label()).matches(DNS_LABEL);
            assertThat(compose.name()).matches("[a-z0-9][a-z0-9_-]*");
            assertThat(compose.services().values()).allSatisfy(s -> {
                assertThat(s.labels()).containsEntry("org.zmqdesigner.host", host.name())
                        .containsEntry("org.zmqdesigner.design", DeployFixtures.HOSTILE_NAME);
            });
        }
        String readme = tree.file("README.md").orElseThrow().text();
        assertThat(readme.lines()).as("no user string breaks a line of the README")
                .noneMatch(l -> l.startsWith("rm -rf") || l.startsWith("kind: Secret") || l.startsWith("# end"));
    }
}
