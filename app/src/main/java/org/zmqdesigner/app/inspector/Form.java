package org.zmqdesigner.app.inspector;

import atlantafx.base.theme.Styles;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * Label-and-field rows, two columns. Every label carries a short explanation as its tooltip (and its
 * field too): the inspector is where students learn what an option does.
 */
final class Form {

    private final GridPane grid = new GridPane();
    private int row;

    Form() {
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setPadding(new Insets(4, 0, 4, 0));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(110);
        labels.setPrefWidth(140);
        labels.setMaxWidth(160);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        fields.setMinWidth(120);
        grid.getColumnConstraints().setAll(labels, fields);
    }

    Form row(String label, String help, javafx.scene.Node field) {
        Label text = new Label(label);
        text.setWrapText(true);
        text.setTooltip(tooltip(help));
        text.setLabelFor(field);
        if (field instanceof Control control && control.getTooltip() == null) {
            control.setTooltip(tooltip(help));
        }
        GridPane.setValignment(text, VPos.TOP);
        GridPane.setHalignment(text, HPos.LEFT);
        GridPane.setMargin(text, new Insets(4, 0, 0, 0));
        GridPane.setFillWidth(field, true);
        if (field instanceof Control control) {
            control.setMaxWidth(Double.MAX_VALUE);
        }
        grid.addRow(row++, text, field);
        return this;
    }

    Form row(String label, String help, CommitField<?> field) {
        field.help(help);
        return row(label, help, field.node());
    }

    /** A node across both columns: a note, a button bar. */
    Form wide(javafx.scene.Node node) {
        grid.add(node, 0, row++, 2, 1);
        return this;
    }

    GridPane node() {
        return grid;
    }

    static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll(Styles.TITLE_4, "inspector-heading");
        label.setPadding(new Insets(8, 0, 2, 0));
        return label;
    }

    /** A sentence of explanation under a field or section, quieter than the fields themselves. */
    static Label note(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED, "inspector-note");
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    static Tooltip tooltip(String text) {
        Tooltip tip = new Tooltip(text);
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        return tip;
    }
}
