package org.zmqdesigner.engine.export.deploy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.zmqdesigner.engine.export.PortableEndpoints;
import org.zmqdesigner.engine.model.Endpoint;
import org.zmqdesigner.engine.model.Topology;

/**
 * One Compose file per host: a service per process (a node, or the nodes an inproc link joins),
 * each running {@code run --only} in the export's image on the design rewritten for containers.
 *
 * <p>Inside a container the design's loopback means that container alone, so every fixed-port bind
 * listens on all of the container's interfaces, a node dials a node of another service on the same
 * host by that service's name, and a node of the same service on localhost. A link to a node on
 * another host keeps the design's name for that machine. A connect to a program outside the design
 * on loopback dials the Docker host ({@code host.docker.internal}).
 *
 * <p>The publish rule (also in the README): a bound port is published on the host when a node on
 * another host connects to it, or when the design binds it on every interface (other machines may
 * connect), or when no node of the design connects to it (it is there for a program outside the
 * design; published on the interface the design binds, loopback for loopback). A port only nodes
 * of the same host connect to stays on the Compose network, unpublished.
 */
final class ComposeExport {

    static final String TOPOLOGY_FILE = "topology.compose.zmqtopo";
    static final String DOCKER_HOST = "host.docker.internal";

    /** Whether and where a bound port is published, and why, in words. */
    record Publishing(DeployLayout.Bind bind, String service, boolean published, String hostIp, String why) {
    }

    /** What one host gets: its Compose file, its design for containers and its ports' publishing. */
    record HostCompose(DeployLayout.Host host, ComposeSpec spec, Topology design, List<Publishing> ports) {
    }

    private final DeployLayout layout;
    private final String designLabel;
    private final PortableEndpoints portable;

    ComposeExport(DeployLayout layout, String designLabel) {
        this.layout = layout;
        this.designLabel = designLabel;
        this.portable = new PortableEndpoints(layout.plan().topology());
    }

    HostCompose of(DeployLayout.Host host) {
        Topology design = DeployRewrite.of(layout, wire -> dial(host, wire), this::outside);
        List<Publishing> publishing = new ArrayList<>();
        Map<String, ComposeSpec.Service> services = new LinkedHashMap<>();
        Map<String, Set<String>> dependsOn = dependencies(host);
        for (DeployLayout.Group group : host.groups()) {
            List<DeployLayout.Bind> binds = layout.binds().stream()
                    .filter(b -> group.nodeIds().contains(b.node().id())).toList();
            List<ComposeSpec.Port> ports = new ArrayList<>();
            for (DeployLayout.Bind bind : binds) {
                Publishing p = publishing(bind, group.label());
                publishing.add(p);
                if (p.published()) {
                    ports.add(new ComposeSpec.Port((int) bind.port(), Long.toString(bind.port()), p.hostIp(), "tcp"));
                }
            }
            Map<String, ComposeSpec.Dependency> deps = new LinkedHashMap<>();
            for (String other : dependsOn.getOrDefault(group.label(), Set.of())) {
                boolean healthy = layout.binds().stream().anyMatch(b -> layout.group(b.node().id()).label().equals(other)
                        && b.host() == host);
                deps.put(other, new ComposeSpec.Dependency(healthy ? "service_healthy" : "service_started"));
            }
            services.put(group.label(), new ComposeSpec.Service(
                    DeployImage.name(designLabel),
                    new ComposeSpec.Build("../..", "Dockerfile"),
                    List.of("run", DeployImage.MOUNTED_TOPOLOGY, "--only", String.join(",", group.nodeIds())),
                    labels(host, group),
                    List.of(new ComposeSpec.Volume("bind", "./" + TOPOLOGY_FILE, DeployImage.MOUNTED_TOPOLOGY, true)),
                    ports,
                    dialsDockerHost(group) ? List.of(DOCKER_HOST + ":host-gateway") : List.of(),
                    deps,
                    binds.isEmpty() ? null : healthcheck(binds.get(0).port())));
        }
        ComposeSpec spec = new ComposeSpec(DeployNames.label(designLabel + "-" + host.label(), "design"), services);
        return new HostCompose(host, spec, design, publishing);
    }

