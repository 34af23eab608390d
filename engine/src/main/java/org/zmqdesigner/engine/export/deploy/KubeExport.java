package org.zmqdesigner.engine.export.deploy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.ContainerPortBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.ProbeBuilder;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zmqdesigner.engine.model.Endpoint;
import org.zmqdesigner.engine.model.Topology;

/**
 * Kubernetes manifests, built with fabric8's model: per host a Deployment whose one pod runs that
 * host's nodes ({@code run --only}), and per bound tcp endpoint a Service, named after its node and
 * socket, that selects that pod. The design rewritten for the cluster goes into a ConfigMap mounted
 * into every pod: binds listen on the pod's interfaces, a node dials a node of another host by the
 * Service's DNS name, and nodes of one host, which share the pod's network, meet on localhost.
 */
final class KubeExport {

    static final String CONFIG_KEY = "topology.zmqtopo";
    static final String PART_OF = "app.kubernetes.io/part-of";
    static final String NAME = "app.kubernetes.io/name";
    static final String COMPONENT = "app.kubernetes.io/component";

    /** The manifests of one host: its Deployment and the Services of the ports it binds. */
    record HostKube(DeployLayout.Host host, Deployment deployment, List<Service> services) {
        List<HasMetadata> resources() {
            List<HasMetadata> all = new ArrayList<>();
            all.add(deployment);
            all.addAll(services);
            return all;
        }
    }

    private final DeployLayout layout;
    private final String designLabel;
    private final Map<DeployLayout.Bind, String> serviceNames = new LinkedHashMap<>();
    private final Map<DeployLayout.Host, String> deploymentNames = new LinkedHashMap<>();
    private final Topology design;
    private final ConfigMap configMap;

    KubeExport(DeployLayout layout, String designLabel) {
        this.layout = layout;
        this.designLabel = designLabel;
        DeployNames.Unique services = new DeployNames.Unique();
        for (DeployLayout.Bind bind : layout.binds()) {
            boolean several = layout.binds().stream().filter(b -> b.node() == bind.node() && b.socket() == bind.socket())
                    .count() > 1;
            serviceNames.put(bind, services.next(DeployNames.label(bind.node().id() + "-" + bind.socket().id()
                    + (several ? "-" + bind.port() : ""), "svc")));
        }
        DeployNames.Unique deployments = new DeployNames.Unique();
        String prefix = DeployNames.label(designLabel, "design", 30);
        for (DeployLayout.Host host : layout.hosts()) {
            deploymentNames.put(host, deployments.next(DeployNames.label(prefix + "-" + host.label(), "design")));
        }
        design = DeployRewrite.of(layout, this::dial, Endpoint::toString);
        configMap = new ConfigMapBuilder()
                .withNewMetadata().withName(configMapName()).withLabels(partOf()).endMetadata()
                .withData(Map.of(CONFIG_KEY, DeployExport.FORMAT.write(design)))
                .build();
    }

    /** The design as the pods run it. */
    Topology design() {
        return design;
    }

    ConfigMap configMap() {
        return configMap;
    }

    String serviceName(DeployLayout.Bind bind) {
        return serviceNames.get(bind);
    }

    String deploymentName(DeployLayout.Host host) {
        return deploymentNames.get(host);
    }

    String configMapName() {
        return DeployNames.label(designLabel, "design", 50) + "-topology";
    }

    HostKube of(DeployLayout.Host host) {
        List<DeployLayout.Bind> binds = layout.binds().stream().filter(b -> b.host() == host).toList();
        String name = deploymentNames.get(host);
        Map<String, String> labels = labels(host);
        List<ContainerPort> ports = binds.stream()
                .map(b -> new ContainerPortBuilder().withContainerPort((int) b.port()).withProtocol("TCP").build())
                .toList();
        Integer probePort = binds.isEmpty() ? null : (int) binds.get(0).port();
        Deployment deployment = new DeploymentBuilder()
                .withNewMetadata().withName(name).withLabels(labels).endMetadata()
                .withNewSpec()
                // One pod: the nodes bind fixed ports and are one of a kind; a second replica would be a
                // second copy of each node, which the design does not have.
                .withReplicas(1)
                .withNewSelector().withMatchLabels(Map.of(NAME, name)).endSelector()
                .withNewTemplate()
                .withNewMetadata().withLabels(labels).endMetadata()
                .withNewSpec()
                .addNewContainer()
                .withName("engine")
                .withImage(DeployImage.name(designLabel))
                .withImagePullPolicy("IfNotPresent")
                .withArgs("run", DeployImage.MOUNTED_TOPOLOGY, "--only", String.join(",", host.nodeIds()))
                .withPorts(ports)
                .withReadinessProbe(probePort == null ? null : probe(probePort, 5, 10))
                .withLivenessProbe(probePort == null ? null : probe(probePort, 15, 20))
                .addNewVolumeMount().withName("topology").withMountPath(DeployImage.MOUNTED_DIR).withReadOnly(true)
                .endVolumeMount()
                .withNewSecurityContext().withRunAsNonRoot(true).withAllowPrivilegeEscalation(false)
                .endSecurityContext()
                .endContainer()
                .addNewVolume().withName("topology").withNewConfigMap().withName(configMapName()).endConfigMap()
                .endVolume()
                .endSpec()
                .endTemplate()
                .endSpec()
                .build();
        List<Service> services = new ArrayList<>();
        for (DeployLayout.Bind bind : binds) {
            Map<String, String> serviceLabels = new LinkedHashMap<>(partOf());
            serviceLabels.put(COMPONENT, host.label());
            services.add(new ServiceBuilder()
                    .withNewMetadata().withName(serviceNames.get(bind)).withLabels(serviceLabels).endMetadata()
                    .withNewSpec()
                    .withSelector(Map.of(NAME, name))
                    .addNewPort().withName("zmq").withProtocol("TCP").withPort((int) bind.port())
                    .withTargetPort(new IntOrString((int) bind.port())).endPort()
                    .endSpec()
                    .build());
        }
        return new HostKube(host, deployment, services);
    }

    /**
     * A tcp connection to the pod's first bound port: ready once the node has bound it, and
     * restarted when it stops answering. The engine counts the probe as a peer that never
     * completed the ZeroMQ handshake; it says so once and counts the rest in its report. A pod that
     * binds nothing has no port to probe; Kubernetes restarts its container when the engine exits.
     */
    private static Probe probe(int port, int initialDelay, int period) {
        return new ProbeBuilder().withNewTcpSocket().withPort(new IntOrString(port)).endTcpSocket()
                .withInitialDelaySeconds(initialDelay).withPeriodSeconds(period).build();
    }

    private Map<String, String> partOf() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put(PART_OF, DeployNames.label(designLabel, "design"));
        return labels;
    }

    private Map<String, String> labels(DeployLayout.Host host) {
        Map<String, String> labels = partOf();
        labels.put(NAME, deploymentNames.get(host));
        labels.put(COMPONENT, host.label());
        return labels;
    }

    /** Nodes of one pod meet on localhost; a node of another pod is dialled by its Service's name. */
    private String dial(DeployLayout.Wire wire) {
        Endpoint endpoint = wire.endpoint();
        if (!endpoint.isTcp()) {
            return endpoint.toString();
        }
        if (!wire.crossesHosts()) {
            return DeployRewrite.dial("localhost", endpoint.port());
        }
        return layout.bindOf(wire).map(b -> DeployRewrite.dial(serviceNames.get(b), endpoint.port()))
                .orElse(endpoint.toString());
    }
}
