package org.zmqdesigner.app.inspector;
import static org.zmqdesigner.app.inspector.InspectorContext.text;


import java.util.List;
import java.util.function.Function;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.VBox;
import org.zmqdesigner.engine.model.Behaviour;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.Socket;

/**
 * The node's behaviour: which one, and its fields. Switching the type replaces the behaviour with a
 * fresh one; the fields of the old one do not carry over, since they mean different things. Every
 * other edit goes through the model's withers, so the fields a row does not show are kept.
 */
final class BehaviourEditor {

    private final InspectorContext context;
    private final String nodeId;
    private final List<String> socketIds;
    private final Form form = new Form();

    private BehaviourEditor(InspectorContext context, Node node) {
        this.context = context;
        this.nodeId = node.id();
        this.socketIds = node.sockets().stream().map(Socket::id).toList();
    }

    static javafx.scene.Node build(InspectorContext context, Node node) {
        return new BehaviourEditor(context, node).layout(node);
    }

    private javafx.scene.Node layout(Node node) {
        Behaviour behaviour = node.behaviour();
        String type = Behaviours.typeOf(behaviour);
        form.row(text("behaviour.label"), text("behaviour.help"),
                Choices.of("behaviour-type", Behaviours.TYPES, type, Behaviours::shownName, this::setType));
        form.wide(Form.note(Behaviours.explain(type)));
        if (node.kind().isDevice()) {
            form.wide(Form.note(text("behaviour.device")));
        }
        if (behaviour instanceof Behaviour.Source source) {
            new SourceEditor(this).addRows(form, source);
        } else if (behaviour instanceof Behaviour.Responder responder) {
            new ResponderEditor(this).addRows(form, responder);
        } else if (behaviour instanceof Behaviour.Worker worker) {
            workerRows(worker);
        } else if (behaviour instanceof Behaviour.Sink sink) {
            sinkRows(sink);
        } else if (behaviour instanceof Behaviour.Broker broker) {
            brokerRows(broker);
        } else if (behaviour instanceof Behaviour.Echo echo) {
            form.row(text("field.socket.label"), text("echo.socket.help"),
                    socketChoice("behaviour-socket", echo.socket(), Behaviour.Echo.class,
                            (e, v) -> new Behaviour.Echo(v)));
        }
        return new VBox(Form.heading(text("behaviour.heading")), form.node());
    }

    private void setType(String type) {
        context.updateNode(nodeId, "behaviour", n -> n.withBehaviour(Behaviours.create(type)));
    }

    private void workerRows(Behaviour.Worker w) {
        form.row(text("worker.input.label"), text("worker.input.help"),
                socketChoice("behaviour-input", w.input(), Behaviour.Worker.class,
                        (b, v) -> new Behaviour.Worker(v, b.output(), b.delayMs(), b.delayFromPayload(), b.forward())));
        form.row(text("worker.output.label"), text("worker.output.help"),
                socketChoice("behaviour-output", w.output(), Behaviour.Worker.class,
                        (b, v) -> new Behaviour.Worker(b.input(), v, b.delayMs(), b.delayFromPayload(), b.forward())));
        form.row(text("worker.delayMs.label"), text("worker.delayMs.help"),
                CommitField.field(context, "behaviour-delayMs", Parse.show(w.delayMs()), Parse.optionalInt(0),
                        v -> update(Behaviour.Worker.class, "workTime", b -> new Behaviour.Worker(b.input(),
                                b.output(), v, b.delayFromPayload(), b.forward()))));
        CheckBox fromPayload = new CheckBox(text("worker.delayFromPayload.check"));
        fromPayload.setId("behaviour-delayFromPayload");
        fromPayload.setSelected(Boolean.TRUE.equals(w.delayFromPayload()));
        // Unticked is the default, so it is stored as "not set" and the file stays as it was.
        fromPayload.selectedProperty().addListener((o, was, now) -> update(Behaviour.Worker.class,
                "workTimeFromPayload", b -> new Behaviour.Worker(b.input(), b.output(), b.delayMs(),
                        now ? Boolean.TRUE : null, b.forward())));
        form.row(text("worker.delayFromPayload.label"), text("worker.delayFromPayload.help"), fromPayload);
        form.row(text("worker.forward.label"), text("worker.forward.help", "{payload}"),
                CommitField.field(context, "behaviour-forward", w.forward(), Parse.template(false),
                        v -> update(Behaviour.Worker.class, "forward", b -> new Behaviour.Worker(b.input(),
                                b.output(), b.delayMs(), b.delayFromPayload(), v))));
    }

