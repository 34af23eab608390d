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

    @Override
    public void check(TopologyFacts facts, Findings out) {
        for (Node node : facts.nodes()) {
            if (node.kind().isDevice() || !(node.behaviour() instanceof Behaviour.Broker b)) {
                continue;
            }
            Optional<Socket> frontend = frontend(node, b, out);
            Optional<Socket> backend = backend(node, b, frontend, out);
            if (frontend.isPresent() && backend.isPresent() && frontend.get().id().equals(backend.get().id())) {
                out.error("BROKER_SOCKETS", node.id(), RuleTexts.get("broker.sameSocket.message", node.id(),
                        frontend.get().id()), RuleTexts.get("broker.sameSocket.hint"));
            } else if (backend.filter(s -> s.type() == SocketType.ROUTER).isPresent()) {
                silentWorkers(facts, node, backend.get(), out);
            } else if (backend.filter(s -> s.type() == SocketType.DEALER).isPresent()) {
                lostAnnouncements(facts, node, backend.get(), out);
            }
        }
    }

    private static Optional<Socket> frontend(Node node, Behaviour.Broker b, Findings out) {
        Optional<Socket> frontend = b.frontend() != null
                ? BehaviourPeers.named(node, "field.brokerFrontend", b.frontend(), "BROKER_SOCKETS", out)
                : BehaviourSockets.brokerFrontend(node, b);
        if (b.frontend() == null && frontend.isEmpty()) {
            out.error("BROKER_SOCKETS", node.id(), RuleTexts.get("broker.noFrontend.message", node.id()),
                    RuleTexts.get("broker.noFrontend.hint"));
        }
        frontend.filter(s -> s.type() != SocketType.ROUTER).ifPresent(s -> out.error("BROKER_SOCKETS", node.id(),
                RuleTexts.get("broker.frontendNotRouter.message", node.id(), s.type(), s.id()),
                RuleTexts.get("broker.frontendNotRouter.hint")));
        return frontend;
    }

    private static Optional<Socket> backend(Node node, Behaviour.Broker b, Optional<Socket> frontend,
                                            Findings out) {
        Optional<Socket> backend = b.backend() != null
                ? BehaviourPeers.named(node, "field.brokerBackend", b.backend(), "BROKER_SOCKETS", out)
                : BehaviourSockets.brokerBackend(node, b);
        if (b.backend() == null && backend.isEmpty()) {
            out.error("BROKER_SOCKETS", node.id(), RuleTexts.get("broker.noBackend.message", node.id()),
                    RuleTexts.get("broker.noBackend.hint", RuleTexts.get("broker.bothKinds")));
        }
        backend.filter(s -> s.type() != SocketType.ROUTER && s.type() != SocketType.DEALER).ifPresent(s ->
                out.error("BROKER_SOCKETS", node.id(), RuleTexts.get("broker.backendWrong.message", node.id(),
                        s.type(), s.id()), RuleTexts.get("broker.bothKinds")));
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
                out.warning("WORKER_NEVER_READY", worker.id(), RuleTexts.get("broker.neverReady.message",
                        worker.id(), broker.id()), RuleTexts.get("broker.neverReady.hint", worker.id()));
            }
        }
    }

    /** Behind a DEALER backend the broker only passes messages on: an announcement goes to the clients. */
    private static void lostAnnouncements(TopologyFacts facts, Node broker, Socket backend, Findings out) {
        for (TopologyFacts.OwnedSocket peer : BehaviourPeers.linked(facts, broker, backend)) {
            Node worker = peer.node();
            if (worker.behaviour() instanceof Behaviour.Responder r && r.announce() != null) {
                out.warning("ANNOUNCE_TO_RRBROKER", worker.id(), RuleTexts.get("broker.lostAnnounce.message",
                        worker.id(), r.announce(), broker.id()),
                        RuleTexts.get("broker.lostAnnounce.hint", broker.id(), worker.id()));
            }
        }
    }
}
