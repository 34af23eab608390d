package org.zmqdesigner.engine.validate;

import java.util.Optional;
import org.zmqdesigner.engine.model.Behaviour;
import org.zmqdesigner.engine.model.BehaviourSockets;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.PayloadTemplate;
import org.zmqdesigner.engine.model.Socket;
import org.zmqdesigner.engine.model.SocketType;

/** A behaviour uses sockets that exist and can do what it asks, with templates and numbers that work. */
final class BehaviourRule implements Rule {

    @Override
    public void check(TopologyFacts facts, Findings out) {
        for (Node node : facts.nodes()) {
            if (node.startDelayMs() != null && node.startDelayMs() < 0) {
                out.error("BAD_VALUE", node.id(), "The start delay of " + node.id() + " is negative.",
                        "Use 0 to start with the run, or a number of milliseconds to join late.");
            }
            if (node.kind().isDevice()) {
                continue;
            }
            Behaviour behaviour = node.behaviour();
            if (behaviour == null) {
                if (!node.sockets().isEmpty()) {
                    out.info("NO_BEHAVIOUR", node.id(), "Node " + node.id() + " has no behaviour: its sockets"
                            + " connect but it never sends or receives.", "Give it a behaviour such as source,"
                            + " responder, worker, sink, echo or broker.");
                }
                continue;
            }
            if (behaviour instanceof Behaviour.Source s) {
                source(node, s, out);
            } else if (behaviour instanceof Behaviour.Responder r) {
                if (r.announce() == null || BehaviourSockets.replying(node, r.socket())
                        .filter(sock -> sock.type().lockstep() == SocketType.Lockstep.ASKS).isEmpty()) {
                    answering(node, r.socket(), "responder", out);
                }

                template(node, "reply", r.reply(), out);
                nonNegative(node, "delayMs", r.delayMs(), out);
            } else if (behaviour instanceof Behaviour.Worker w) {
                worker(node, w, out);
            } else if (behaviour instanceof Behaviour.Sink k) {
                Optional<Socket> in = BehaviourSockets.receiving(node, k.socket());
                need(node, k.socket(), in, "sink", "receive", out);
                in.filter(s -> !s.type().receives()).ifPresent(s -> cannot(node, s, "sink", "receive", out));
                in.filter(s -> s.type().lockstep() == SocketType.Lockstep.ASKS).ifPresent(s -> out.error(
                        "BEHAVIOUR_SOCKET", node.id(), "A sink on REQ socket " + s.id() + " waits for a reply to a"
                                + " request it never sent.",
                        "Use a PULL or SUB to collect messages, or make this node a source."));
                nonNegative(node, "count", k.count(), out);
                nonNegative(node, "delayMs", k.delayMs(), out);
            } else if (behaviour instanceof Behaviour.Echo e) {
                answering(node, e.socket(), "echo", out);
            }
        }
    }

    private static void source(Node node, Behaviour.Source s, Findings out) {
        Optional<Socket> socket = BehaviourSockets.sending(node, s.socket());
        need(node, s.socket(), socket, "source", "send", out);
        socket.ifPresent(sock -> {
            if (!sock.type().sends()) {
                cannot(node, sock, "source", "send", out);
            } else if (sock.type().lockstep() == SocketType.Lockstep.ANSWERS) {
                out.error("BEHAVIOUR_SOCKET", node.id(), "A source cannot start on REP socket " + sock.id()
                        + ": a REP must receive a request before it may send.", "Use a REQ to send requests,"
                        + " or make this node a responder.");
            } else if (sock.type().routes()) {
                out.warning("BEHAVIOUR_SOCKET", node.id(), "A ROUTER sends each message to the peer named by its"
                        + " first frame, and a source does not know its peers' ids: its messages are dropped as"
                        + " unroutable.", "Use a DEALER to send to peers in turn, or a responder on the ROUTER.");
            }
        });
        template(node, "payload", s.payload(), out);
        if (s.topic() != null) {
            template(node, "topic", s.topic(), out);
        }
        if (s.end() != null) {
            template(node, "end", s.end(), out);
        }
        for (Behaviour.Prelude prelude : s.prelude()) {
            Optional<Socket> target = node.socket(prelude.socket());
            need(node, prelude.socket(), target, "prelude", "send", out);
            target.filter(t -> !t.type().sends()).ifPresent(t -> cannot(node, t, "prelude", "send", out));
            template(node, "prelude payload", prelude.payload(), out);
        }
        if (s.rate() != null && !(s.rate() > 0)) {
            out.error("BAD_VALUE", node.id(), "The rate of source " + node.id() + " is " + s.rate()
                    + " messages per second.", "Use a positive rate, or leave it out to send as fast as possible.");
        }
        nonNegative(node, "count", s.count(), out);
        nonNegative(node, "awaitPeers", s.awaitPeers(), out);
    }

