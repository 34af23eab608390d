package org.zmqdesigner.engine.export.deploy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zmqdesigner.engine.export.DesignPlan;
import org.zmqdesigner.engine.export.NodePlan;
import org.zmqdesigner.engine.export.PortableEndpoints;
import org.zmqdesigner.engine.export.SocketPlan;
import org.zmqdesigner.engine.model.Endpoint;
import org.zmqdesigner.engine.model.Link;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.SocketType;
import org.zmqdesigner.engine.model.Topology;

/**
 * A design as a deployment sees it: which nodes run on which host (the nodes' {@code host} field,
 * one host when it is unset), which of a host's nodes must share a process because an inproc link
 * joins them, which tcp endpoints are bound and by whom, and the order to start the hosts in. The
 * launcher, Compose, Kubernetes and the README all read this one layout.
 */
final class DeployLayout {

    /** The host that nodes without a {@code host} field run on. */
    static final String UNSET_HOST_LABEL = "local";

    /**
     * One machine of the deployment.
     *
     * @param name the host as the design writes it; "" when unset
     * @param label its name as a folder and a DNS label: sanitised, unique in the export
     * @param nodes its nodes in the design's order
     * @param groups its nodes by process: nodes an inproc link joins are one group
     */
    record Host(String name, String label, List<NodePlan> nodes, List<Group> groups) {
        List<String> nodeIds() {
            return nodes.stream().map(NodePlan::id).toList();
        }

        /** How the README and comments name it. */
        String shown() {
            return name.isEmpty() ? "this machine (no node names a host)" : "host \"" + DeployNames.printable(name) + "\"";
        }
    }

    /** Nodes that run in one process; {@code label} names its Compose service. */
    record Group(String label, List<String> nodeIds) {
    }

    /**
     * A tcp endpoint a node binds with a fixed port, as the exported programs bind it (ipc already
     * tcp on loopback).
     *
     * @param original the bind as the design writes it
     */
    record Bind(Host host, NodePlan node, SocketPlan socket, String original, Endpoint endpoint) {
        long port() {
            return endpoint.port();
        }
    }

    /** A link with its endpoint as exported programs write it, and the hosts of both ends. */
    record Wire(Link link, Endpoint endpoint, Host from, Host to) {
        boolean crossesHosts() {
            return from != to;
        }
    }

    private final DesignPlan plan;
    private final List<Host> hosts;
    private final List<Bind> binds;
    private final List<Wire> wires;
    private final List<Host> startOrder;

    private DeployLayout(DesignPlan plan) {
        this.plan = plan;
        Topology topology = plan.topology();
        PortableEndpoints portable = new PortableEndpoints(topology);
        Map<String, List<NodePlan>> byHost = new LinkedHashMap<>();
        for (NodePlan node : plan.nodes()) {
            byHost.computeIfAbsent(hostOf(node.node()), h -> new ArrayList<>()).add(node);
        }
        DeployNames.Unique labels = new DeployNames.Unique();
        List<Host> made = new ArrayList<>();
        byHost.forEach((name, nodes) -> made.add(new Host(name,
                labels.next(name.isEmpty() ? UNSET_HOST_LABEL : DeployNames.label(name, "host")), nodes,
                groups(nodes, topology, portable))));
        hosts = List.copyOf(made);
        binds = binds(hosts);
        List<Wire> ws = new ArrayList<>();
        for (Link link : topology.links()) {
            ws.add(new Wire(link, Endpoint.parse(portable.portable(link.endpoint())), host(link.from().node()),
                    host(link.to().node())));
        }
        wires = List.copyOf(ws);
        startOrder = computeStartOrder();
    }

    static DeployLayout of(DesignPlan plan) {
        return new DeployLayout(plan);
    }

    DesignPlan plan() {
        return plan;
    }

    List<Host> hosts() {
        return hosts;
    }

    List<Bind> binds() {
        return binds;
    }

    List<Wire> wires() {
        return wires;
    }

    /** Hosts whose subscribers must be listening before another host's publisher sends come first. */
    List<Host> startOrder() {
        return startOrder;
    }

    Host host(String nodeId) {
        return hosts.stream().filter(h -> h.nodeIds().contains(nodeId)).findFirst().orElseThrow();
    }

    Group group(String nodeId) {
        return host(nodeId).groups().stream().filter(g -> g.nodeIds().contains(nodeId)).findFirst().orElseThrow();
    }

