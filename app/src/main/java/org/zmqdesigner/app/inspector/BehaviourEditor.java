package org.zmqdesigner.app.inspector;

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
        form.row("Behaviour", "What the node does with its sockets when the design runs.",
                Choices.of("behaviour-type", Behaviours.TYPES, type, s -> s, this::setType));
        form.wide(Form.note(Behaviours.explain(type)));
        if (node.kind().isDevice()) {
            form.wide(Form.note("A device runs ZeroMQ's own proxy between its frontend and backend;"
                    + " it needs no behaviour, and one would be ignored."));
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
            form.row("Socket", "The socket to echo on. Automatic picks the first socket that can receive and send.",
                    socketChoice("behaviour-socket", echo.socket(), Behaviour.Echo.class,
                            (e, v) -> new Behaviour.Echo(v)));
        }
        return new VBox(Form.heading("Behaviour"), form.node());
    }

    private void setType(String type) {
        context.updateNode(nodeId, "behaviour", n -> n.withBehaviour(Behaviours.create(type)));
    }

    private void workerRows(Behaviour.Worker w) {
        form.row("Input", "The socket work arrives on. Automatic picks the first socket that can receive.",
                socketChoice("behaviour-input", w.input(), Behaviour.Worker.class,
                        (b, v) -> new Behaviour.Worker(v, b.output(), b.delayMs(), b.delayFromPayload(), b.forward())));
        form.row("Output", "The socket results go out on. Automatic picks the first socket that can send.",
                socketChoice("behaviour-output", w.output(), Behaviour.Worker.class,
                        (b, v) -> new Behaviour.Worker(b.input(), v, b.delayMs(), b.delayFromPayload(), b.forward())));
        form.row("Work time (ms)", "Fixed time spent on each message. Empty means none.",
                CommitField.field(context, "behaviour-delayMs", Parse.show(w.delayMs()), Parse.optionalInt(0),
                        v -> update(Behaviour.Worker.class, "work time", b -> new Behaviour.Worker(b.input(),
                                b.output(), v, b.delayFromPayload(), b.forward()))));
        CheckBox fromPayload = new CheckBox("Work as many milliseconds as the payload says");
        fromPayload.setId("behaviour-delayFromPayload");
        fromPayload.setSelected(Boolean.TRUE.equals(w.delayFromPayload()));
        // Unticked is the default, so it is stored as "not set" and the file stays as it was.
        fromPayload.selectedProperty().addListener((o, was, now) -> update(Behaviour.Worker.class,
                "work time from payload", b -> new Behaviour.Worker(b.input(), b.output(), b.delayMs(),
                        now ? Boolean.TRUE : null, b.forward())));
        form.row("Work from payload", "Like the zguide's taskwork: each payload is a number of milliseconds"
                + " to sleep, so the ventilator decides how long each task takes.", fromPayload);
        form.row("Forward", "Template of what is sent on; {payload} is the received message's payload."
                        + " Empty sends an empty message, as taskwork does.",
                CommitField.field(context, "behaviour-forward", w.forward(), Parse.template(false),
                        v -> update(Behaviour.Worker.class, "forward", b -> new Behaviour.Worker(b.input(),
                                b.output(), b.delayMs(), b.delayFromPayload(), v))));
    }

    private void sinkRows(Behaviour.Sink s) {
        form.row("Socket", "The socket to receive on. Automatic picks the first socket that can receive.",
                socketChoice("behaviour-socket", s.socket(), Behaviour.Sink.class, Behaviour.Sink::withSocket));
        form.row("Count", "Stop after this many messages. Empty receives until the run stops.",
                CommitField.field(context, "behaviour-count", Parse.show(s.count()), Parse.optionalLong(0),
                        v -> update(Behaviour.Sink.class, "count", b -> b.withCount(v))));
        form.row("Time per message (ms)", "Time spent on each message: a slow subscriber or consumer, to watch"
                        + " queues fill up. Empty means none.",
                CommitField.field(context, "behaviour-delayMs", Parse.show(s.delayMs()), Parse.optionalInt(0),
                        v -> update(Behaviour.Sink.class, "delay", b -> b.withDelayMs(v))));
        form.row("Sync socket", "A REQ socket of this node, connected to the publisher's REP: once subscribed,"
                        + " the sink asks there and waits for the answer before it counts messages (the zguide's"
                        + " syncsub). None means no synchronisation.",
                socketChoice("behaviour-syncSocket", s.syncSocket(), Behaviour.Sink.class,
                        Behaviour.Sink::withSyncSocket, "none"));
        form.row("Stop at", "Stop after a message that says exactly this, like syncsub stopping at \"END\"."
                        + " Empty stops only at Count or when the run stops.",
                CommitField.field(context, "behaviour-until", Parse.show(s.until()), Parse.optionalText(),
                        v -> update(Behaviour.Sink.class, "stop message", b -> b.withUntil(v))).prompt("never"));
    }

    private void brokerRows(Behaviour.Broker b) {
        form.row("Frontend", "The ROUTER socket clients connect to. Automatic picks the node's first ROUTER.",
                socketChoice("behaviour-frontend", b.frontend(), Behaviour.Broker.class,
                        (old, v) -> new Behaviour.Broker(v, old.backend())));
        form.row("Backend", "The socket workers connect to: a DEALER deals requests round robin, a ROUTER"
                        + " sends each to a worker that said READY. Automatic picks the node's other socket.",
                socketChoice("behaviour-backend", b.backend(), Behaviour.Broker.class,
                        (old, v) -> new Behaviour.Broker(old.frontend(), v)));
    }

    <B extends Behaviour> javafx.scene.Node socketChoice(String id, String value, Class<B> type,
                                                         SocketSetter<B> setter) {
        return socketChoice(id, value, type, setter, "automatic (first that fits)");
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
                throw new IllegalArgumentException("The behaviour of " + nodeId + " has changed meanwhile.");
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
