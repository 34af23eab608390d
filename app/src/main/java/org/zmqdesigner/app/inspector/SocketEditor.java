package org.zmqdesigner.app.inspector;
import static org.zmqdesigner.app.inspector.InspectorContext.text;


import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.zmqdesigner.engine.edit.CompositeEdit;
import org.zmqdesigner.engine.edit.Edit;
import org.zmqdesigner.engine.edit.RemoveElements;
import org.zmqdesigner.engine.edit.ReplaceLink;
import org.zmqdesigner.engine.edit.ReplaceNode;
import org.zmqdesigner.engine.model.Link;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.Socket;
import org.zmqdesigner.engine.model.SocketRef;
import org.zmqdesigner.engine.model.SocketType;

/** One socket of a node: its id, type, endpoints and options, and a button to remove it. */
final class SocketEditor {

    private final InspectorContext context;
    private final String nodeId;
    private final String socketId;
    private final String prefix;

    private SocketEditor(InspectorContext context, String nodeId, String socketId, int index) {
        this.context = context;
        this.nodeId = nodeId;
        this.socketId = socketId;
        this.prefix = "socket-" + index + "-";
    }

    static javafx.scene.Node build(InspectorContext context, Node node, int index) {
        Socket socket = node.sockets().get(index);
        return new SocketEditor(context, node.id(), socket.id(), index).layout(socket, index);
    }

    private javafx.scene.Node layout(Socket socket, int index) {
        Label title = new Label(text("socket.title", String.valueOf(index + 1), socket.id()));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        Button remove = new Button(null, new FontIcon(MaterialDesignD.DELETE_OUTLINE));
        remove.setId(prefix + "remove");
        remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.DANGER);
        remove.setTooltip(new Tooltip(text("socket.remove.tooltip")));
        remove.setOnAction(e -> remove());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(6, title, gap, remove);
        header.setAlignment(Pos.CENTER_LEFT);

        Form form = new Form();
        form.row(text("socket.id.label"), text("socket.id.help"),
                CommitField.field(context, prefix + "id", socket.id(), Parse.id("socket"), this::rename));
        VBox type = new VBox(2, Choices.of(prefix + "type", Arrays.asList(SocketType.values()), socket.type(),
                SocketType::name, t -> context.updateSocket(nodeId, socketId, "type", s -> s.withType(t))),
                Form.note(text("socket.type.note", capitalise(socket.type().role()),
                        Words.or(socket.type().peers().stream().map(Enum::name).toList()))));
        form.row(text("socket.type.label"), text("socket.type.help"), type);
        form.row(text("socket.binds.label"), text("socket.binds.help"),
                CommitField.area(context, prefix + "binds", String.join("\n", socket.binds()), Parse.endpoints(),
                        v -> context.updateSocket(nodeId, socketId, "binds", s -> s.withBinds(v)))
                        .prompt(text("socket.binds.prompt")));
        form.row(text("socket.connects.label"), text("socket.connects.help"),
                CommitField.area(context, prefix + "connects", String.join("\n", socket.connects()),
                        Parse.endpoints(), v -> context.updateSocket(nodeId, socketId, "connects",
                                s -> s.withConnects(v))).prompt(text("socket.connects.prompt")));
        new SocketOptionsEditor(context, nodeId, socketId, index).addRows(form, socket.type(), socket.options());
        VBox box = new VBox(4, header, form.node());
        box.getStyleClass().add("inspector-socket");
        box.setPadding(new Insets(6, 0, 6, 0));
        return box;
    }

    /** A socket rename as one undo step: the node, its behaviour's mentions, and the links all follow. */
    private String rename(String newId) {
        if (newId.equals(socketId)) {
            return null;
        }
        Node node = context.topology().node(nodeId).orElse(null);
        if (node == null || node.socket(socketId).isEmpty()) {
            return text("error.socketGone", nodeId + "/" + socketId);
        }
        if (node.socket(newId).isPresent()) {
            return text("error.socketTaken", nodeId, newId);
        }
        Node renamed = node.withSocket(socketId, node.socket(socketId).get().withId(newId))
                .withBehaviour(Behaviours.renameSocket(node.behaviour(), socketId, newId));
        String description = InspectorContext.setting("id", nodeId + "/" + socketId);
        List<Edit> edits = new ArrayList<>();
        edits.add(new ReplaceNode(nodeId, renamed, description));
        SocketRef old = new SocketRef(nodeId, socketId);
        SocketRef now = new SocketRef(nodeId, newId);
        for (Link link : context.topology().linksOf(old)) {
            Link moved = new Link(link.id(), link.from().equals(old) ? now : link.from(),
                    link.to().equals(old) ? now : link.to(), link.endpoint());
            edits.add(new ReplaceLink(link.id(), moved, description));
        }
        return context.apply(edits.size() == 1 ? edits.get(0) : new CompositeEdit(edits, description));
    }

    private void remove() {
        Node node = context.topology().node(nodeId).orElse(null);
        if (node == null) {
            return;
        }
        List<Socket> rest = node.sockets().stream().filter(s -> !s.id().equals(socketId)).toList();
        String description = text("edit.removeSocket", nodeId + "/" + socketId);
        Edit replace = new ReplaceNode(nodeId, node.withSockets(rest), description);
        Set<String> links = context.topology().linksOf(new SocketRef(nodeId, socketId)).stream()
                .map(Link::id).collect(Collectors.toSet());
        context.apply(links.isEmpty() ? replace
                : new CompositeEdit(List.of(replace, new RemoveElements(Set.of(), links)), description));
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
