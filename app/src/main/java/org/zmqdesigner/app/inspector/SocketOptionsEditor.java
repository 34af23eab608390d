package org.zmqdesigner.app.inspector;
import static org.zmqdesigner.app.inspector.InspectorContext.text;


import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import org.zmqdesigner.engine.model.SocketOption;
import org.zmqdesigner.engine.model.SocketOptions;
import org.zmqdesigner.engine.model.SocketType;

/**
 * The ZeroMQ options of one socket, from the engine's option table: the options that do something
 * on the socket's type, so the inspector never offers SUBSCRIBE on a PUB or ROUTER_MANDATORY on a
 * DEALER. An option a file sets on a type it does nothing on is still shown, with the validator's
 * reason and a button to remove it, so the warning below can be acted on.
 */
final class SocketOptionsEditor {

    private final InspectorContext context;
    private final String nodeId;
    private final String socketId;
    private final String prefix;

    SocketOptionsEditor(InspectorContext context, String nodeId, String socketId, int index) {
        this.context = context;
        this.nodeId = nodeId;
        this.socketId = socketId;
        this.prefix = "socket-" + index + "-";
    }

    void addRows(Form form, SocketType type, SocketOptions o) {
        for (SocketOption option : SocketOption.values()) {
            boolean applies = option.appliesTo(type);
            if (!applies && !option.isSetIn(o)) {
                continue;
            }
            String help = help(option);
            javafx.scene.Node editor = editor(option, o, help, applies);
            form.option(label(option), option.zmqName(), help, applies ? editor : doesNothing(option, type, editor));
        }
    }

    private javafx.scene.Node editor(SocketOption option, SocketOptions o, String help, boolean applies) {
        String id = prefix + option.key();
        return switch (option.kind()) {
            case NUMBER -> CommitField.field(context, id, Parse.show((Integer) option.valueIn(o)),
                    Parse.optionalInt(option.minimum()), v -> set(option, v)).prompt(text("option.prompt"))
                    .help(help).node();
            case TEXT -> CommitField.field(context, id, Parse.show((String) option.valueIn(o)), Parse.optionalText(),
                    v -> set(option, v)).prompt(option.defaultValue()).help(help).node();
            case FLAG -> Choices.triState(id, (Boolean) option.valueIn(o), v -> set(option, v));
            case PREFIXES -> new SubscriptionsEditor(context, nodeId, socketId, prefix)
                    .build(o.subscribe(), applies);
        };
    }

    /** The option's editor under the reason it does nothing here, with a button that removes it. */
    private javafx.scene.Node doesNothing(SocketOption option, SocketType type, javafx.scene.Node editor) {
        var why = Form.note(text("option.doesNothing", type.name(), option.whyNotOn(type)));
        why.setId(prefix + option.key() + "-not-applicable");
        why.getStyleClass().remove(Styles.TEXT_MUTED);
        why.getStyleClass().add(Styles.WARNING);
        Button remove = new Button(text("option.remove", option.zmqName()));
        remove.setId(prefix + option.key() + "-remove");
        remove.getStyleClass().addAll(Styles.SMALL, Styles.WARNING);
        remove.setOnAction(e -> context.changeSocket(nodeId, socketId, text("edit.removeOption", option.zmqName(),
                nodeId + "/" + socketId), s -> s.withOptions(option.cleared(s.options()))));
        return new VBox(4, editor, why, remove);
    }

    private static String label(SocketOption option) {
        return option.unit() == null || option.countsMessages() ? option.title()
                : text("option.withUnit", option.title(), option.unit());
    }

    /** The table's description, its default and, for a field, how to get the default back. */
    private static String help(SocketOption option) {
        boolean field = List.of(SocketOption.Kind.NUMBER, SocketOption.Kind.TEXT).contains(option.kind());
        return text(field ? "option.help.field" : "option.help", option.description(), option.defaultValue());
    }

    private String set(SocketOption option, Object value) {
        // The option's ZeroMQ name, which no language translates, names the property.
        return context.changeSocket(nodeId, socketId, text("edit.set", option.zmqName(), nodeId + "/" + socketId),
                s -> s.withOptions(option.with(s.options(), value)));
    }
}
