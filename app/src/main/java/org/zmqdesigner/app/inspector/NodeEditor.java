package org.zmqdesigner.app.inspector;

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
        form.row("Id", "The node's unique name: links, diagnostics and run reports use it. Renaming carries"
                + " the links along.", CommitField.field(context, "inspector-id", node.id(), Parse.id("A node"),
                this::rename));
        form.row("Name", "The label on the canvas, such as the zguide program it plays. Empty shows the id.",
                CommitField.field(context, "inspector-name", Parse.show(node.name()), Parse.optionalText(),
                        v -> context.updateNode(nodeId, "name", n -> n.withName(v))).prompt(node.id()));
        Label kind = new Label(kindText(node.kind()));
        kind.setId("inspector-kind");
        kind.setWrapText(true);
        form.row("Kind", "An application runs a behaviour; a device (queue, forwarder, streamer) runs ZeroMQ's"
                + " own proxy. The kind is chosen when the node is created.", kind);
        form.row("Position x", "Distance of the node's left edge from the canvas origin.",
                CommitField.field(context, "inspector-x", Parse.show(node.position().x()), Parse.coordinate(),
                        v -> context.updateNode(nodeId, "position",
                                n -> n.withPosition(new Position(v, n.position().y())))));
        form.row("Position y", "Distance of the node's top edge from the canvas origin.",
                CommitField.field(context, "inspector-y", Parse.show(node.position().y()), Parse.coordinate(),
                        v -> context.updateNode(nodeId, "position",
                                n -> n.withPosition(new Position(n.position().x(), v)))));
        form.row("Start delay (ms)", "Start this long after the run begins: a late joiner, to show what it"
                        + " misses. Empty starts at once.",
                CommitField.field(context, "inspector-startDelay", Parse.show(node.startDelayMs()),
                        Parse.optionalInt(0), v -> context.updateNode(nodeId, "start delay",
                                n -> n.withStartDelayMs(v))).prompt("starts at once"));
        form.row("Host", "The machine this node runs on when a design is spread over several hosts. Empty"
                        + " means the same machine as the rest.",
                CommitField.field(context, "inspector-host", Parse.show(node.host()), Parse.optionalText(),
                        v -> context.updateNode(nodeId, "host", n -> n.withHost(v == null ? null : v.strip())))
                        .prompt("this machine"));

        VBox box = new VBox(4, Form.heading("Node"), form.node(), socketsHeader());
        if (node.sockets().isEmpty()) {
            box.getChildren().add(Form.note("No sockets yet: add one so the node can send or receive."));
        }
        for (int i = 0; i < node.sockets().size(); i++) {
            box.getChildren().addAll(new Separator(), SocketEditor.build(context, node, i));
        }
        box.getChildren().addAll(new Separator(), BehaviourEditor.build(context, node));
        return box;
    }

    private javafx.scene.Node socketsHeader() {
        Button add = new Button("Add socket", new FontIcon(MaterialDesignP.PLUS));
        add.setId("inspector-add-socket");
        add.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        add.setTooltip(new Tooltip("Give the node another socket; pick its type below."));
        add.setOnAction(e -> addSocket());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(6, Form.heading("Sockets"), gap, add);
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
            context.replaceNode(nodeId, "Add socket " + fresh.id() + " to " + nodeId, n -> n.withSockets(sockets));
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
            return "application";
        }
        Map<String, SocketType> sockets = kind.deviceSockets();
        return kind.label() + " (a device: " + sockets.get(NodeKind.FRONTEND) + " frontend, "
                + sockets.get(NodeKind.BACKEND) + " backend)";
    }
}