    private Map<String, String> labels(DeployLayout.Host host, DeployLayout.Group group) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("org.zmqdesigner.design", layout.plan().name());
        if (!host.name().isEmpty()) {
            labels.put("org.zmqdesigner.host", host.name());
        }
        labels.put("org.zmqdesigner.nodes", String.join(",", group.nodeIds()));
        return labels;
    }

    /**
     * A tcp connection to the node's first bound port, from inside its container, with bash's
     * /dev/tcp (the image's Ubuntu has bash, not nc): the port accepts connections once the node
     * has bound it, and stops when the engine has stopped. The engine counts the probe as a peer
     * that never completed the ZeroMQ handshake; it says so once and counts the rest in its report.
     */
    static ComposeSpec.Healthcheck healthcheck(long port) {
        return new ComposeSpec.Healthcheck(List.of("CMD", "bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/" + port),
                "10s", "3s", 3, "5s");
    }

    private String dial(DeployLayout.Host host, DeployLayout.Wire wire) {
        Endpoint endpoint = wire.endpoint();
        if (!endpoint.isTcp() || wire.from() != host || wire.to() != host) {
            return endpoint.toString();
        }
        DeployLayout.Group from = layout.group(wire.link().from().node());
        DeployLayout.Group to = layout.group(wire.link().to().node());
        return DeployRewrite.dial(from == to ? "localhost" : to.label(), endpoint.port());
    }

    private String outside(Endpoint endpoint) {
        if (endpoint.isTcp() && endpoint.isLoopbackHost()) {
            return DeployRewrite.dial(DOCKER_HOST, endpoint.port());
        }
        return endpoint.toString();
    }

    private boolean dialsDockerHost(DeployLayout.Group group) {
        return group.nodeIds().stream().map(id -> layout.plan().node(id).orElseThrow()).anyMatch(node ->
                node.node().sockets().stream().flatMap(s -> s.connects().stream())
                        .map(c -> Endpoint.parse(portable.portable(c)))
                        .anyMatch(e -> e.isTcp() && e.isLoopbackHost()));
    }

    private Publishing publishing(DeployLayout.Bind bind, String service) {
        List<DeployLayout.Wire> wires = layout.wiresTo(bind);
        Optional<DeployLayout.Wire> fromElsewhere = wires.stream().filter(DeployLayout.Wire::crossesHosts).findFirst();
        Endpoint written = Endpoint.parse(bind.original());
        if (fromElsewhere.isPresent()) {
            DeployLayout.Wire w = fromElsewhere.get();
            return new Publishing(bind, service, true, hostIp(written), "node " + w.link().from().node() + " on "
                    + w.from().shown() + " connects to it");
        }
        if (written.isWildcardHost()) {
            return new Publishing(bind, service, true, null, "the design binds it on every interface, so programs on"
                    + " other machines may connect");
        }
        if (wires.isEmpty()) {
            return new Publishing(bind, service, true, hostIp(written), "no node of the design connects to it, so it"
                    + " is there for a program outside the design; published on "
                    + (hostIp(written) == null ? "every interface" : hostIp(written)) + " as the design binds it");
        }
        return new Publishing(bind, service, false, null, "only nodes on the same host connect to it; they dial "
                + "the service by name on the Compose network");
    }

    /** Where on the host a port is published: the design's address when it names one, else every interface. */
    static String hostIp(Endpoint written) {
        if (!written.isTcp() || written.isLoopbackHost()) {
            return "127.0.0.1";
        }
        String host = written.host();
        if (written.isWildcardHost()) {
            return null;
        }
        if (host.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            return host;
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            return host.substring(1, host.length() - 1);
        }
        return null;
    }

    /**
     * Which services start after which: a service after the services of this host it connects to,
     * so that a binder accepts connections before its peers start (ZeroMQ would connect later by
     * itself; the order only makes the start tidy). Never a cycle, which Compose refuses: a
     * dependency that would close one is left out.
     */
    private Map<String, Set<String>> dependencies(DeployLayout.Host host) {
        Map<String, Set<String>> deps = new HashMap<>();
        for (DeployLayout.Wire wire : layout.wires()) {
            if (wire.from() != host || wire.to() != host) {
                continue;
            }
            String from = layout.group(wire.link().from().node()).label();
            String to = layout.group(wire.link().to().node()).label();
            if (!from.equals(to) && !reaches(deps, to, from, new HashSet<>())) {
                deps.computeIfAbsent(from, k -> new java.util.LinkedHashSet<>()).add(to);
            }
        }
        return deps;
    }

    private static boolean reaches(Map<String, Set<String>> deps, String from, String to, Set<String> seen) {
        if (from.equals(to)) {
            return true;
        }
        if (!seen.add(from)) {
            return false;
        }
        return deps.getOrDefault(from, Set.of()).stream().anyMatch(next -> reaches(deps, next, to, seen));
    }
}
