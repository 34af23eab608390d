package org.zmqdesigner.app.files;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.zmqdesigner.engine.format.SampleLibrary;

/** "Open sample": the shipped samples with their titles and descriptions. */
public final class SampleGallery {
    private SampleGallery() {
    }

    public static Optional<SampleLibrary.Sample> choose(Window owner) {
        Dialog<SampleLibrary.Sample> dialog = new Dialog<>();
        dialog.setTitle("Open sample");
        dialog.setHeaderText("Samples mirror the zguide's examples; each opens as a new, unsaved design.");
        dialog.initOwner(owner);
        ListView<SampleLibrary.Sample> list = new ListView<>();
        list.setId("sample-gallery");
        list.setPrefSize(640, 420);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(SampleLibrary.Sample sample, boolean empty) {
                super.updateItem(sample, empty);
                if (empty || sample == null) {
                    setGraphic(null);
                    return;
                }
                Label title = new Label(sample.title());
                title.setStyle("-fx-font-weight: bold;");
                Label text = new Label(sample.loaded() ? sample.description() : sample.problem());
                text.setWrapText(true);
                text.setMaxWidth(580);
                VBox box = new VBox(2, title, text);
                box.setPadding(new Insets(4));
                setGraphic(box);
            }
        });
        try {
            List<SampleLibrary.Sample> samples = SampleLibrary.discover().map(library -> {
                try {
                    return library.samples();
                } catch (IOException e) {
                    return List.<SampleLibrary.Sample>of();
                }
            }).orElse(List.of());
            list.getItems().setAll(samples.stream().filter(SampleLibrary.Sample::loaded).toList());
        } catch (RuntimeException e) {
            list.setPlaceholder(new Label("No samples found: " + e.getMessage()));
        }
        list.setPlaceholder(new Label("No samples folder found."));
        dialog.getDialogPane().setContent(list);
        ButtonType open = new ButtonType("Open", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(open, ButtonType.CANCEL);
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                dialog.setResult(list.getSelectionModel().getSelectedItem());
                dialog.close();
            }
        });
        dialog.setResultConverter(button -> button == open ? list.getSelectionModel().getSelectedItem() : null);
        return dialog.showAndWait();
    }
}
