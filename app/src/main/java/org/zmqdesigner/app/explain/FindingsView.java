package org.zmqdesigner.app.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.zmqdesigner.app.actions.Action;
import org.zmqdesigner.app.canvas.CanvasView;
import org.zmqdesigner.app.canvas.NodeGeometry;
import org.zmqdesigner.app.document.DesignDocument;
import org.zmqdesigner.engine.edit.Edit;
import org.zmqdesigner.engine.explain.Finding;
import org.zmqdesigner.engine.model.Node;

/**
 * The "Why?" tab under the canvas: the explainer's findings for the last run, one card each, with
 * a line that says what they describe (the run still going, or finished) and the button that asks
 * again. Redrawn when the findings or the language change.
 */
public final class FindingsView {

    private final Explanations explanations;
    private final DesignDocument document;
    private final CanvasView canvas;
    private final Consumer<String> status;
    private final Label state = new Label();
    private final VBox list = new VBox(8);
    private final BorderPane root = new BorderPane();

    public FindingsView(Explanations explanations, DesignDocument document, CanvasView canvas, Action explain,
                        Consumer<String> status) {
        this.explanations = explanations;
        this.document = document;
        this.canvas = canvas;
        this.status = status;
        Button ask = new Button();
        ask.setId("findings-explain");
        ask.textProperty().bind(explain.textProperty());
        ask.disableProperty().bind(Bindings.createBooleanBinding(() -> !explain.isEnabled(), explain.enabledProperty()));
        ask.setOnAction(e -> explain.perform());
        ask.setMinWidth(Region.USE_PREF_SIZE);
        state.setId("findings-state");
        state.setWrapText(true);
        HBox.setHgrow(state, Priority.ALWAYS);
        HBox top = new HBox(10, ask, state);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        top.setPadding(new Insets(6, 8, 6, 8));
        list.setId("findings-list");
        list.setPadding(new Insets(0, 8, 8, 8));
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        root.setTop(top);
        root.setCenter(scroll);
        root.setId("findings-view");
        explanations.stateProperty().addListener((o, was, now) -> redraw());
        explanations.findingsProperty().addListener((o, was, now) -> redraw());
        Words.language().addListener((o, was, now) -> redraw());
        redraw();
    }

    public Region view() {
        return root;
    }

    private void redraw() {
        List<Finding> findings = explanations.findings();
        state.setText(switch (explanations.stateProperty().get()) {
            case NO_RUN -> Words.get("state.noRun");
            case READY -> Words.get("state.ready");
            case WORKING -> Words.get("state.working");
            case FAILED -> Words.get("state.failed");
            case DONE -> explanations.answeredWhileRunning() ? Words.get("state.doneLive", findings.size())
                    : Words.get("state.doneFinished", findings.size());
        });
        List<javafx.scene.Node> cards = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            cards.add(new FindingCard(i, findings.get(i), document.lockedProperty(), new FindingCard.Handler() {
                @Override
                public void show(Finding finding) {
                    pointAt(finding);
                }

                @Override
                public boolean apply(Finding finding, Edit fix) {
                    return applyFix(fix);
                }
            }).view());
        }
        list.getChildren().setAll(cards);
    }

    /** Selects the finding's nodes and links on the canvas and brings them into view. */
    private void pointAt(Finding finding) {
        List<String> ids = new ArrayList<>(finding.nodes());
        ids.addAll(finding.links());
        // Links of a design that has changed since may be gone: select only what is still drawn.
        ids.removeIf(id -> document.topology().node(id).isEmpty() && document.topology().link(id).isEmpty());
        document.select(ids);
        Bounds visible = canvas.visibleArea();
        for (String id : finding.nodes()) {
            Node node = document.topology().node(id).orElse(null);
            if (node != null && !visible.contains(NodeGeometry.box(node))) {
                canvas.fitToView();
                return;
            }
        }
    }

    /** The fix as one undo step of its own: sealed before (not merged into a drag) and after. */
    private boolean applyFix(Edit fix) {
        document.endStep();
        if (!document.apply(fix)) {
            status.accept(Words.get("fix.refused", document.lastErrorProperty().get()));
            return false;
        }
        document.endStep();
        status.accept(Words.get("fix.applied", fix.description()));
        return true;
    }
}
