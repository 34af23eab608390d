package org.zmqdesigner.app.files;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.zmqdesigner.app.document.DesignDocument;
import org.zmqdesigner.engine.format.TopologyFiles;
import org.zmqdesigner.engine.format.TopologyFormat;
import org.zmqdesigner.engine.format.TopologyLoadException;
import org.zmqdesigner.engine.model.Topology;
import org.zmqdesigner.engine.text.Texts;
import org.zmqdesigner.app.text.DialogButtons;

/**
 * New, open, save and save as, with the unsaved-changes prompt. A file that does not load shows
 * the loader's message (file, line, column, what is wrong) and leaves the open document as it
 * was. Saves are atomic (the engine writes a temporary file and moves it into place).
 */
public final class FileActions {

    private static final Texts TEXTS = Texts.of(FileActions.class);

    private final DesignDocument document;
    private final Supplier<Window> owner;
    private final RecentFiles recent;
    private java.util.function.Consumer<String> status = text -> { };
    private final TopologyFiles files = new TopologyFiles();
    private final Folders folders;

    public FileActions(DesignDocument document, Supplier<Window> owner, RecentFiles recent, Folders folders) {
        this.document = document;
        this.owner = owner;
        this.recent = recent;
        this.folders = folders;
    }

    /** Where the file dialogs start; shared with the export and trace dialogs. */
    public Folders folders() {
        return folders;
    }

    public RecentFiles recent() {
        return recent;
    }

    /** Where a refusal is explained (the status bar). */
    public void onStatus(java.util.function.Consumer<String> sink) {
        this.status = sink;
    }

    /**
     * A running design cannot be swapped for another: the engine would go on running the old one,
     * its ports bound, and its events would be painted on the new drawing.
     */
    public boolean refusedWhileRunning() {
        if (document.lockedProperty().get()) {
            status.accept(TEXTS.get("refused.running"));
            return true;
        }
        return false;
    }

    public void newDesign() {
        if (!refusedWhileRunning() && confirmDiscard()) {
            document.replace(Topology.EMPTY, null);
        }
    }

    public void open() {
        if (refusedWhileRunning() || !confirmDiscard()) {
            return;
        }
        FileChooser chooser = chooser(TEXTS.get("chooser.open"));
        java.io.File file = chooser.showOpenDialog(owner.get());
        if (file != null) {
            openFile(file.toPath());
        }
    }

    /** Opens a file without asking about unsaved changes (the caller did); false if it failed. */
    public boolean openFile(Path file) {
        if (refusedWhileRunning()) {
            return false;
        }
        try {
            Topology topology = files.load(file);
            document.replace(topology, file);
            recent.add(file);
            folders.remember(file);
            return true;
        } catch (TopologyLoadException e) {
            showLoadError(e);
            return false;
        }
    }

    /** Opens a file after the unsaved-changes prompt, as the menu does. */
    public boolean openWithPrompt(Path file) {
        return !refusedWhileRunning() && confirmDiscard() && openFile(file);
    }

    /** Opens a sample as a new, unsaved design, so saving asks where instead of changing the sample. */
    public boolean openSample(Path file) {
        if (refusedWhileRunning() || !confirmDiscard()) {
            return false;
        }
        try {
            document.replace(files.load(file), null);
            return true;
        } catch (TopologyLoadException e) {
            showLoadError(e);
            return false;
        }
    }

    public boolean save() {
        Path file = document.fileProperty().get();
        return file == null ? saveAs() : saveTo(file);
    }

    public boolean saveAs() {
        FileChooser chooser = chooser(TEXTS.get("chooser.save"));
        chooser.setInitialFileName(document.displayName().endsWith(TopologyFormat.EXTENSION)
                ? document.displayName() : "design" + TopologyFormat.EXTENSION);
        java.io.File file = chooser.showSaveDialog(owner.get());
        if (file == null) {
            return false;
        }
        Path path = file.toPath();
        if (!path.getFileName().toString().endsWith(TopologyFormat.EXTENSION)) {
            path = path.resolveSibling(path.getFileName() + TopologyFormat.EXTENSION);
        }
        return saveTo(path);
    }

    public boolean saveTo(Path file) {
        try {
            files.save(document.topology(), file);
            document.markSaved(file);
            recent.add(file);
            folders.remember(file);
            return true;
        } catch (IOException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, TEXTS.get("saveFailed.text", file, e.getMessage()),
                    DialogButtons.ok());
            alert.setHeaderText(TEXTS.get("saveFailed.header"));
            alert.initOwner(owner.get());
            alert.showAndWait();
            return false;
        }
    }

    /**
     * Asks what to do with unsaved changes. True when it is fine to go on (saved, discarded, or
     * nothing to save); false when the user cancelled or the save failed.
     */
    public boolean confirmDiscard() {
        if (!document.isDirty()) {
            return true;
        }
        ButtonType save = new ButtonType(TEXTS.get("unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(TEXTS.get("unsaved.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = DialogButtons.cancel();
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                TEXTS.get("unsaved.text", document.displayName()), save, discard, cancel);
        alert.setHeaderText(TEXTS.get("unsaved.header"));
        alert.initOwner(owner.get());
        alert.getDialogPane().setId("unsaved-changes");
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == cancel) {
            return false;
        }
        return answer.get() != save || save();
    }

    private void showLoadError(TopologyLoadException e) {
        LoadErrorAlert.show(owner.get(), "load-error", TEXTS.get("loadError.header"), e.problem(), e);
    }

    /** The open and save dialog, starting in the last-used folder (else Documents, else home). */
    FileChooser chooser(String title) {
        return folders.chooser(title, new FileChooser.ExtensionFilter(TEXTS.get("chooser.filter"),
                "*" + TopologyFormat.EXTENSION));
    }
}
