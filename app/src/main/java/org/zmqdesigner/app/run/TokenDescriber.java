package org.zmqdesigner.app.run;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.paint.Color;
import org.zmqdesigner.app.canvas.FamilyColors;
import org.zmqdesigner.app.canvas.MessageToken;
import org.zmqdesigner.engine.event.RunEvent;
import org.zmqdesigner.engine.model.Link;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.Socket;
import org.zmqdesigner.engine.model.SocketType;
import org.zmqdesigner.engine.model.Topology;
import org.zmqdesigner.engine.text.Texts;

/**
 * Turns traced messages into tokens and trace rows: which way a token goes on its link, its colour
 * (by topic for publish-subscribe, where topics are what subscribers choose; by the sender's
 * pattern otherwise, replies lighter than requests) and the words of its tooltip. Runs on the event thread; only builds values.
 */
final class TokenDescriber {

    private static final Texts TEXTS = Texts.of(TokenDescriber.class);

    /** Distinct on light and dark canvases; topics hash onto them. */
    private static final Color[] TOPIC_COLOURS = {
        Color.web("#e07b00"), Color.web("#d6336c"), Color.web("#7048e8"), Color.web("#1c7ed6"),
        Color.web("#2b8a3e"), Color.web("#c92a2a"), Color.web("#0b7285"), Color.web("#8f5a00"),
    };

    private final Map<String, Link> links = new HashMap<>();
    private final Map<String, SocketType> types = new HashMap<>();

    TokenDescriber(Topology topology) {
        for (Link link : topology.links()) {
            links.put(link.id(), link);
        }
        for (Node node : topology.nodes()) {
            for (Socket socket : node.sockets()) {
                types.put(node.id() + "/" + socket.id(), socket.type());
            }
        }
    }

    MessageToken onLink(String key, RunEvent.MessageSent s) {
        Link link = links.get(s.link());
        boolean forward = link.from().node().equals(s.node());
        String to = forward ? ref(link.to().node(), link.to().socket()) : ref(link.from().node(), link.from().socket());
        return new MessageToken(key, s.link(), null, null, forward, colour(s.node(), s.socket(), s.frames()),
                describe(s.messageId(), s.sequence(), ref(s.node(), s.socket()), to, s.frames()));
    }

    MessageToken toGhost(String key, RunEvent.MessageSent s, String address) {
        return new MessageToken(key, null, s.node(), address, false, colour(s.node(), s.socket(), s.frames()),
                describe(s.messageId(), s.sequence(), ref(s.node(), s.socket()), outsidePeer(address),
                        s.frames()));
    }

    MessageToken fromGhost(String key, RunEvent.MessageReceived r, String address) {
        return new MessageToken(key, null, r.node(), address, true, Color.web("#6b7280"),
                describe(r.messageId(), r.sequence(), outsidePeer(address), ref(r.node(), r.socket()),
                        r.frames()));
    }

    TraceRow row(RunEvent.MessageSent s) {
        return new TraceRow(s.nanos(), ref(s.node(), s.socket()), s.to().label(),
                type(s.node(), s.socket()) + " → ?", s.frames().size(), PayloadPreview.of(s.frames()), s.messageId());
    }

    TraceRow row(RunEvent.MessageReceived r) {
        String from;
        String fromType;
        Link link = r.link() == null ? null : links.get(r.link());
        if (link != null) {
            boolean receiverIsFrom = link.from().node().equals(r.node()) && link.from().socket().equals(r.socket());
            var sender = receiverIsFrom ? link.to() : link.from();
            from = ref(sender.node(), sender.socket());
            fromType = type(sender.node(), sender.socket());
        } else {
            from = r.from().label();
            fromType = "?";
        }
        return new TraceRow(r.nanos(), from, ref(r.node(), r.socket()), fromType + " → " + type(r.node(), r.socket()),
                r.frames().size(), PayloadPreview.of(r.frames()), r.messageId());
    }

    private String type(String node, String socket) {
        SocketType type = types.get(node + "/" + socket);
        return type == null ? "?" : type.name();
    }

    private Color colour(String node, String socket, List<byte[]> frames) {
        SocketType type = types.get(node + "/" + socket);
        if (type != null && type.publishes()) {
            String topic = PayloadPreview.topic(frames);
            return TOPIC_COLOURS[Math.floorMod(topic.hashCode(), TOPIC_COLOURS.length)];
        }
        if (type == null) {
            return Color.GRAY;
        }
        // Replies go the other way from requests: a lighter shade of the same family tells them apart.
        boolean reply = type.lockstep() == SocketType.Lockstep.ANSWERS || type.routes();
        return reply ? FamilyColors.of(type).interpolate(Color.WHITE, 0.45) : FamilyColors.of(type);
    }

    /** The token's tooltip, in the language current when the message was traced (a token lives a second or two). */
    private static String describe(long id, long sequence, String from, String to, List<byte[]> frames) {
        return TEXTS.get("token.tooltip", Long.toString(id), Long.toString(sequence), from, to,
                Integer.toString(frames.size()), frames.size(), PayloadPreview.of(frames));
    }

    private static String outsidePeer(String address) {
        return TEXTS.get("token.outsidePeer", address);
    }

    private static String ref(String node, String socket) {
        return node + "/" + socket;
    }
}
