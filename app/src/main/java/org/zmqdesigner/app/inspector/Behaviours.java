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

    /** A type word as the choice shows it: the model's name for the behaviour, or the word for none. */
    static String shownName(String type) {
        return NONE.equals(type) ? InspectorContext.text("behaviour.none") : Behaviour.shownName(type);
    }

    /** What the behaviour does, in a sentence or two; "none" and any unknown word do nothing. */
    static String explain(String type) {
        return InspectorContext.text("explain." + (TYPES.contains(type) ? type : NONE));
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
