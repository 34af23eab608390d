package org.zmqdesigner.app;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.zmqdesigner.app.controls.LazyTooltip;
import org.zmqdesigner.app.document.DesignDocument;
import org.zmqdesigner.engine.text.Texts;
import org.zmqdesigner.engine.validate.Severity;

/**
 * The line under the window: what just happened, on the left (every part reports through
 * {@link #status()}'s text), and the design's counts on the right, kept current as the design and
 * its diagnostics change.
 */
final class StatusBar {

    private static final Texts TEXTS = Texts.of(StatusBar.class);

    private final DesignDocument document;
    private final Label status = new Label();
    private final Label counts = new Label();
    private final HBox view;

    StatusBar(DesignDocument document) {
        this.document = document;
        status.setId("status");
        counts.setId("status-counts");
        // The counts are short and always whole; the status gives way and shows its full text on hover.
        counts.setMinWidth(Region.USE_PREF_SIZE);
        LazyTooltip.install(status, () -> {
            Tooltip full = new Tooltip();
            full.textProperty().bind(status.textProperty());
            full.setWrapText(true);
            full.setMaxWidth(600);
            return full;
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        view = new HBox(12, status, spacer, counts);
        view.getStyleClass().add("status-bar");
        updateCounts();
        // The diagnostics are set after the topology, and fire only when they differ: count on both,
        // or the bar shows the previous edit's findings.
        document.topologyProperty().addListener((o, was, now) -> updateCounts());
        document.diagnosticsProperty().addListener((o, was, now) -> updateCounts());
        document.lastErrorProperty().addListener((o, was, now) -> {
            if (!now.isEmpty()) {
                status.setText(now);
            }
        });
    }

    HBox view() {
        return view;
    }

    Label status() {
        return status;
    }

    /** The counts again, in the current language. */
    void updateCounts() {
        long errors = document.diagnosticsProperty().get().stream().filter(d -> d.severity() == Severity.ERROR).count();
        long warnings = document.diagnosticsProperty().get().stream()
                .filter(d -> d.severity() == Severity.WARNING).count();
        counts.setText(TEXTS.get("counts", document.topology().nodes().size(), document.topology().links().size(),
                errors, warnings));
    }
}
