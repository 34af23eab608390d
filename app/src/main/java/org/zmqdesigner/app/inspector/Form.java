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
import javafx.scene.layout.VBox;

/**
 * Label-and-field rows, two columns. Every label carries a short explanation as its tooltip (and its
 * field too): the inspector is where students learn what an option does.
 */
final class Form {

    private static final double LABEL_WIDTH = 124;

    private final GridPane grid = new GridPane();
    private int row;

    Form() {
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setPadding(new Insets(4, 0, 4, 0));
        ColumnConstraints labels = new ColumnConstraints();
        // One fixed width in every form, so the fields of node, sockets and behaviour line up.
        labels.setMinWidth(LABEL_WIDTH);
        labels.setPrefWidth(LABEL_WIDTH);
        labels.setMaxWidth(LABEL_WIDTH);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        fields.setMinWidth(60);
        grid.getColumnConstraints().setAll(labels, fields);
    }

    Form row(String label, String help, javafx.scene.Node field) {
        Label text = new Label(label);
        text.setWrapText(true);
        return row(text, help, field);
    }

    /** A ZeroMQ option: its meaning in words, and under it the name the zguide and the API use. */
    Form option(String label, String optionName, String help, javafx.scene.Node field) {
        Label name = new Label(optionName);
        name.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        Label text = new Label(label, null);
        text.setWrapText(true);
        VBox both = new VBox(0, text, name);
        Tooltip.install(both, tooltip(help));
        return row(both, help, field);
    }

    Form option(String label, String optionName, String help, CommitField<?> field) {
        field.help(help);
        return option(label, optionName, help, field.node());
    }

    private Form row(javafx.scene.layout.Region text, String help, javafx.scene.Node field) {
        if (text instanceof Label label) {
            label.setTooltip(tooltip(help));
            label.setLabelFor(field);
        }
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