    /** The bind a wire reaches: the binding socket's bind on the wire's port. */
    Optional<Bind> bindOf(Wire wire) {
        if (!wire.endpoint().isTcp()) {
            return Optional.empty();
        }
        return binds.stream().filter(b -> b.node().id().equals(wire.link().to().node())
                && b.socket().id().equals(wire.link().to().socket()) && b.port() == wire.endpoint().port())
                .findFirst();
    }

    /** The wires that reach a bind. */
    List<Wire> wiresTo(Bind bind) {
        return wires.stream().filter(w -> bindOf(w).filter(b -> b == bind).isPresent()).toList();
    }

    static String hostOf(Node node) {
        return node.host() == null || node.host().isBlank() ? "" : node.host();
    }

    /** Nodes joined by inproc links, transitively, in the design's order; named after their first node. */
    private static List<Group> groups(List<NodePlan> nodes, Topology topology, PortableEndpoints portable) {
        Map<String, String> leader = new LinkedHashMap<>();
        nodes.forEach(n -> leader.put(n.id(), n.id()));
        for (Link link : topology.links()) {
            Endpoint endpoint = Endpoint.parse(portable.portable(link.endpoint()));
            if (endpoint.transport() == Endpoint.Transport.INPROC && leader.containsKey(link.from().node())
                    && leader.containsKey(link.to().node())) {
                String a = find(leader, link.from().node());
                String b = find(leader, link.to().node());
                if (!a.equals(b)) {
                    List<String> order = new ArrayList<>(leader.keySet());
                    if (order.indexOf(a) < order.indexOf(b)) {
                        leader.put(b, a);
                    } else {
                        leader.put(a, b);
                    }
                }
            }
        }
        Map<String, List<String>> members = new LinkedHashMap<>();
        leader.keySet().forEach(id -> members.computeIfAbsent(find(leader, id), k -> new ArrayList<>()).add(id));
        DeployNames.Unique labels = new DeployNames.Unique();
        List<Group> groups = new ArrayList<>();
        members.forEach((first, ids) -> groups.add(new Group(labels.next(DeployNames.label(first, "node")),
                List.copyOf(ids))));
        return List.copyOf(groups);
    }

    private static String find(Map<String, String> leader, String id) {
        String at = id;
        while (!leader.get(at).equals(at)) {
            at = leader.get(at);
        }
        return at;
    }

    private static List<Bind> binds(List<Host> hosts) {
        List<Bind> all = new ArrayList<>();
        for (Host host : hosts) {
            for (NodePlan node : host.nodes()) {
                for (SocketPlan socket : node.sockets()) {
                    List<String> written = node.node().socket(socket.id()).orElseThrow().binds();
                    for (int i = 0; i < socket.binds().size(); i++) {
                        Endpoint endpoint = Endpoint.parse(socket.binds().get(i));
                        if (endpoint.isTcp() && endpoint.port() != Endpoint.ANY_PORT) {
                            all.add(new Bind(host, node, socket, written.get(i), endpoint));
                        }
                    }
                }
            }
        }
        return List.copyOf(all);
    }

    private List<Host> computeStartOrder() {
        Map<Host, List<Host>> before = new LinkedHashMap<>();
        hosts.forEach(h -> before.put(h, new ArrayList<>()));
        for (Wire wire : wires) {
            if (!wire.crossesHosts()) {
                continue;
            }
            SocketType from = socketType(wire.link().from().node(), wire.link().from().socket());
            SocketType to = socketType(wire.link().to().node(), wire.link().to().socket());
            if (from.subscribes() && to.publishes()) {
                before.get(wire.to()).add(wire.from());
            } else if (from.publishes() && to.subscribes()) {
                before.get(wire.from()).add(wire.to());
            }
        }
        List<Host> order = new ArrayList<>();
        boolean progress = true;
        while (order.size() < hosts.size() && progress) {
            progress = false;
            for (Host host : hosts) {
                if (!order.contains(host) && order.containsAll(before.get(host))) {
                    order.add(host);
                    progress = true;
                    break;
                }
            }
        }
        hosts.stream().filter(h -> !order.contains(h)).forEach(order::add);
        return List.copyOf(order);
    }

    /** Whether the order matters at all: some subscriber on one host hears a publisher on another. */
    boolean orderMatters() {
        return wires.stream().filter(Wire::crossesHosts).anyMatch(w -> {
            SocketType from = socketType(w.link().from().node(), w.link().from().socket());
            SocketType to = socketType(w.link().to().node(), w.link().to().socket());
            return (from.subscribes() && to.publishes()) || (from.publishes() && to.subscribes());
        });
    }

    private SocketType socketType(String node, String socket) {
        return plan.node(node).flatMap(n -> n.socket(socket)).map(SocketPlan::type).orElseThrow();
    }
}