    private static void worker(Node node, Behaviour.Worker w, Findings out) {
        Optional<Socket> in = BehaviourSockets.receiving(node, w.input());
        Optional<Socket> outSocket = BehaviourSockets.sending(node, w.output());
        need(node, w.input(), in, "worker input", "receive", out);
        need(node, w.output(), outSocket, "worker output", "send", out);
        in.filter(s -> !s.type().receives()).ifPresent(s -> cannot(node, s, "worker input", "receive", out));
        outSocket.filter(s -> !s.type().sends()).ifPresent(s -> cannot(node, s, "worker output", "send", out));
        template(node, "forward", w.forward(), out);
        nonNegative(node, "delayMs", w.delayMs(), out);
        if (Boolean.TRUE.equals(w.delayFromPayload()) && w.delayMs() != null) {
            out.warning("BAD_VALUE", node.id(), "Worker " + node.id() + " has both a fixed delay and a delay"
                    + " from the payload; the payload's number wins.", "Keep only one of the two.");
        }
    }

    private static void answering(Node node, String named, String what, Findings out) {
        Optional<Socket> socket = BehaviourSockets.replying(node, named);
        need(node, named, socket, what, "receive and answer", out);
        socket.filter(s -> !s.type().answers()).ifPresent(s -> {
            String why = s.type().lockstep() == SocketType.Lockstep.ASKS
                    ? "a REQ must send a request before it may receive"
                    : s.type() + " cannot both receive a message and answer its sender";
            out.error("BEHAVIOUR_SOCKET", node.id(), "A " + what + " cannot work on " + s.type() + " socket "
                    + s.id() + ": " + why + ".", s.type().lockstep() == SocketType.Lockstep.ASKS
                    && what.equals("responder")
                    ? "Answer on a REP (or ROUTER, DEALER) socket, or give the responder an announce such as"
                    + " \"READY\" so its REQ speaks first, as the zguide's lbworker does."
                    : "Answer on a REP (or ROUTER, DEALER) socket.");
        });
    }

    private static void need(Node node, String named, Optional<Socket> socket, String what, String verb,
                             Findings out) {
        if (socket.isEmpty()) {
            out.error("BEHAVIOUR_SOCKET", node.id(), named == null
                            ? "The " + what + " of " + node.id() + " has no socket that can " + verb + "."
                            : "The " + what + " of " + node.id() + " uses socket \"" + named + "\", which the node"
                            + " does not have.",
                    named == null || node.sockets().isEmpty() ? "Add a suitable socket to the node."
                            : "Name one of the node's sockets: "
                            + String.join(", ", node.sockets().stream().map(Socket::id).toList()) + ".");
        }
    }

    private static void cannot(Node node, Socket socket, String what, String verb, Findings out) {
        out.error("BEHAVIOUR_SOCKET", node.id(), "The " + what + " of " + node.id() + " needs to " + verb
                + ", but a " + socket.type() + " socket (" + socket.id() + ") cannot.", socket.type().sends()
                ? "Use a socket that can receive, such as PULL or SUB."
                : "Use a socket that can send, such as PUSH or PUB.");
    }

    private static void template(Node node, String field, String text, Findings out) {
        try {
            PayloadTemplate.compile(text);
        } catch (PayloadTemplate.SyntaxException e) {
            out.error("BAD_TEMPLATE", node.id(), "The " + field + " template of " + node.id() + " (\"" + text
                    + "\") is broken at character " + e.column() + ": " + e.getMessage() + ".",
                    "Placeholders are {seq}, {rand:MIN..MAX}, {cycle:A|B}, {pick:A|B}, {payload}, {node} and {time}.");
        }
    }

    private static void nonNegative(Node node, String field, Number value, Findings out) {
        if (value != null && value.doubleValue() < 0) {
            out.error("BAD_VALUE", node.id(), "The " + field + " of " + node.id() + " is " + value
                    + ", which is negative.", "Use 0 or a positive number.");
        }
    }
}
