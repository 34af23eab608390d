package org.zmqdesigner.app.inspector;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.zmqdesigner.engine.model.Link;
import org.zmqdesigner.engine.model.SocketRef;
import org.zmqdesigner.engine.model.Topology;

/** One link: its id and endpoint. Its ends are shown, not edited: they are redrawn on the canvas. */
final class LinkEditor {

    private final InspectorContext context;
    private final String linkId;

    private LinkEditor(InspectorContext context, String linkId) {
        this.context = context;
        this.linkId = linkId;
    }

    static javafx.scene.Node build(InspectorContext context, Link link) {
        return new LinkEditor(context, link.id()).layout(link);
    }

    private javafx.scene.Node layout(Link link) {
        Form form = new Form();
        form.row("Id", "The link's unique name, used by diagnostics and run reports.",
                CommitField.field(context, "link-id", link.id(), Parse.id("A link"), this::rename));
        form.row("From (connects)", "The socket that connects: it dials the endpoint.",
                end("link-from", link.from()));
        form.row("To (binds)", "The socket that binds: it must bind an address the endpoint reaches.",
                end("link-to", link.to()));
        form.row("Endpoint", "The address the connecting side dials, such as tcp://localhost:5555. The binding"
                        + " side binds it, perhaps as tcp://*:5555 or tcp://127.0.0.1:5555.",
                CommitField.field(context, "link-endpoint", link.endpoint(), Parse.endpoint(),
                        v -> context.updateLink(linkId, "endpoint", l -> l.withEndpoint(v))));
        form.wide(Form.note("A link goes from the side that connects to the side that binds. To join other"
                + " sockets, draw a new link on the canvas."));
        return new VBox(4, Form.heading("Link"), form.node());
    }

    private javafx.scene.Node end(String id, SocketRef ref) {
        Label name = new Label(ref.toString());
        name.setId(id);
        Topology topology = context.topology();
        String type = topology.socket(ref).map(s -> s.type().name()).orElse("missing");
        Label detail = new Label("(" + type + ")");
        detail.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        HBox box = new HBox(6, name, detail);
        box.setAlignment(Pos.BASELINE_LEFT);
        return box;
    }

    private String rename(String newId) {
        if (newId.equals(linkId)) {
            return null;
        }
        // ReplaceLink does not check ids itself, and two elements sharing one would confuse every view.
        if (context.idTaken(newId, linkId)) {
            return "The id \"" + newId + "\" is taken; pick another.";
        }
        boolean shownAlone = context.document().selection().equals(java.util.Set.of(linkId));
        String problem = context.updateLink(linkId, "id", l -> l.withId(newId));
        if (problem == null && shownAlone) {
            context.document().selectOnly(newId);
        }
        return problem;
    }
}
