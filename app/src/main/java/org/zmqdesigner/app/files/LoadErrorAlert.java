package org.zmqdesigner.app.files;

import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.zmqdesigner.engine.format.TopologyLoadException;

/**
 * The one way a file that does not load is told: a sentence for the reader, and the loader's full
 * message (file, line, column, path, problem) below it, selectable for a bug report.
 */
final class LoadErrorAlert {
    private LoadErrorAlert() {
    }

    static void show(Window owner, String id, String header, String sentence, TopologyLoadException e) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setHeaderText(header);
        alert.setContentText(sentence);
        TextArea detail = new TextArea(e.getMessage());
        detail.setEditable(false);
        detail.setWrapText(true);
        detail.setPrefRowCount(3);
        alert.getDialogPane().setExpandableContent(detail);
        alert.getDialogPane().setExpanded(true);
        alert.getDialogPane().setId(id);
        alert.initOwner(owner);
        alert.showAndWait();
    }
}
