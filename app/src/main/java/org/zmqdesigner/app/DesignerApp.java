package org.zmqdesigner.app;

import java.io.IOException;
import java.util.List;
import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.zmqdesigner.engine.format.SampleLibrary;

/**
 * The designer's entry point. Until the canvas editor lands, the window lists the sample topologies
 * with their titles and descriptions.
 */
public final class DesignerApp extends Application {

    public static final String TITLE = "ZMQ Designer";

    @Override
    public void start(Stage stage) {
        ListView<SampleLibrary.Sample> list = new ListView<>();
        list.setId("samples");
        list.setCellFactory(view -> new SampleCell());
        Label status = new Label();
        status.setId("status");
        status.setPadding(new Insets(4, 8, 4, 8));
        load(list, status);
        Label heading = new Label("Samples");
        heading.setStyle("-fx-font-size: 1.4em; -fx-font-weight: bold;");
        VBox top = new VBox(heading);
        top.setPadding(new Insets(12, 12, 6, 12));
        BorderPane root = new BorderPane(list, top, null, status, null);
        stage.setTitle(TITLE);
        stage.setScene(new Scene(root, 880, 560));
        stage.show();
    }

    private static void load(ListView<SampleLibrary.Sample> list, Label status) {
        var library = SampleLibrary.discover();
        if (library.isEmpty()) {
            status.setText("No samples folder found: set -D" + SampleLibrary.PROPERTY + "=<folder>.");
            return;
        }
        try {
            List<SampleLibrary.Sample> samples = library.get().samples();
            list.getItems().setAll(samples);
            status.setText(samples.size() + " samples in " + library.get().folder());
        } catch (IOException e) {
            status.setText("Cannot read " + library.get().folder() + ": " + e.getMessage());
        }
    }

    /** A sample as its title over its description, or its load error. */
    private static final class SampleCell extends ListCell<SampleLibrary.Sample> {
        @Override
        protected void updateItem(SampleLibrary.Sample sample, boolean empty) {
            super.updateItem(sample, empty);
            if (empty || sample == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label title = new Label(sample.title() + "   (" + sample.file().getFileName() + ")");
            title.setStyle("-fx-font-weight: bold;");
            Label detail = new Label(sample.loaded() ? sample.description() : sample.problem());
            detail.setWrapText(true);
            detail.setMaxWidth(800);
            VBox box = new VBox(2, title, detail);
            setText(null);
            setGraphic(box);
        }
    }

    public static void main(String[] args) {
        launch(args);
    }
}
