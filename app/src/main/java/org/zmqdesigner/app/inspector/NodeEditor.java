package org.zmqdesigner.app.inspector;
import static org.zmqdesigner.app.inspector.InspectorContext.text;


import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.NodeKind;
import org.zmqdesigner.engine.model.Position;
import org.zmqdesigner.engine.model.Socket;
import org.zmqdesigner.engine.model.SocketType;

/** Everything about one node: its own fields, each socket, and its behaviour. */
final class NodeEditor {

    private final InspectorContext context;
    private final String nodeId;

    private NodeEditor(InspectorContext context, String nodeId) {
        this.context = context;
        this.nodeId = nodeId;
    }

    static javafx.scene.Node build(InspectorContext context, Node node) {
        return new NodeEditor(context, node.id()).layout(node);
    }

    private javafx.scene.Node layout(Node node) {
        Form form = new Form();
        form.row(text("node.id.label"), text("node.id.help"),
                CommitField.field(context, "inspector-id", node.id(), Parse.id("node"), this::rename));
        form.row(text("node.name.label"), text("node.name.help"),
                CommitField.field(context, "inspector-name", Parse.show(node.name()), Parse.optionalText(),
                        v -> context.updateNode(nodeId, "name", n -> n.withName(v))).prompt(node.id()));
        Label kind = new Label(kindText(node.kind()));
        kind.setId("inspector-kind");
        kind.setWrapText(true);
        form.row(text("node.kind.label"), text("node.kind.help"), kind);
        form.row(text("node.x.label"), text("node.x.help"),
                CommitField.field(context, "inspector-x", Parse.show(node.position().x()), Parse.coordinate(),
                        v -> context.updateNode(nodeId, "position",
                                n -> n.withPosition(new Position(v, n.position().y())))));
        form.row(text("node.y.label"), text("node.y.help"),
                CommitField.field(context, "inspector-y", Parse.show(node.position().y()), Parse.coordinate(),
                        v -> context.updateNode(nodeId, "position",
                                n -> n.withPosition(new Position(n.position().x(), v)))));
        form.row(text("node.startDelay.label"), text("node.startDelay.help"),
                CommitField.field(context, "inspector-startDelay", Parse.show(node.startDelayMs()),
                        Parse.optionalInt(0), v -> context.updateNode(nodeId, "startDelay",
                                n -> n.withStartDelayMs(v))).prompt(text("node.startDelay.prompt")));
        form.row(text("node.host.label"), text("node.host.help"),
                CommitField.field(context, "inspector-host", Parse.show(node.host()), Parse.optionalText(),
                        v -> context.updateNode(nodeId, "host", n -> n.withHost(v == null ? null : v.strip())))
                        .prompt(text("node.host.prompt")));

        VBox box = new VBox(4, Form.heading(text("node.heading")), form.node(), socketsHeader());
        if (node.sockets().isEmpty()) {
            box.getChildren().add(Form.note(text("node.noSockets")));
        }
        for (int i = 0; i < node.sockets().size(); i++) {
            box.getChildren().addAll(new Separator(), SocketEditor.build(context, node, i));
        }
        box.getChildren().addAll(new Separator(), BehaviourEditor.build(context, node));
        return box;
    }

    private javafx.scene.Node socketsHeader() {
        Button add = new Button(text("node.addSocket"), new FontIcon(MaterialDesignP.PLUS));
        add.setId("inspector-add-socket");
        add.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        add.setTooltip(new Tooltip(text("node.addSocket.tooltip")));
        add.setOnAction(e -> addSocket());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(6, Form.heading(text("node.sockets")), gap, add);
        header.setAlignment(Pos.BOTTOM_LEFT);
        return header;
    }

    private String rename(String newId) {
        boolean shownAlone = context.document().selection().equals(java.util.Set.of(nodeId));
        String problem = context.updateNode(nodeId, "id", n -> n.withId(newId));
        // The document drops the old id from the selection; keep the renamed node in the inspector,
        // unless the student has meanwhile selected something else (a commit on leaving the node).
        if (problem == null && !newId.equals(nodeId) && shownAlone) {
            context.document().selectOnly(newId);
        }
        return problem;
    }

    private void addSocket() {
        context.topology().node(nodeId).ifPresent(node -> {
            Socket fresh = freshSocket(node);
            List<Socket> sockets = new ArrayList<>(node.sockets());
            sockets.add(fresh);
            context.replaceNode(nodeId, text("edit.addSocket", fresh.id(), nodeId), n -> n.withSockets(sockets));
        });
    }

    /** A device gets the socket it still lacks; an application a numbered one. */
    static Socket freshSocket(Node node) {
        Map<String, SocketType> needed = node.kind().deviceSockets();
        for (String role : List.of(NodeKind.FRONTEND, NodeKind.BACKEND)) {
            if (needed.containsKey(role) && node.socket(role).isEmpty()) {
                return new Socket(role, needed.get(role));
            }
        }
        if (node.kind().isDevice() && node.socket(NodeKind.CAPTURE).isEmpty()) {
            return new Socket(NodeKind.CAPTURE, SocketType.PUB);
        }
        for (int i = node.sockets().size() + 1; ; i++) {
            String id = "socket-" + i;
            if (node.socket(id).isEmpty()) {
                return new Socket(id, SocketType.REQ);
            }
        }
    }

    private static String kindText(NodeKind kind) {
        if (!kind.isDevice()) {
            return kind.label();
        }
        Map<String, SocketType> sockets = kind.deviceSockets();
        return text("node.kind.device", kind.label(), sockets.get(NodeKind.FRONTEND).name(),
                sockets.get(NodeKind.BACKEND).name());
    }
}
