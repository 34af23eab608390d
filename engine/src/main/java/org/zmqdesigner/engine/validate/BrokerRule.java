package org.zmqdesigner.engine.validate;

import java.util.Optional;
import org.zmqdesigner.engine.model.Behaviour;
import org.zmqdesigner.engine.model.BehaviourSockets;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.Socket;
import org.zmqdesigner.engine.model.SocketType;

/**
 * A broker has a ROUTER frontend for its clients and a DEALER (rrbroker) or ROUTER (lbbroker)
 * backend for its workers; behind a ROUTER backend, workers must announce themselves.
 */
final class BrokerRule implements Rule {

    private static final String BOTH_KINDS = "Use a DEALER backend to deal requests round robin (the zguide's"
            + " rrbroker), or a ROUTER backend to send each request to a worker that said READY (lbbroker).";

    @Override
    public void check(TopologyFacts facts, Findings out) {
        for (Node node : facts.nodes()) {
            if (node.kind().isDevice() || !(node.behaviour() instanceof Behaviour.Broker b)) {
                continue;
            }
            Optional<Socket> frontend = frontend(node, b, out);
            Optional<Socket> backend = backend(node, b, frontend, out);
            if (frontend.isPresent() && backend.isPresent() && frontend.get().id().equals(backend.get().id())) {
                out.error("BROKER_SOCKETS", node.id(), "Broker " + node.id() + " uses socket " + frontend.get().id()
                        + " as both frontend and backend: clients and workers need sockets of their own, or"
                        + " the broker sends requests back to the clients.",
                        "Give the broker a ROUTER frontend for the clients and a second socket for the workers.");
            } else if (backend.filter(s -> s.type() == SocketType.ROUTER).isPresent()) {
                silentWorkers(facts, node, backend.get(), out);
            } else if (backend.filter(s -> s.type() == SocketType.DEALER).isPresent()) {
                lostAnnouncements(facts, node, backend.get(), out);
            }
        }
    }

    private static Optional<Socket> frontend(Node node, Behaviour.Broker b, Findings out) {
        Optional<Socket> frontend = b.frontend() != null
                ? BehaviourPeers.named(node, "broker frontend", b.frontend(), "BROKER_SOCKETS", out)
                : BehaviourSockets.brokerFrontend(node, b);
        if (b.frontend() == null && frontend.isEmpty()) {
            out.error("BROKER_SOCKETS", node.id(), "Broker " + node.id() + " has no ROUTER socket for its"
                    + " frontend.", "Add a ROUTER socket that the clients connect to (rrbroker binds 5559).");
        }
        frontend.filter(s -> s.type() != SocketType.ROUTER).ifPresent(s -> out.error("BROKER_SOCKETS", node.id(),
                "The frontend of broker " + node.id() + " is " + s.type() + " socket " + s.id() + ", but only"
                        + " a ROUTER keeps each request's envelope (the client's id), which the broker needs"
                        + " to send the reply back to the client that asked.",
                "Make the frontend a ROUTER, as in the zguide's rrbroker and lbbroker."));
        return frontend;
    }

    private static Optional<Socket> backend(Node node, Behaviour.Broker b, Optional<Socket> frontend,
                                            Findings out) {
        Optional<Socket> backend = b.backend() != null
                ? BehaviourPeers.named(node, "broker backend", b.backend(), "BROKER_SOCKETS", out)
                : BehaviourSockets.brokerBackend(node, b);
        if (b.backend() == null && backend.isEmpty()) {
            out.error("BROKER_SOCKETS", node.id(), "Broker " + node.id() + " has no second ROUTER or"
                    + " DEALER socket for its backend.", "Add a socket that the workers connect to. " + BOTH_KINDS);
        }
        backend.filter(s -> s.type() != SocketType.ROUTER && s.type() != SocketType.DEALER).ifPresent(s ->
                out.error("BROKER_SOCKETS", node.id(), "The backend of broker " + node.id() + " is " + s.type()
                        + " socket " + s.id() + ", which cannot carry each request to a worker and its reply"
                        + " back with the client's envelope.", BOTH_KINDS));
        return backend;
    }

    /** Behind a ROUTER backend the broker knows a worker only once it has spoken. */
    private static void silentWorkers(TopologyFacts facts, Node broker, Socket backend, Findings out) {
        for (TopologyFacts.OwnedSocket peer : BehaviourPeers.linked(facts, broker, backend)) {
            Node worker = peer.node();
            if (worker.kind().isDevice() || worker.behaviour() == null) {
                continue;
            }
            boolean announces = worker.behaviour() instanceof Behaviour.Responder r && r.announce() != null;
            // A responder on a REQ that never announces is already an error of its own, saying the same.
            boolean reportedAlready = worker.behaviour() instanceof Behaviour.Responder
                    && peer.socket().type() == SocketType.REQ;
            if (!announces && !reportedAlready) {
                out.warning("WORKER_NEVER_READY", worker.id(), "Node " + worker.id() + " is linked to the ROUTER backend of"
                        + " broker " + broker.id() + " but never announces itself: lbbroker only sends work to"
                        + " workers that said READY, so " + worker.id() + " gets no requests.",
                        "Make " + worker.id() + " a responder on a REQ with announce \"READY\" (the zguide's"
                                + " lbworker), or make the broker's backend a DEALER (rrbroker).");
            }
        }
    }

    /** Behind a DEALER backend the broker only passes messages on: an announcement goes to the clients. */
    private static void lostAnnouncements(TopologyFacts facts, Node broker, Socket backend, Findings out) {
        for (TopologyFacts.OwnedSocket peer : BehaviourPeers.linked(facts, broker, backend)) {
            Node worker = peer.node();
            if (worker.behaviour() instanceof Behaviour.Responder r && r.announce() != null) {
                out.warning("ANNOUNCE_TO_RRBROKER", worker.id(), "Node " + worker.id() + " announces \""
                        + r.announce() + "\" to the DEALER backend of broker " + broker.id() + ", but that broker"
                        + " only passes messages on (rrbroker): the announcement goes to the frontend as if it"
                        + " were a reply, and the ROUTER there drops it, since no client has the id it starts with.",
                        "Make the backend of " + broker.id() + " a ROUTER, which listens for READY (lbbroker), or"
                                + " remove the announce of " + worker.id() + " and let it answer on a REP (rrworker).");
            }
        }
    }
}
