package org.zmqdesigner.app.inspector;
import static org.zmqdesigner.app.inspector.InspectorContext.text;


import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.zmqdesigner.app.document.DesignDocument;
import org.zmqdesigner.engine.model.Link;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.Topology;
import org.zmqdesigner.engine.validate.Diagnostic;

/**
 * The right-hand panel: edits every property of the one selected node or link, or the design's
 * title and description when there is no single selection, and lists the validator's findings about
 * it underneath.
 *
 * <p>Each change is one edit through {@link DesignDocument#apply}; the panel never holds state of its
 * own. It rebuilds whenever the element it shows changes, whoever changed it (an undo, a drag on the
 * canvas, its own fields), and puts focus, caret and scroll position back where they were, so the
 * rebuild after a commit goes unnoticed. Fields commit on Enter and focus loss, not per keystroke.
 *
 * <p>Control ids, for tests and for other views: the root is {@code #inspector}. With nothing
 * selected: {@code #inspector-title}, {@code #inspector-description}, {@code #inspector-hint}. A node:
 * {@code #inspector-id}, {@code -name}, {@code -kind}, {@code -x}, {@code -y}, {@code -startDelay},
 * {@code -host}, {@code #inspector-add-socket}; per socket i {@code #socket-i-id}, {@code -type},
 * {@code -binds}, {@code -connects}, {@code -sndhwm}, {@code -rcvhwm}, {@code -linger},
 * {@code -subscription-k} and {@code -subscription-k-remove} (see {@link SubscriptionsEditor}),
 * {@code -subscribe-new}, {@code -subscribe-add}, {@code -subscribe-everything}, {@code -routingId},
 * {@code -conflate}, {@code -immediate},
 * {@code -routerMandatory}, {@code -xpubVerbose} (only the options that apply to the type, and
 * those set where they do not, with {@code -<option>-not-applicable} and {@code -<option>-remove}),
 * {@code -remove}; the behaviour
 * {@code #behaviour-type}, {@code -socket}, {@code -rate}, {@code -count}, {@code -payload},
 * {@code -topic}, {@code -awaitPeers}, {@code -prelude}, {@code -delayMs}, {@code -reply},
 * {@code -input}, {@code -output}, {@code -delayFromPayload}, {@code -forward}. A link:
 * {@code #link-id}, {@code #link-from}, {@code #link-to}, {@code #link-endpoint}. A field's error
 * message is {@code #<field id>-error}. The findings are the children of
 * {@code #inspector-diagnostics}, each holding its Diagnostic as user data.
 */
public final class InspectorView {

    /** What the panel shows when no single element is selected. */
    private record DesignInfo(String title, String description, int selected) {
    }

    private final DesignDocument document;
    private final InspectorContext context;
    private final VBox root = new VBox();
    private final ScrollPane scroll = new ScrollPane();
    private final DiagnosticsList diagnostics = new DiagnosticsList();
    private Object shown;
    private boolean refreshPending;

    public InspectorView(DesignDocument document) {
        this.document = Objects.requireNonNull(document, "document");
        this.context = new InspectorContext(document);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        ScrollPane findings = new ScrollPane(diagnostics.node());
        findings.setFitToWidth(true);
        findings.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        findings.setMaxHeight(240);
        findings.setPadding(new Insets(0, 12, 0, 12));
        root.getChildren().addAll(scroll, new Separator(), findings);
        root.setId("inspector");
        root.getStyleClass().add("inspector");
        root.setMinWidth(240);
        root.setPrefWidth(320);
        // Coalesced: one edit changes topology, diagnostics and perhaps the selection at once.
        document.selection().addListener((SetChangeListener<String>) change -> scheduleRefresh());
        document.topologyProperty().addListener((o, was, now) -> scheduleRefresh());
        document.diagnosticsProperty().addListener((o, was, now) -> scheduleRefresh());
        refresh();
    }

    public javafx.scene.Node view() {
        return root;
    }

    private void scheduleRefresh() {
        if (!refreshPending) {
            refreshPending = true;
            Platform.runLater(() -> {
                refreshPending = false;
                refresh();
            });
        }
    }

