package org.zmqdesigner.engine.export;

import java.util.ArrayList;
import java.util.List;
import org.zmqdesigner.engine.text.Language;
import java.util.Optional;
import org.zmqdesigner.engine.model.Behaviour;
import org.zmqdesigner.engine.model.BehaviourSockets;
import org.zmqdesigner.engine.model.Link;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.Socket;
import org.zmqdesigner.engine.model.SocketRef;
import org.zmqdesigner.engine.model.SocketType;
import org.zmqdesigner.engine.model.Topology;
import org.zmqdesigner.engine.validate.Diagnostic;
import org.zmqdesigner.engine.validate.Severity;
import org.zmqdesigner.engine.validate.Validator;

/**
 * A validated design as every exporter reads it: one {@link NodePlan} per node, in the design's
 * order, and the notes every export of it must carry.
 *
 * @param topology the design as it was given
 * @param name what the export is called: the design file's name without its extension, or the
 *     title; any text (exporters sanitise it where it becomes a name)
 * @param nodes the nodes, each with its sockets' endpoints and its behaviour resolved
 * @param notes what was changed on the way out and why
 */
public record DesignPlan(Topology topology, String name, List<NodePlan> nodes, List<String> notes) {
    public DesignPlan {
        nodes = List.copyOf(nodes);
        notes = List.copyOf(notes);
    }

    public Optional<NodePlan> node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    /** The plan of a design the validator finds no error in; refused, with the errors, otherwise. */
    public static DesignPlan of(Topology topology, String name) throws ExportRefusedException {
        List<String> errors = new ArrayList<>();
        for (Diagnostic d : new Validator().validate(topology)) {
            if (d.severity() == Severity.ERROR) {
                errors.add(d.code() + " at " + d.element() + ": " + d.message());
            }
        }
        if (!errors.isEmpty()) {
            throw new ExportRefusedException("The design has " + errors.size() + (errors.size() == 1 ? " error" : " errors")
                    + " to fix before it can be exported (the Problems tab or `validate` shows how)", errors);
        }
        PortableEndpoints endpoints = new PortableEndpoints(topology);
        List<NodePlan> nodes = new ArrayList<>();
        for (Node node : topology.nodes()) {
            nodes.add(plan(topology, node, endpoints));
        }
        return new DesignPlan(topology, name, nodes, endpoints.notes());
    }

    private static NodePlan plan(Topology topology, Node node, PortableEndpoints endpoints) {
        List<SocketPlan> sockets = new ArrayList<>();
        for (Socket socket : node.sockets()) {
            SocketRef self = new SocketRef(node.id(), socket.id());
            List<String> connects = new ArrayList<>();
            List<String> servers = new ArrayList<>();
            List<String> clients = new ArrayList<>();
            for (Link link : topology.links()) {
                if (link.from().equals(self)) {
                    connects.add(endpoints.portable(link.endpoint()));
                    servers.add(link.to().node() + "'s " + link.to().socket());
                } else if (link.to().equals(self)) {
                    clients.add(link.from().node() + "'s " + link.from().socket());
                }
            }
            socket.connects().forEach(c -> connects.add(endpoints.portable(c)));
            List<String> binds = socket.binds().stream().map(endpoints::portable).toList();
            sockets.add(SocketPlan.of(socket, binds, connects, role(socket, binds, servers, clients)));
        }
        Behaviour behaviour = resolved(node);
        SocketType main = mainSocket(node, behaviour).map(Socket::type).orElse(null);
        return new NodePlan(node, PatternNames.of(node, behaviour, main), sockets, behaviour);
    }

    private static String role(Socket socket, List<String> binds, List<String> servers, List<String> clients) {
        StringBuilder role = new StringBuilder(socket.type().name()).append(", the ").append(socket.type().role(Language.ENGLISH));
        if (!binds.isEmpty()) {
            role.append("; binds ").append(String.join(", ", binds));
            if (!clients.isEmpty()) {
                role.append(", where ").append(PatternNames.peers(clients)).append(clients.size() == 1 ? " connects"
                        : " connect");
            }
        }
        if (!servers.isEmpty()) {
            role.append("; connects to ").append(PatternNames.peers(servers));
        }
        if (socket.connects().size() > 0) {
            role.append("; connects to ").append(String.join(", ", socket.connects())).append(" outside the design");
        }
        return role.toString();
    }

    /** The behaviour with every socket it uses named, as the engine's loops pick them. */
    static Behaviour resolved(Node node) {
        Behaviour b = node.behaviour();
        if (b == null || node.kind().isDevice()) {
            return null;
        }
        if (b instanceof Behaviour.Source s) {
            return s.withSocket(id(BehaviourSockets.sending(node, s.socket()), s.socket()));
        }
        if (b instanceof Behaviour.Responder r) {
            return r.withSocket(id(BehaviourSockets.replying(node, r.socket()), r.socket()));
        }
        if (b instanceof Behaviour.Worker w) {
            return new Behaviour.Worker(id(BehaviourSockets.receiving(node, w.input()), w.input()),
                    id(BehaviourSockets.sending(node, w.output()), w.output()), w.delayMs(), w.delayFromPayload(),
                    w.forward());
        }
        if (b instanceof Behaviour.Sink s) {
            return s.withSocket(id(BehaviourSockets.receiving(node, s.socket()), s.socket()));
        }
        if (b instanceof Behaviour.Echo e) {
            return new Behaviour.Echo(id(BehaviourSockets.replying(node, e.socket()), e.socket()));
        }
        Behaviour.Broker broker = (Behaviour.Broker) b;
        return new Behaviour.Broker(id(BehaviourSockets.brokerFrontend(node, broker), broker.frontend()),
                id(BehaviourSockets.brokerBackend(node, broker), broker.backend()));
    }

    private static String id(Optional<Socket> socket, String named) {
        return socket.map(Socket::id).orElse(named);
    }

    private static Optional<Socket> mainSocket(Node node, Behaviour behaviour) {
        if (behaviour instanceof Behaviour.Source s) {
            return node.socket(s.socket());
        }
        if (behaviour instanceof Behaviour.Responder r) {
            return node.socket(r.socket());
        }
        if (behaviour instanceof Behaviour.Worker w) {
            return node.socket(w.input());
        }
        if (behaviour instanceof Behaviour.Sink s) {
            return node.socket(s.socket());
        }
        if (behaviour instanceof Behaviour.Echo e) {
            return node.socket(e.socket());
        }
        if (behaviour instanceof Behaviour.Broker b) {
            return node.socket(b.frontend());
        }
        return Optional.empty();
    }
}
