package org.zmqdesigner.app.explain;

import atlantafx.base.theme.Styles;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.zmqdesigner.engine.explain.Cause;
import org.zmqdesigner.engine.explain.Finding;
import org.zmqdesigner.engine.edit.Edit;

/**
 * One finding on screen: its headline, its paragraph, the run's numbers behind it, a button that
 * points at its elements on the canvas and, when the cure is a change of the design, one that
 * applies it. Clicking the card points at its elements too.
 */
final class FindingCard {

    /** What a card asks of the view around it. */
    interface Handler {
        void show(Finding finding);

        /** Applies the fix; true when the design took it. */
        boolean apply(Finding finding, Edit fix);
    }

    private final VBox box = new VBox(4);

    FindingCard(int index, Finding finding, javafx.beans.value.ObservableBooleanValue locked, Handler handler) {
        box.setId("finding-" + index);
        box.getStyleClass().add("finding-card");
        box.getProperties().put(Finding.class, finding);
        box.setStyle("-fx-padding: 8; -fx-border-color: -color-border-default; -fx-border-radius: 4;"
                + " -fx-background-color: -color-bg-subtle; -fx-background-radius: 4;");
        Label headline = new Label(finding.headline());
        headline.setId("finding-headline-" + index);
        headline.setWrapText(true);
        headline.getStyleClass().add(Styles.TEXT_BOLD);
        if (finding.cause() == Cause.NOTHING_LOST) {
            headline.getStyleClass().add(Styles.SUCCESS);
        } else {
            headline.getStyleClass().add(Styles.DANGER);
        }
        Label text = new Label(finding.text());
        text.setId("finding-text-" + index);
        text.setWrapText(true);
        box.getChildren().add(headline);
        // The buttons right under the headline: in a low panel the paragraph may run below the fold.
        HBox buttons = new HBox(8);
        buttons.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        if (!finding.nodes().isEmpty() || !finding.links().isEmpty()) {
            Button show = new Button(Words.get("card.show"));
            show.setId("finding-show-" + index);
            show.setMinWidth(Region.USE_PREF_SIZE);
            show.setOnAction(e -> handler.show(finding));
            buttons.getChildren().add(show);
            box.setOnMouseClicked(e -> handler.show(finding));
        }
        finding.fix().ifPresent(fix -> {
            Button apply = new Button(Words.get("card.apply"));
            apply.setId("finding-fix-" + index);
            apply.setMinWidth(Region.USE_PREF_SIZE);
            apply.getStyleClass().add(Styles.ACCENT);
            apply.setTooltip(new Tooltip(Words.get("card.apply.tooltip", fix.description())));
            Label note = new Label();
            note.setId("finding-fix-note-" + index);
            note.setWrapText(true);
            note.getStyleClass().add(Styles.TEXT_MUTED);
            HBox.setHgrow(note, Priority.ALWAYS);
            note.textProperty().bind(Bindings.when(locked).then(Words.get("card.apply.locked"))
                    .otherwise(Words.get("card.apply.what", fix.description())));
            apply.disableProperty().bind(locked);
            apply.setOnAction(e -> {
                if (handler.apply(finding, fix)) {
                    apply.disableProperty().unbind();
                    apply.setDisable(true);
                    apply.setText(Words.get("card.applied"));
                    note.textProperty().unbind();
                    note.setText(Words.get("card.applied.note"));
                }
            });
            buttons.getChildren().addAll(apply, note);
        });
        if (!buttons.getChildren().isEmpty()) {
            box.getChildren().add(buttons);
        }
        box.getChildren().add(text);
        if (!finding.numbers().isEmpty()) {
            Label numbers = new Label(finding.numbers().entrySet().stream()
                    .map(e -> Words.measure(e.getKey(), e.getValue())).collect(Collectors.joining(" · ")));
            numbers.setId("finding-numbers-" + index);
            numbers.setWrapText(true);
            numbers.getStyleClass().add(Styles.TEXT_MUTED);
            box.getChildren().add(numbers);
        }
    }

    VBox view() {
        return box;
    }
}
