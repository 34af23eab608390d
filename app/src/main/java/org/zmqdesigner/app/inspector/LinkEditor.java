package org.zmqdesigner.app.inspector;
import static org.zmqdesigner.app.inspector.InspectorContext.text;


import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
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
        form.row(text("link.id.label"), text("link.id.help"),
                CommitField.field(context, "link-id", link.id(), Parse.id("link"), this::rename));
        form.row(text("link.from.label"), text("link.from.help"), end("link-from", link.from()));
        form.row(text("link.to.label"), text("link.to.help"), end("link-to", link.to()));
        form.row(text("link.endpoint.label"), text("link.endpoint.help"),
                CommitField.field(context, "link-endpoint", link.endpoint(), Parse.endpoint(),
                        v -> context.updateLink(linkId, "endpoint", l -> l.withEndpoint(v))));
        form.wide(Form.note(text("link.note")));
        return new VBox(4, Form.heading(text("link.heading")), form.node());
    }

    private javafx.scene.Node end(String id, SocketRef ref) {
        Label name = new Label(ref.toString());
        name.setId(id);
        Topology topology = context.topology();
        String type = topology.socket(ref).map(s -> s.type().name()).orElse(text("link.end.missing"));
        Label detail = new Label(text("link.end.type", type));
        detail.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        // The type goes under the socket when both do not fit, rather than either ending in "...".
        name.setMinWidth(Region.USE_PREF_SIZE);
        detail.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane box = new FlowPane(6, 0, name, detail);
        box.setAlignment(Pos.BASELINE_LEFT);
        box.setMinWidth(0);
        return box;
    }

    private String rename(String newId) {
        if (newId.equals(linkId)) {
            return null;
        }
        // ReplaceLink does not check ids itself, and two elements sharing one would confuse every view.
        if (context.idTaken(newId, linkId)) {
            return text("error.idTaken", newId);
        }
        boolean shownAlone = context.document().selection().equals(java.util.Set.of(linkId));
        String problem = context.updateLink(linkId, "id", l -> l.withId(newId));
        if (problem == null && shownAlone) {
            context.document().selectOnly(newId);
        }
        return problem;
    }
}
