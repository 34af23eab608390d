package org.zmqdesigner.app.commands;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.zmqdesigner.app.document.DesignDocument;
import org.zmqdesigner.app.layout.FreeSpot;
import org.zmqdesigner.engine.edit.AddElements;
import org.zmqdesigner.engine.edit.Ids;
import org.zmqdesigner.engine.edit.RemoveElements;
import org.zmqdesigner.engine.format.TopologyFormat;
import org.zmqdesigner.engine.format.TopologyLoadException;
import org.zmqdesigner.engine.model.Link;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.SocketRef;
import org.zmqdesigner.engine.model.Topology;
import org.zmqdesigner.engine.text.Texts;

/**
 * Delete, copy, paste and duplicate of the selection, each one undo step. The clipboard holds the
 * selection as .zmqtopo text, so a paste goes through the same safe loader as a file, and a
 * selection can be pasted into a text editor or another window.
 */
public final class SelectionCommands {

    /**
     * Offset of pasted and duplicated nodes, so they do not hide the originals; further when
     * something is in the way there ({@link FreeSpot}).
     */
    static final double OFFSET = 40;

    private static final TopologyFormat FORMAT = new TopologyFormat();
    /** Used when the system clipboard is not available (headless). */
    private static String fallbackClipboard;

    private SelectionCommands() {
    }

    public static Set<String> allIds(Topology topology) {
        Set<String> ids = new LinkedHashSet<>();
        topology.nodes().forEach(n -> ids.add(n.id()));
        topology.links().forEach(l -> ids.add(l.id()));
        return ids;
    }

    public static void delete(DesignDocument document) {
        Set<String> nodes = new LinkedHashSet<>();
        Set<String> links = new LinkedHashSet<>();
        for (String id : document.selection()) {
            if (document.topology().node(id).isPresent()) {
                nodes.add(id);
            } else if (document.topology().link(id).isPresent()) {
                links.add(id);
            }
        }
        if (!nodes.isEmpty() || !links.isEmpty()) {
            document.apply(new RemoveElements(nodes, links));
        }
    }

    /** The selected nodes and the links between them, as a small design of its own. */
    static Topology fragment(DesignDocument document) {
        Topology topology = document.topology();
        List<Node> nodes = topology.nodes().stream().filter(n -> document.selection().contains(n.id())).toList();
        Set<String> ids = new LinkedHashSet<>();
        nodes.forEach(n -> ids.add(n.id()));
        List<Link> links = topology.links().stream()
                .filter(l -> ids.contains(l.from().node()) && ids.contains(l.to().node())).toList();
        return new Topology(null, null, nodes, links);
    }

    public static void copy(DesignDocument document) {
        Topology fragment = fragment(document);
        if (fragment.nodes().isEmpty()) {
            return;
        }
        String text = FORMAT.write(fragment);
        fallbackClipboard = text;
        try {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        } catch (RuntimeException e) {
            // No system clipboard (headless): the fallback holds it.
        }
    }

    public static void paste(DesignDocument document) {
        String text = null;
        try {
            Clipboard clipboard = Clipboard.getSystemClipboard();
            text = clipboard.hasString() ? clipboard.getString() : null;
        } catch (RuntimeException e) {
            // Headless: use the fallback.
        }
        if (text == null || !text.contains("formatVersion")) {
            text = fallbackClipboard;
        }
        if (text == null) {
            return;
        }
        try {
            Topology fragment = FORMAT.read(text.getBytes(StandardCharsets.UTF_8), "clipboard");
            insert(document, fragment, "edit.paste");
        } catch (TopologyLoadException e) {
            // Not a design on the clipboard: nothing to paste.
        }
    }

    public static void duplicate(DesignDocument document) {
        Topology fragment = fragment(document);
        if (!fragment.nodes().isEmpty()) {
            insert(document, fragment, "edit.duplicate");
        }
    }

    /** Adds a fragment with fresh ids, offset, and selects what was added. */
    private static void insert(DesignDocument document, Topology fragment, String verbKey) {
        Topology target = document.topology();
        Map<String, String> renamed = new HashMap<>();
        List<Node> nodes = new ArrayList<>();
        javafx.geometry.Point2D shift = FreeSpot.offset(target, fragment.nodes(), OFFSET, OFFSET);
        for (Node node : fragment.nodes()) {
            String id = Ids.fresh(target.withNodes(concat(target.nodes(), nodes)), stem(node.id()));
            renamed.put(node.id(), id);
            nodes.add(node.withId(id).withPosition(node.position().translate(shift.getX(), shift.getY())));
        }
        Topology withNodes = target.withNodes(concat(target.nodes(), nodes));
        List<Link> links = new ArrayList<>();
        for (Link link : fragment.links()) {
            String id = Ids.fresh(withNodes.withLinks(concat(withNodes.links(), links)), stem(link.id()));
            links.add(new Link(id, new SocketRef(renamed.get(link.from().node()), link.from().socket()),
                    new SocketRef(renamed.get(link.to().node()), link.to().socket()), link.endpoint()));
        }
        // A pasted binder would bind its original's endpoint twice; the validator will say so,
        // and the user decides, rather than the paste silently inventing ports.
        Texts texts = Texts.of(SelectionCommands.class);
        String description = texts.get(verbKey, nodes.size() == 1 ? nodes.get(0).id()
                : texts.get("edit.nodes", nodes.size()));
        if (document.apply(new AddElements(nodes, links, description))) {
            Set<String> added = new LinkedHashSet<>(renamed.values());
            links.forEach(l -> added.add(l.id()));
            document.select(added);
        }
    }

    private static String stem(String id) {
        return id.replaceAll("-\\d+$", "");
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
