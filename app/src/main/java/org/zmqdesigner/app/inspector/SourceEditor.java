package org.zmqdesigner.app.inspector;
import static org.zmqdesigner.app.inspector.InspectorContext.text;


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
        form.row(text("field.socket.label"), text("source.socket.help"),
                owner.socketChoice("behaviour-socket", s.socket(), Source.class, Source::withSocket));
        form.row(text("source.rate.label"), text("source.rate.help"),
                CommitField.field(context, "behaviour-rate", Parse.show(s.rate()), Parse.optionalPositive(),
                        v -> update("rate", b -> b.withRate(v))).prompt(text("source.rate.prompt")));
        form.row(text("source.count.label"), text("source.count.help"),
                CommitField.field(context, "behaviour-count", Parse.show(s.count()), Parse.optionalLong(0),
                        v -> update("count", b -> b.withCount(v))).prompt(text("source.count.prompt")));
        form.row(text("source.payload.label"), text("source.payload.help", "{seq}", "{rand:1..100}",
                        "{rand:0..99999:%05d}", "{node}", "{time}", "{{", "}}"),
                CommitField.field(context, "behaviour-payload", s.payload(), Parse.template(false),
                        v -> update("payload", b -> b.withPayload(v))));
        form.row(text("source.topic.label"), text("source.topic.help"),
                CommitField.field(context, "behaviour-topic", Parse.show(s.topic()), Parse.template(true),
                        v -> update("topic", b -> b.withTopic(v))).prompt(text("source.topic.prompt")));
        form.row(text("source.awaitPeers.label"), text("source.awaitPeers.help"),
                CommitField.field(context, "behaviour-awaitPeers", Parse.show(s.awaitPeers()), Parse.optionalInt(0),
                        v -> update("peersToWaitFor", b -> b.withAwaitPeers(v)))
                        .prompt(text("source.awaitPeers.prompt")));
        form.row(text("field.syncSocket.label"), text("source.syncSocket.help", text("source.awaitPeers.label")),
                owner.socketChoice("behaviour-syncSocket", s.syncSocket(), Source.class, Source::withSyncSocket,
                        text("socket.choice.none")));
        form.row(text("source.end.label"), text("source.end.help"),
                CommitField.field(context, "behaviour-end", Parse.show(s.end()), Parse.template(true),
                        v -> update("endMessage", b -> b.withEnd(v))).prompt(text("source.end.prompt")));
        form.row(text("source.replyTimeoutMs.label"), text("source.replyTimeoutMs.help"),
                CommitField.field(context, "behaviour-replyTimeoutMs", Parse.show(s.replyTimeoutMs()),
                        Parse.optionalInt(1), v -> update("replyTimeout", b -> b.withReplyTimeoutMs(v)))
                        .prompt(text("source.replyTimeoutMs.prompt")));
        form.row(text("source.retries.label"), text("source.retries.help"),
                CommitField.field(context, "behaviour-retries", Parse.show(s.retries()), Parse.optionalInt(0),
                        v -> update("retries", b -> b.withRetries(v))).prompt(text("source.retries.prompt")));
        form.row(text("source.prelude.label"), text("source.prelude.help"),
                CommitField.area(context, "behaviour-prelude", show(s.prelude()), this::parsePrelude,
                        v -> update("prelude", b -> b.withPrelude(v))).prompt(text("source.prelude.prompt")));
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
                throw new Parse.Invalid(text("prelude.format", String.valueOf(i + 1)));
            }
            String payload = line.substring(colon + 1);
            // One space after the colon is layout; any more belong to the payload.
            payload = payload.startsWith(" ") ? payload.substring(1) : payload;
            try {
                Parse.checkTemplate(payload);
            } catch (Parse.Invalid invalid) {
                throw new Parse.Invalid(text("prelude.line", String.valueOf(i + 1), invalid.getMessage()));
            }
            result.add(new Prelude(socket, payload));
        }
        return List.copyOf(result);
    }
}
