package org.zmqdesigner.app.diagnostics;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import org.zmqdesigner.app.document.DesignDocument;
import org.zmqdesigner.engine.validate.Diagnostic;

/**
 * The validator's findings under the canvas, errors first. Clicking one selects its element, so
 * the inspector shows it and the canvas highlights it.
 */
public final class DiagnosticsView {

    private final TableView<Diagnostic> table = new TableView<>();

    public DiagnosticsView(DesignDocument document) {
        table.setId("diagnostics");
        table.setPlaceholder(new Label("No problems found: the design is ready to run."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("", 70, d -> d.severity().label()));
        table.getColumns().add(column("Code", 170, Diagnostic::code));
        table.getColumns().add(column("Element", 140, Diagnostic::element));
        table.getColumns().add(column("What is wrong, and how to fix it", 600, Diagnostic::explanation));
        table.setRowFactory(view -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(Diagnostic item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("diagnostic-error", "diagnostic-warning", "diagnostic-info");
                if (!empty && item != null) {
                    getStyleClass().add("diagnostic-" + item.severity().label());
                    setTooltip(new javafx.scene.control.Tooltip(item.explanation()));
                }
            }
        });
        table.getItems().setAll(document.diagnosticsProperty().get());
        document.diagnosticsProperty().addListener((o, old, now) -> table.getItems().setAll(now));
        table.getSelectionModel().selectedItemProperty().addListener((o, old, d) -> {
            if (d != null && !d.element().isEmpty()) {
                String element = d.element().contains("/") ? d.element().substring(0, d.element().indexOf('/'))
                        : d.element();
                document.selectOnly(element);
            }
        });
    }

    private static TableColumn<Diagnostic, String> column(String title, double width,
                                                          java.util.function.Function<Diagnostic, String> value) {
        TableColumn<Diagnostic, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }

    public Region view() {
        return table;
    }
}
