package org.zmqdesigner.engine.export;

import java.util.List;
import org.zmqdesigner.engine.model.Behaviour;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.NodeKind;
import org.zmqdesigner.engine.model.Socket;
import org.zmqdesigner.engine.model.SocketType;

/**
 * The pattern a node plays, named as the zguide names the program that plays it, so that a reader
 * of the exported code knows which example to compare it with.
 */
final class PatternNames {
    private PatternNames() {
    }

    /** {@code behaviour} has its sockets resolved; {@code type} is the type of the socket it mainly uses. */
    static String of(Node node, Behaviour behaviour, SocketType type) {
        if (node.kind() != NodeKind.APPLICATION) {
            return switch (node.kind()) {
                case QUEUE -> "shared queue device (the zguide's msgqueue): a ROUTER frontend for clients, a DEALER"
                        + " backend for workers, and a proxy passing messages both ways";
                case FORWARDER -> "forwarder proxy (the zguide's wuproxy): an XSUB frontend for publishers, an XPUB"
                        + " backend for subscribers; subscriptions travel up, messages down";
                case STREAMER -> "streamer device: a PULL frontend for pushers, a PUSH backend for pullers";
                default -> throw new IllegalStateException(node.kind().toString());
            };
        }
        if (behaviour == null) {
            return "a node without a behaviour: it opens its sockets and waits";
        }
        if (behaviour instanceof Behaviour.Source s) {
            return source(s, type);
        }
        if (behaviour instanceof Behaviour.Responder r) {
            return responder(r, type);
        }
        if (behaviour instanceof Behaviour.Worker) {
            return "pipeline worker (the zguide's taskwork): takes a task, works on it, passes the result on";
        }
        if (behaviour instanceof Behaviour.Sink s) {
            return switch (type) {
                case SUB, XSUB -> s.syncSocket() != null
                        ? "synchronised subscriber (the zguide's syncsub): says it is ready, then receives"
                        : "subscriber (the zguide's wuclient)";
                case PULL -> "pipeline sink (the zguide's tasksink): collects what the workers send";
                default -> "receiver: takes and counts messages";
            };
        }
        if (behaviour instanceof Behaviour.Echo) {
            return "echo: sends every message straight back";
        }
        Behaviour.Broker b = (Behaviour.Broker) behaviour;
        return node.socket(b.backend()).map(Socket::type).orElse(null) == SocketType.ROUTER
                ? "load-balancing broker (the zguide's lbbroker): each request goes to the worker that has waited"
                + " longest"
                : "request-reply broker (the zguide's rrbroker): requests dealt round robin to the workers, replies"
                + " routed back to their clients";
    }

    private static String source(Behaviour.Source s, SocketType type) {
        return switch (type) {
            case REQ -> s.replyTimeoutMs() != null
                    ? "Lazy Pirate client (the zguide's lpclient): a request-reply client that gives up waiting,"
                    + " reconnects and asks again"
                    : "request-reply client (the zguide's hwclient)";
            case PUB, XPUB -> s.syncSocket() != null
                    ? "synchronised publisher (the zguide's syncpub): waits until its subscribers are ready"
                    : s.topic() != null ? "publisher with envelopes (the zguide's psenvpub)"
                    : "publisher (the zguide's wuserver)";
            case PUSH -> "ventilator (the zguide's taskvent): deals tasks round robin to the workers";
            case DEALER -> "asynchronous client (the zguide's asyncsrv client): sends without waiting for replies";
            case ROUTER -> "router dealing work by routing id (the zguide's rtdealer)";
            case PAIR -> "exclusive pair (the zguide's mtrelay): signals the one peer";
            default -> "sender";
        };
    }

    private static String responder(Behaviour.Responder r, SocketType type) {
        if (r.faults() != null && !r.faults().isEmpty()) {
            return "server that fails on purpose (the zguide's lpserver): crashes or stalls now and then";
        }
        return switch (type) {
            case REP -> "request-reply server (the zguide's hwserver)";
            case REQ -> r.announce() != null
                    ? "load-balancing worker (the zguide's lbbroker worker): says it is ready, then answers"
                    : "worker asking for work";
            case DEALER -> "asynchronous worker (the zguide's asyncsrv worker or rtdealer worker)";
            case ROUTER -> "asynchronous server: answers each client by its routing id";
            case PAIR -> "exclusive pair: answers its one peer";
            default -> "responder";
        };
    }

    /** Names for a list of peers: "hwclient's client" or "hwclient's client and client2's client". */
    static String peers(List<String> names) {
        if (names.size() <= 1) {
            return names.isEmpty() ? "" : names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