    private void sinkRows(Behaviour.Sink s) {
        form.row(text("field.socket.label"), text("sink.socket.help"),
                socketChoice("behaviour-socket", s.socket(), Behaviour.Sink.class, Behaviour.Sink::withSocket));
        form.row(text("sink.count.label"), text("sink.count.help"),
                CommitField.field(context, "behaviour-count", Parse.show(s.count()), Parse.optionalLong(0),
                        v -> update(Behaviour.Sink.class, "count", b -> b.withCount(v))));
        form.row(text("sink.delayMs.label"), text("sink.delayMs.help"),
                CommitField.field(context, "behaviour-delayMs", Parse.show(s.delayMs()), Parse.optionalInt(0),
                        v -> update(Behaviour.Sink.class, "delay", b -> b.withDelayMs(v))));
        form.row(text("field.syncSocket.label"), text("sink.syncSocket.help"),
                socketChoice("behaviour-syncSocket", s.syncSocket(), Behaviour.Sink.class,
                        Behaviour.Sink::withSyncSocket, text("socket.choice.none")));
        form.row(text("sink.until.label"), text("sink.until.help"),
                CommitField.field(context, "behaviour-until", Parse.show(s.until()), Parse.optionalText(),
                        v -> update(Behaviour.Sink.class, "stopMessage", b -> b.withUntil(v)))
                        .prompt(text("sink.until.prompt")));
    }

    private void brokerRows(Behaviour.Broker b) {
        form.row(text("broker.frontend.label"), text("broker.frontend.help"),
                socketChoice("behaviour-frontend", b.frontend(), Behaviour.Broker.class,
                        (old, v) -> new Behaviour.Broker(v, old.backend())));
        form.row(text("broker.backend.label"), text("broker.backend.help"),
                socketChoice("behaviour-backend", b.backend(), Behaviour.Broker.class,
                        (old, v) -> new Behaviour.Broker(old.frontend(), v)));
    }

    <B extends Behaviour> javafx.scene.Node socketChoice(String id, String value, Class<B> type,
                                                         SocketSetter<B> setter) {
        return socketChoice(id, value, type, setter, text("socket.choice.automatic"));
    }

    /** A socket choice whose empty entry reads as {@code unset}, such as "none" for an optional socket. */
    <B extends Behaviour> javafx.scene.Node socketChoice(String id, String value, Class<B> type,
                                                         SocketSetter<B> setter, String unset) {
        String property = id.substring("behaviour-".length());
        return Choices.socket(id, value, socketIds, unset, v -> update(type, property, b -> setter.with(b, v)));
    }

    /** Rebuilds the behaviour through {@code change} when it is still of the type the field was made for. */
    <B extends Behaviour> String update(Class<B> type, String property, Function<B, Behaviour> change) {
        return context.updateNode(nodeId, property, n -> {
            if (!type.isInstance(n.behaviour())) {
                throw new IllegalArgumentException(text("error.behaviourChanged", nodeId));
            }
            return n.withBehaviour(change.apply(type.cast(n.behaviour())));
        });
    }

    InspectorContext context() {
        return context;
    }

    /** Makes a copy of behaviour {@code B} using another socket. */
    @FunctionalInterface
    interface SocketSetter<B extends Behaviour> {
        Behaviour with(B behaviour, String socket);
    }
}
