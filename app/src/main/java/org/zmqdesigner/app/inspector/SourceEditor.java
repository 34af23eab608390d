package org.zmqdesigner.app.inspector;

import java.util.ArrayList;
import java.util.List;
import org.zmqdesigner.engine.model.Behaviour;
import org.zmqdesigner.engine.model.Behaviour.Prelude;
import org.zmqdesigner.engine.model.Behaviour.Source;

/** The fields of a source, the behaviour with the most of them. */
final class SourceEditor {

    private final BehaviourEditor owner;
    private final InspectorContext context;

    SourceEditor(BehaviourEditor owner) {
        this.owner = owner;
        this.context = owner.context();
    }

    void addRows(Form form, Source s) {
        form.row("Socket", "The socket to send on. Automatic picks the node's first socket that can send.",
                owner.socketChoice("behaviour-socket", s.socket(), Source.class, Source::withSocket));
        form.row("Rate (msg/s)", "Messages per second. Empty sends as fast as the socket takes them.",
                CommitField.field(context, "behaviour-rate", Parse.show(s.rate()), Parse.optionalPositive(),
                        v -> update("rate", b -> b.withRate(v))).prompt("unlimited"));
        form.row("Count", "How many messages to send. Empty sends until the run stops.",
                CommitField.field(context, "behaviour-count", Parse.show(s.count()), Parse.optionalLong(0),
                        v -> update("count", b -> b.withCount(v))).prompt("endless"));
        form.row("Payload", "What each message says. {seq} counts from 1, {rand:1..100} is a random number"
                        + " (with a format: {rand:0..99999:%05d}), {node} is this node's id, {time} the clock;"
                        + " {{ and }} are literal braces.",
                CommitField.field(context, "behaviour-payload", s.payload(), Parse.template(false),
                        v -> update("payload", b -> b.withPayload(v))));
        form.row("Topic", "Sent as a first frame before the payload: the envelope subscribers filter on."
                        + " Takes the same placeholders. Empty sends no topic frame.",
                CommitField.field(context, "behaviour-topic", Parse.show(s.topic()), Parse.template(true),
                        v -> update("topic", b -> b.withTopic(v))).prompt("no topic frame"));
        form.row("Wait for peers", "Wait until this many peers have connected (on an XPUB: subscribed; with a"
                        + " sync socket: asked to synchronise) before the first message: the zguide's cure for the"
                        + " slow joiner. Empty starts at once.",
                CommitField.field(context, "behaviour-awaitPeers", Parse.show(s.awaitPeers()), Parse.optionalInt(0),
                        v -> update("peers to wait for", b -> b.withAwaitPeers(v))).prompt("start at once"));
        form.row("Sync socket", "A REP socket of this node where each subscriber sends a request to say it is"
                        + " ready; the source replies, and starts once \"Wait for peers\" have asked (the zguide's"
                        + " syncpub). None means no synchronisation.",
                owner.socketChoice("behaviour-syncSocket", s.syncSocket(), Source.class, Source::withSyncSocket,
                        "none"));
        form.row("End message", "Sent once after the last of Count messages, so receivers know the stream is"
                        + " over, like syncpub's \"END\". Takes the payload's placeholders. Needs a count."
                        + " Empty sends none.",
                CommitField.field(context, "behaviour-end", Parse.show(s.end()), Parse.template(true),
                        v -> update("end message", b -> b.withEnd(v))).prompt("no end message"));
        form.row("Reply timeout (ms)", "On a REQ: how long to wait for each reply before giving up on it and"
                        + " retrying with a fresh socket (the zguide's Lazy Pirate client waits 2500 ms)."
                        + " Empty waits as long as the run does.",
                CommitField.field(context, "behaviour-replyTimeoutMs", Parse.show(s.replyTimeoutMs()),
                        Parse.optionalInt(1), v -> update("reply timeout", b -> b.withReplyTimeoutMs(v)))
                        .prompt("no timeout"));
        form.row("Retries", "On a REQ with a reply timeout: how many times to resend a request whose reply"
                        + " did not come before giving up on the server (lpclient tries 3 times).",
                CommitField.field(context, "behaviour-retries", Parse.show(s.retries()), Parse.optionalInt(0),
                        v -> update("retries", b -> b.withRetries(v))).prompt("none"));
        form.row("Prelude", "Messages sent once before the stream, one per line as socket: payload, like"
                        + " taskvent's \"0\" to the sink saying a batch starts. Ctrl+Enter applies.",
                CommitField.area(context, "behaviour-prelude", show(s.prelude()), this::parsePrelude,
                        v -> update("prelude", b -> b.withPrelude(v))).prompt("sink: 0"));
    }

    private String update(String property, java.util.function.Function<Source, Behaviour> change) {
        return owner.update(Source.class, property, change);
    }

    static String show(List<Prelude> prelude) {
        StringBuilder text = new StringBuilder();
        for (Prelude p : prelude) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(p.socket()).append(": ").append(p.payload());
        }
        return text.toString();
    }

    private List<Prelude> parsePrelude(String text) throws Parse.Invalid {
        List<Prelude> result = new ArrayList<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(':');
            String socket = colon < 0 ? "" : line.substring(0, colon).strip();
            if (socket.isEmpty()) {
                throw new Parse.Invalid("Line " + (i + 1) + ": write socket: payload, as in \"sink: 0\".");
            }
            String payload = line.substring(colon + 1);
            // One space after the colon is layout; any more belong to the payload.
            payload = payload.startsWith(" ") ? payload.substring(1) : payload;
            try {
                Parse.checkTemplate(payload);
            } catch (Parse.Invalid invalid) {
                throw new Parse.Invalid("Line " + (i + 1) + ": " + invalid.getMessage());
            }
            result.add(new Prelude(socket, payload));
        }
        return List.copyOf(result);
    }
}
