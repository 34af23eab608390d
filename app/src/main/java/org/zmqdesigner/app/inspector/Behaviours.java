package org.zmqdesigner.app.inspector;

import java.util.List;
import org.zmqdesigner.engine.model.Behaviour;

/** The behaviour words the inspector offers, what each means, and the small rewrites it needs. */
final class Behaviours {

    static final String NONE = "none";
    static final List<String> TYPES = List.of(NONE, "source", "responder", "worker", "sink", "echo", "broker");

    private Behaviours() {
    }

    static String typeOf(Behaviour behaviour) {
        return behaviour == null ? NONE : behaviour.typeName();
    }

    static String explain(String type) {
        return switch (type) {
            case "source" -> "Sends messages made from a payload template; on a REQ socket it waits for each reply.";
            case "responder" -> "Answers each request it receives, after an optional processing delay.";
            case "worker" -> "Receives each message on its input, works on it, and sends the result on its output.";
            case "sink" -> "Receives and counts messages.";
            case "echo" -> "Sends every message it receives straight back, unchanged.";
            case "broker" -> "Passes requests from clients on a ROUTER frontend to workers on the backend, and"
                    + " their replies back. A DEALER backend deals requests round robin (the zguide's rrbroker);"
                    + " a ROUTER backend gives each request to the worker that said READY longest ago (lbbroker).";
            default -> "Does nothing: the node only opens its sockets. Devices need no behaviour.";
        };
    }

    /**
     * A fresh behaviour of the type. Sockets start unnamed ("the first that fits"), because the old
     * behaviour's socket usually cannot do the new job (a sink cannot receive on a PUSH).
     */
    static Behaviour create(String type) {
        return switch (type) {
            case "source" -> new Behaviour.Source(null, null, null, "{seq}", null, null, List.of());
            case "responder" -> new Behaviour.Responder(null, null, null);
            case "worker" -> new Behaviour.Worker(null, null, null, null, null);
            case "sink" -> new Behaviour.Sink(null, null, null);
            case "echo" -> new Behaviour.Echo(null);
            case "broker" -> new Behaviour.Broker(null, null);
            default -> null;
        };
    }

    /**
     * The behaviour with every mention of socket {@code from} renamed, so a socket rename keeps it
     * working. Withers keep every other field as it was.
     */
    static Behaviour renameSocket(Behaviour behaviour, String from, String to) {
        if (behaviour instanceof Behaviour.Source s) {
            return s.withSocket(rename(s.socket(), from, to))
                    .withSyncSocket(rename(s.syncSocket(), from, to))
                    .withPrelude(s.prelude().stream()
                            .map(p -> new Behaviour.Prelude(rename(p.socket(), from, to), p.payload())).toList());
        }
        if (behaviour instanceof Behaviour.Responder r) {
            return r.withSocket(rename(r.socket(), from, to));
        }
        if (behaviour instanceof Behaviour.Worker w) {
            // A worker has no fields beyond these five, so rebuilding it drops nothing.
            return new Behaviour.Worker(rename(w.input(), from, to), rename(w.output(), from, to), w.delayMs(),
                    w.delayFromPayload(), w.forward());
        }
        if (behaviour instanceof Behaviour.Sink s) {
            return s.withSocket(rename(s.socket(), from, to)).withSyncSocket(rename(s.syncSocket(), from, to));
        }
        if (behaviour instanceof Behaviour.Echo e) {
            return new Behaviour.Echo(rename(e.socket(), from, to));
        }
        if (behaviour instanceof Behaviour.Broker b) {
            return new Behaviour.Broker(rename(b.frontend(), from, to), rename(b.backend(), from, to));
        }
        return behaviour;
    }

    private static String rename(String socket, String from, String to) {
        return from.equals(socket) ? to : socket;
    }
}