    private void refresh() {
        Object target = target();
        if (!target.equals(shown)) {
            rebuild(target);
        }
        showDiagnostics(target);
    }

    private Object target() {
        Topology topology = document.topology();
        Set<String> selection = document.selection();
        if (selection.size() == 1) {
            String id = selection.iterator().next();
            Object element = topology.node(id).map(Object.class::cast)
                    .or(() -> topology.link(id).map(Object.class::cast)).orElse(null);
            if (element != null) {
                return element;
            }
        }
        return new DesignInfo(topology.title(), topology.description(), selection.size());
    }

    private void rebuild(Object target) {
        Scene scene = root.getScene();
        javafx.scene.Node focus = scene == null ? null : scene.getFocusOwner();
        boolean focusInside = focus != null && scroll.getContent() != null && isInside(focus, scroll.getContent());
        boolean sameElement = sameElement(shown, target);
        String focusId = focusInside ? focus.getId() : null;
        int caret = focusInside && focus instanceof TextInputControl input ? input.getCaretPosition() : -1;
        Map<String, CommitField.Draft> drafts = Map.of();
        if (sameElement && scroll.getContent() != null) {
            drafts = CommitField.drafts(scroll.getContent());
        } else if (focusInside && CommitField.of(focus) != null && CommitField.of(focus).isDirty()) {
            // Leaving an element with unfinished text commits it, as clicking away would.
            CommitField.of(focus).commit();
        }
        double scrolled = scroll.getVvalue();
        context.rebuilding(true);
        try {
            VBox content = new VBox(8, editorFor(target));
            content.setPadding(new Insets(8, 12, 8, 12));
            scroll.setContent(content);
        } finally {
            context.rebuilding(false);
        }
        shown = target;
        if (sameElement) {
            CommitField.restore(scroll.getContent(), drafts);
            scroll.setVvalue(scrolled);
            restoreFocus(focusId, caret);
        } else {
            scroll.setVvalue(0);
        }
    }

    private javafx.scene.Node editorFor(Object target) {
        if (target instanceof Node node) {
            return NodeEditor.build(context, node);
        }
        if (target instanceof Link link) {
            return LinkEditor.build(context, link);
        }
        return DocumentInfoEditor.build(context, ((DesignInfo) target).selected());
    }

    private void restoreFocus(String focusId, int caret) {
        if (focusId == null) {
            return;
        }
        javafx.scene.Node again = scroll.getContent().lookup("#" + focusId);
        if (again == null) {
            return;
        }
        again.requestFocus();
        if (again instanceof TextInputControl input && caret >= 0) {
            input.positionCaret(Math.min(caret, input.getLength()));
        }
    }

    /** Same node or link (by id), or both the design: worth keeping focus and scroll for. */
    private static boolean sameElement(Object a, Object b) {
        if (a instanceof Node x && b instanceof Node y) {
            return x.id().equals(y.id());
        }
        if (a instanceof Link x && b instanceof Link y) {
            return x.id().equals(y.id());
        }
        return a instanceof DesignInfo && b instanceof DesignInfo;
    }

    private static boolean isInside(javafx.scene.Node node, javafx.scene.Node ancestor) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return node == ancestor;
    }

    private void showDiagnostics(Object target) {
        List<Diagnostic> all = document.diagnosticsProperty().get();
        Predicate<Diagnostic> relevant;
        String heading;
        if (target instanceof Node node) {
            // Incompatible types and similar are reported on the link, yet are the node's problem too.
            Set<String> links = document.topology().links().stream().filter(l -> l.touches(node.id()))
                    .map(Link::id).collect(Collectors.toSet());
            String socketPrefix = node.id() + "/";
            relevant = d -> d.element().equals(node.id()) || d.element().startsWith(socketPrefix)
                    || links.contains(d.element());
            heading = text("problems.node", node.id());
        } else if (target instanceof Link link) {
            relevant = d -> d.element().equals(link.id());
            heading = text("problems.link", link.id());
        } else {
            relevant = d -> true;
            heading = text("problems.design");
        }
        diagnostics.show(heading, all.stream().filter(relevant).toList());
    }
}
