package org.zmqdesigner.app.canvas;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.zmqdesigner.app.document.DesignDocument;
import org.zmqdesigner.engine.format.TopologyFormat;

/**
 * A canvas alone on a stage, as the designer's window draws it (the theme's colours and the
 * designer's stylesheet), with a sample loaded and fitted: for tests that look at pixels.
 */
public record CanvasStage(DesignDocument document, CanvasView canvas, Scene scene) {

    /** Shows {@code sampleFile} (a file name in samples/) on {@code stage} in a 900 × 600 scene. */
    public static CanvasStage show(Stage stage, String sampleFile) throws Exception {
        Path sample = Path.of(System.getProperty("zmqdesigner.samples"), sampleFile);
        DesignDocument document = new DesignDocument(new TopologyFormat().read(Files.readAllBytes(sample),
                sample.toString()));
        CanvasView canvas = new CanvasView(document);
        Scene scene = new Scene(canvas.view(), 900, 600);
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight()
                .getUserAgentStylesheet());
        scene.getStylesheets().add(org.zmqdesigner.app.DesignerApp.class.getResource("designer.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        canvas.fitToView();
        return new CanvasStage(document, canvas, scene);
    }
}
