package org.zmqdesigner.app.inspector;

import java.util.Optional;
import java.util.function.UnaryOperator;
import org.zmqdesigner.app.document.DesignDocument;
import org.zmqdesigner.engine.edit.Edit;
import org.zmqdesigner.engine.edit.ReplaceLink;
import org.zmqdesigner.engine.edit.ReplaceNode;
import org.zmqdesigner.engine.model.Link;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.Socket;
import org.zmqdesigner.engine.model.Topology;
import org.zmqdesigner.engine.text.Texts;

/**
 * What every editor of the inspector shares: the document, and whether the panel is being rebuilt.
 * Changes always start from the element as the document has it now, never from the copy an editor
 * was built from, so an edit cannot undo a change made elsewhere in the meantime.
 *
 * <p>The update methods return null when the change went through (or changed nothing) and otherwise
 * the reason, which the field shows under itself.
 */
final class InspectorContext {

    /** The inspector's words; every editor of the panel reads them through here, when it builds. */
    static final Texts TEXTS = Texts.of(InspectorContext.class);

    private final DesignDocument document;
    private boolean rebuilding;

    InspectorContext(DesignDocument document) {
        this.document = document;
    }

    DesignDocument document() {
        return document;
    }

    Topology topology() {
        return document.topology();
    }

    /** While true, fields being thrown away must not commit what they hold. */
    boolean rebuilding() {
        return rebuilding;
    }

    void rebuilding(boolean value) {
        rebuilding = value;
    }

    String apply(Edit edit) {
        return document.apply(edit) ? null : document.lastErrorProperty().get();
    }

    /** The text for {@code key} in the current language, {@code {0}}… filled with args. */
    static String text(String key, Object... args) {
        return TEXTS.get(key, args);
    }

    /** "Set rate of client": the description of an edit of one property, named by its key in the bundle. */
    static String setting(String property, String element) {
        return text("edit.set", text("property." + property), element);
    }

    String updateNode(String nodeId, String property, UnaryOperator<Node> change) {
        return replaceNode(nodeId, setting(property, nodeId), change);
    }

    String updateSocket(String nodeId, String socketId, String property, UnaryOperator<Socket> change) {
        return changeSocket(nodeId, socketId, setting(property, nodeId + "/" + socketId), change);
    }

    /**
     * One edit of a socket under its own description. Edits with different descriptions never
     * merge, so adding one subscription and removing another stay two undo steps.
     */
    String changeSocket(String nodeId, String socketId, String description, UnaryOperator<Socket> change) {
        Optional<Socket> socket = topology().node(nodeId).flatMap(n -> n.socket(socketId));
        if (socket.isEmpty()) {
            return text("error.socketGone", nodeId + "/" + socketId);
        }
        return replaceNode(nodeId, description, n -> n.withSocket(socketId, change.apply(socket.get())));
    }

    /** One ReplaceNode; the description doubles as the merge key, so it must name the property. */
    String replaceNode(String nodeId, String description, UnaryOperator<Node> change) {
        return replace(topology().node(nodeId), text("error.nodeGone", nodeId), change,
                node -> new ReplaceNode(nodeId, node, description));
    }

    String updateLink(String linkId, String property, UnaryOperator<Link> change) {
        return replace(topology().link(linkId), text("error.linkGone", linkId), change,
                link -> new ReplaceLink(linkId, link, setting(property, linkId)));
    }

    /** Applies a changed copy of an element as one edit; returns why not, or null when done or unchanged. */
    private <T> String replace(Optional<T> current, String missing, UnaryOperator<T> change,
                               java.util.function.Function<T, org.zmqdesigner.engine.edit.Edit> edit) {
        if (current.isEmpty()) {
            return missing;
        }
        T replacement;
        try {
            replacement = change.apply(current.get());
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        if (replacement.equals(current.get())) {
            return null;
        }
        return apply(edit.apply(replacement));
    }

    /** Whether a node or link other than {@code self} already uses the id. */
    boolean idTaken(String id, String self) {
        return !id.equals(self) && (topology().node(id).isPresent() || topology().link(id).isPresent());
    }
}
