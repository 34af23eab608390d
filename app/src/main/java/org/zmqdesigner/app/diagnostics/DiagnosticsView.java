package org.zmqdesigner.app.diagnostics;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import org.zmqdesigner.app.document.DesignDocument;
import org.zmqdesigner.engine.validate.Diagnostic;
import org.zmqdesigner.engine.text.Texts;

/**
 * The validator's findings under the canvas, errors first. Clicking one selects its element, so
 * the inspector shows it and the canvas highlights it.
 */
public final class DiagnosticsView {

    private static final Texts TEXTS = Texts.of(DiagnosticsView.class);

    private final TableView<Diagnostic> table = new TableView<>();
    private final TableColumn<Diagnostic, String> code = column(170, Diagnostic::code);
    private final TableColumn<Diagnostic, String> element = column(140, Diagnostic::element);
    private final TableColumn<Diagnostic, String> explanation = column(600, Diagnostic::explanation);

    public DiagnosticsView(DesignDocument document) {
        table.setId("diagnostics");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(70, d -> d.severity().label()));
        table.getColumns().add(code);
        table.getColumns().add(element);
        table.getColumns().add(explanation);
        relabel();
        table.setRowFactory(view -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(Diagnostic item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("diagnostic-error", "diagnostic-warning", "diagnostic-info");
                if (!empty && item != null) {
                    getStyleClass().add("diagnostic-" + item.severity().name().toLowerCase(java.util.Locale.ROOT));
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

    /** Names the columns and the empty table in the current language (the rows follow the document). */
    public void relabel() {
        table.setPlaceholder(new Label(TEXTS.get("none")));
        code.setText(TEXTS.get("column.code"));
        element.setText(TEXTS.get("column.element"));
        explanation.setText(TEXTS.get("column.explanation"));
    }

    private static TableColumn<Diagnostic, String> column(double width,
                                                          java.util.function.Function<Diagnostic, String> value) {
        TableColumn<Diagnostic, String> column = new TableColumn<>();
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }

    public Region view() {
        return table;
    }
}
