package org.zmqdesigner.app;

import java.io.File;
import java.io.IOException;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.zmqdesigner.app.canvas.CanvasView;
import org.zmqdesigner.app.document.DesignDocument;
import org.zmqdesigner.app.export.DesignPicture;
import org.zmqdesigner.app.export.PictureNames;
import org.zmqdesigner.app.export.PngExporter;
import org.zmqdesigner.app.export.SvgExporter;
import org.zmqdesigner.app.files.Folders;
import org.zmqdesigner.engine.text.Texts;

/**
 * File → Export as PNG / SVG: asks where (the last folder, a name from the design), writes the
 * picture and says in the status bar what happened. PNG is the canvas as drawn; SVG is drawn from
 * the design itself.
 */
final class PictureExportCommand {

    private static final Texts TEXTS = Texts.of(PictureExportCommand.class);

    private PictureExportCommand() {
    }

    /** {@code kind} is "png" or "svg". */
    static void run(String kind, Stage stage, DesignDocument document, CanvasView canvas, Folders folders,
                    Consumer<String> status) {
        String format = kind.toUpperCase(Locale.ROOT);
        FileChooser chooser = folders.chooser(TEXTS.get("picture.chooser", format),
                new FileChooser.ExtensionFilter(TEXTS.get("picture.filter", format), "*." + kind));
        chooser.setInitialFileName(PictureNames.suggested(document.fileProperty().get(), document.topology().title(),
                kind));
        File file = chooser.showSaveDialog(stage);
        if (file == null) {
            return;
        }
        folders.remember(file.toPath());
        try {
            if (kind.equals("svg")) {
                SvgExporter.write(document.topology(), file.toPath());
            } else {
                DesignPicture.write(canvas, file.toPath(), PngExporter.DEFAULT_SCALE);
            }
            status.accept(TEXTS.get("picture.exported", file));
        } catch (IOException | RuntimeException e) {
            status.accept(TEXTS.get("picture.failed", e.getMessage()));
        }
    }
}
