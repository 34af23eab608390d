package org.zmqdesigner.app.inspector;
import static org.zmqdesigner.app.inspector.InspectorContext.text;


import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.zmqdesigner.engine.validate.Diagnostic;
import org.zmqdesigner.engine.validate.Severity;

/**
 * The validator's findings about what the inspector shows, right under the fields, so a change and
 * its consequence are seen together. Each row keeps its {@link Diagnostic} as user data.
 */
final class DiagnosticsList {

    private final Label title = Form.heading(text("problems.heading"));
    private final VBox rows = new VBox(6);
    private final VBox box = new VBox(4, title, rows);

    DiagnosticsList() {
        rows.setId("inspector-diagnostics");
        box.setPadding(new Insets(4, 0, 8, 0));
    }

    javafx.scene.Node node() {
        return box;
    }

    void show(String heading, List<Diagnostic> diagnostics) {
        title.setText(heading);
        if (diagnostics.isEmpty()) {
            Label none = Form.note(text("problems.none"));
            none.getStyleClass().add("inspector-no-problems");
            rows.getChildren().setAll(none);
            return;
        }
        rows.getChildren().setAll(diagnostics.stream().map(DiagnosticsList::row).toList());
    }

    private static javafx.scene.Node row(Diagnostic d) {
        FontIcon icon = new FontIcon(switch (d.severity()) {
            case ERROR -> MaterialDesignA.ALERT_CIRCLE_OUTLINE;
            case WARNING -> MaterialDesignA.ALERT_OUTLINE;
            case INFO -> MaterialDesignI.INFORMATION_OUTLINE;
        });
        icon.getStyleClass().add(switch (d.severity()) {
            case ERROR -> Styles.DANGER;
            case WARNING -> Styles.WARNING;
            case INFO -> Styles.ACCENT;
        });
        Label kind = new Label(label(d.severity()) + " · " + d.code()
                + (d.element().isEmpty() ? "" : " · " + d.element()));
        kind.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_BOLD);
        Label message = new Label(d.message());
        message.setWrapText(true);
        VBox text = new VBox(2, kind, message);
        if (!d.hint().isEmpty()) {
            Label hint = Form.note(d.hint());
            text.getChildren().add(hint);
        }
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMinWidth(0);
        HBox row = new HBox(6, icon, text);
        row.getStyleClass().addAll("inspector-diagnostic", "inspector-diagnostic-" + d.severity().label());
        row.setUserData(d);
        Tooltip.install(row, Form.tooltip(d.explanation()));
        return row;
    }

    private static String label(Severity severity) {
        return text(switch (severity) {
            case ERROR -> "severity.error";
            case WARNING -> "severity.warning";
            case INFO -> "severity.info";
        });
    }

    /** The diagnostics currently listed, for callers that want them as values. */
    List<Diagnostic> shown() {
        return rows.getChildren().stream().map(javafx.scene.Node::getUserData)
                .filter(Diagnostic.class::isInstance).map(Diagnostic.class::cast).toList();
    }
}
