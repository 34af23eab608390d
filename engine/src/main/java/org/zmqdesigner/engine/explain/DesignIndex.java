package org.zmqdesigner.engine.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zmqdesigner.engine.model.Behaviour;
import org.zmqdesigner.engine.model.BehaviourSockets;
import org.zmqdesigner.engine.model.Link;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.Socket;
import org.zmqdesigner.engine.model.SocketRef;
import org.zmqdesigner.engine.model.SocketType;
import org.zmqdesigner.engine.model.Topology;

/** The design questions the checks ask: sockets, their links and the socket at the other end. */
record DesignIndex(Topology topology) {

    /** Every socket of the design with its node, in the design's order. */
    List<SocketRef> sockets() {
        List<SocketRef> refs = new ArrayList<>();
        for (Node node : topology.nodes()) {
            for (Socket socket : node.sockets()) {
                refs.add(new SocketRef(node.id(), socket.id()));
            }
        }
        return refs;
    }

    Optional<Socket> socket(SocketRef ref) {
        return topology.socket(ref);
    }

    SocketType type(SocketRef ref) {
        return socket(ref).map(Socket::type).orElse(null);
    }

    Node node(String id) {
        return topology.node(id).orElseThrow();
    }

    /** The links of a socket with the socket at each one's other end. */
    List<Peer> peers(SocketRef ref) {
        List<Peer> peers = new ArrayList<>();
        for (Link link : topology.linksOf(ref)) {
            SocketRef other = link.from().equals(ref) ? link.to() : link.from();
            if (topology.socket(other).isPresent()) {
                peers.add(new Peer(link, other));
            }
        }
        return peers;
    }

    /** A link and the socket at its other end. */
    record Peer(Link link, SocketRef socket) {
    }

    /** The source behaviour of the node, when it sends on this socket. */
    Optional<Behaviour.Source> sourceOn(SocketRef ref) {
        Node node = node(ref.node());
        if (node.behaviour() instanceof Behaviour.Source source && BehaviourSockets.sending(node, source.socket())
                .map(s -> s.id().equals(ref.socket())).orElse(false)) {
            return Optional.of(source);
        }
        return Optional.empty();
    }

    /** The high-water mark of a socket's outgoing queue: the design's, else ZeroMQ's default. */
    long sendHwm(SocketRef ref) {
        Integer hwm = socket(ref).map(s -> s.options().sndhwm()).orElse(null);
        return hwm == null ? 1000 : hwm;
    }
}
