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

    private static final String RESPONDER = "behaviour.part.responder";
    private static final String SEND = "behaviour.verb.send";
    private static final String RECEIVE = "behaviour.verb.receive";
    private static final String ANSWER = "behaviour.verb.answer";
    /** The template syntax as written in a file, the same in every language. */
    private static final String PLACEHOLDERS = "{seq}, {rand:MIN..MAX}, {cycle:A|B}, {pick:A|B}, {payload}, {node}";
    private static final String LAST_PLACEHOLDER = "{time}";

    @Override
    public void check(TopologyFacts facts, Findings out) {
        for (Node node : facts.nodes()) {
            if (node.startDelayMs() != null && node.startDelayMs() < 0) {
                out.error("BAD_VALUE", node.id(), RuleTexts.get("behaviour.startDelay.message", node.id()),
                        RuleTexts.get("behaviour.startDelay.hint"));
            }
            if (node.kind().isDevice()) {
                continue;
            }
            Behaviour behaviour = node.behaviour();
            if (behaviour == null) {
                if (!node.sockets().isEmpty()) {
                    out.info("NO_BEHAVIOUR", node.id(), RuleTexts.get("behaviour.none.message", node.id()),
                            RuleTexts.get("behaviour.none.hint"));
                }
                continue;
            }
            if (behaviour instanceof Behaviour.Source s) {
                source(node, s, out);
            } else if (behaviour instanceof Behaviour.Responder r) {
                if (r.announce() == null || BehaviourSockets.replying(node, r.socket())
                        .filter(sock -> sock.type().lockstep() == SocketType.Lockstep.ASKS).isEmpty()) {
                    answering(node, r.socket(), RESPONDER, out);
                }

                template(node, "reply", r.reply(), out);
                nonNegative(node, "delayMs", r.delayMs(), out);
            } else if (behaviour instanceof Behaviour.Worker w) {
                worker(node, w, out);
            } else if (behaviour instanceof Behaviour.Sink k) {
                Optional<Socket> in = BehaviourSockets.receiving(node, k.socket());
                need(node, k.socket(), in, "behaviour.part.sink", RECEIVE, out);
                in.filter(s -> !s.type().receives()).ifPresent(s -> cannot(node, s, "behaviour.part.sink", RECEIVE,
                        out));
                in.filter(s -> s.type().lockstep() == SocketType.Lockstep.ASKS).ifPresent(s -> out.error(
                        "BEHAVIOUR_SOCKET", node.id(), RuleTexts.get("behaviour.sinkOnReq.message", s.id()),
                        RuleTexts.get("behaviour.sinkOnReq.hint")));
                nonNegative(node, "count", k.count(), out);
                nonNegative(node, "delayMs", k.delayMs(), out);
            } else if (behaviour instanceof Behaviour.Echo e) {
                answering(node, e.socket(), "behaviour.part.echo", out);
            }
        }
    }

    private static void source(Node node, Behaviour.Source s, Findings out) {
        Optional<Socket> socket = BehaviourSockets.sending(node, s.socket());
        need(node, s.socket(), socket, "behaviour.part.source", SEND, out);
        socket.ifPresent(sock -> {
            if (!sock.type().sends()) {
                cannot(node, sock, "behaviour.part.source", SEND, out);
            } else if (sock.type().lockstep() == SocketType.Lockstep.ANSWERS) {
                out.error("BEHAVIOUR_SOCKET", node.id(), RuleTexts.get("behaviour.sourceOnRep.message", sock.id()),
                        RuleTexts.get("behaviour.sourceOnRep.hint"));
            } else if (sock.type().routes()) {
                out.warning("BEHAVIOUR_SOCKET", node.id(), RuleTexts.get("behaviour.sourceOnRouter.message"),
                        RuleTexts.get("behaviour.sourceOnRouter.hint"));
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
            need(node, prelude.socket(), target, "behaviour.part.prelude", SEND, out);
            target.filter(t -> !t.type().sends()).ifPresent(t -> cannot(node, t, "behaviour.part.prelude", SEND,
                    out));
            template(node, "prelude payload", prelude.payload(), out);
        }
        if (s.rate() != null && !(s.rate() > 0)) {
            out.error("BAD_VALUE", node.id(), RuleTexts.get("behaviour.rate.message", node.id(), s.rate()),
                    RuleTexts.get("behaviour.rate.hint"));
        }
        nonNegative(node, "count", s.count(), out);
        nonNegative(node, "awaitPeers", s.awaitPeers(), out);
    }

    private static void worker(Node node, Behaviour.Worker w, Findings out) {
        Optional<Socket> in = BehaviourSockets.receiving(node, w.input());
        Optional<Socket> outSocket = BehaviourSockets.sending(node, w.output());
        need(node, w.input(), in, "behaviour.part.workerInput", RECEIVE, out);
        need(node, w.output(), outSocket, "behaviour.part.workerOutput", SEND, out);
        in.filter(s -> !s.type().receives()).ifPresent(s -> cannot(node, s, "behaviour.part.workerInput", RECEIVE,
                out));
        outSocket.filter(s -> !s.type().sends()).ifPresent(s -> cannot(node, s, "behaviour.part.workerOutput", SEND,
                out));
        template(node, "forward", w.forward(), out);
        nonNegative(node, "delayMs", w.delayMs(), out);
        if (Boolean.TRUE.equals(w.delayFromPayload()) && w.delayMs() != null) {
            out.warning("BAD_VALUE", node.id(), RuleTexts.get("behaviour.bothDelays.message", node.id()),
                    RuleTexts.get("behaviour.bothDelays.hint"));
        }
    }

    /** {@code partKey} names the part of the behaviour that answers: the responder or the echo. */
    private static void answering(Node node, String named, String partKey, Findings out) {
        Optional<Socket> socket = BehaviourSockets.replying(node, named);
        need(node, named, socket, partKey, ANSWER, out);
        socket.filter(s -> !s.type().answers()).ifPresent(s -> {
            boolean asks = s.type().lockstep() == SocketType.Lockstep.ASKS;
            String why = asks ? RuleTexts.get("behaviour.why.req")
                    : RuleTexts.get("behaviour.why.cannotAnswer", s.type());
            out.error("BEHAVIOUR_SOCKET", node.id(), RuleTexts.get("behaviour.cannotAnswer.message",
                    RuleTexts.get(partKey), s.type(), s.id(), why), asks && partKey.equals(RESPONDER)
                    ? RuleTexts.get("behaviour.cannotAnswer.announceHint")
                    : RuleTexts.get("behaviour.cannotAnswer.hint"));
        });
    }

    /** Reports a part of the behaviour ({@code partKey}) without a socket that can do {@code verbKey}. */
    private static void need(Node node, String named, Optional<Socket> socket, String partKey, String verbKey,
                             Findings out) {
        if (socket.isEmpty()) {
            String part = RuleTexts.get(partKey);
            out.error("BEHAVIOUR_SOCKET", node.id(), named == null
                            ? RuleTexts.get("behaviour.need.none.message", part, node.id(), RuleTexts.get(verbKey))
                            : RuleTexts.get("behaviour.need.named.message", part, node.id(), named),
                    named == null || node.sockets().isEmpty() ? RuleTexts.get("behaviour.need.hint")
                            : BehaviourPeers.nameOne(node));
        }
    }

    private static void cannot(Node node, Socket socket, String partKey, String verbKey, Findings out) {
        out.error("BEHAVIOUR_SOCKET", node.id(), RuleTexts.get("behaviour.cannot.message", RuleTexts.get(partKey),
                node.id(), RuleTexts.get(verbKey), socket.type(), socket.id()), socket.type().sends()
                ? RuleTexts.get("behaviour.cannot.receiveHint")
                : RuleTexts.get("behaviour.cannot.sendHint"));
    }

    /** {@code field} is the behaviour's field as the file names it ("payload", "topic"), so it is not translated. */
    private static void template(Node node, String field, String text, Findings out) {
        try {
            PayloadTemplate.compile(text);
        } catch (PayloadTemplate.SyntaxException e) {
            out.error("BAD_TEMPLATE", node.id(), RuleTexts.get("behaviour.template.message", field, node.id(), text,
                    e.column(), e.getMessage()), RuleTexts.get("behaviour.template.hint", PLACEHOLDERS, LAST_PLACEHOLDER));
        }
    }

    private static void nonNegative(Node node, String field, Number value, Findings out) {
        if (value != null && value.doubleValue() < 0) {
            out.error("BAD_VALUE", node.id(), RuleTexts.get("behaviour.negative.message", field, node.id(), value),
                    RuleTexts.get("behaviour.negative.hint"));
        }
    }
}
