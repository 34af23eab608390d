package org.zmqdesigner.app.export;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.zmqdesigner.app.document.DesignDocument;
import org.zmqdesigner.app.files.Folders;
import org.zmqdesigner.engine.export.ExportTarget;
import org.zmqdesigner.engine.text.Texts;
import org.zmqdesigner.app.text.DialogButtons;

/**
 * File → Export…: choose what to export (Java project, Python scripts, deployment) and the folder,
 * then the engine exports while the dialog shows progress ({@link ExportJob} on a background
 * thread: the window never freezes). A folder that holds files is written into only after the user
 * agrees. The dialog ends showing what was written and the export's notes, or why nothing was.
 * Exporting while the design runs is allowed: a running design is locked, and the export reads an
 * immutable snapshot of it and only writes the chosen folder.
 */
public final class ExportDialog {

    static final String FOLDER_KEY = "exportFolder";
    static final String FOR_KEY = "exportFolderFor";
    static final String TARGET_KEY = "exportTarget";
    private static final Texts TEXTS = Texts.of(ExportDialog.class);

    private final Supplier<Window> owner;
    private final DesignDocument document;
    private final Folders folders;
    private final Preferences preferences;
    private final Runnable showProblems;
    private final Consumer<String> status;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "zmq-designer-export");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * @param showProblems brings the Problems tab forward (a refused export points there)
     * @param status       the window's status bar, told how each export ended
     */
    public ExportDialog(Supplier<Window> owner, DesignDocument document, Folders folders, Preferences preferences,
                        Runnable showProblems, Consumer<String> status) {
        this.owner = owner;
        this.document = document;
        this.folders = folders;
        this.preferences = preferences;
        this.showProblems = showProblems;
        this.status = status;
    }

    /** Opens the dialog; it returns at once and the dialog lives on its own until closed. */
    public void show() {
        new Shown().dialog.show();
    }

    /** One showing of the dialog, with its controls. */
    private final class Shown {
        final Dialog<Void> dialog = new Dialog<>();
        final ToggleGroup targets = new ToggleGroup();
        final TextField folder = new TextField();
        final ProgressIndicator progress = new ProgressIndicator();
        final Label outcome = new Label();
        final ButtonType export = new ButtonType(TEXTS.get("button.export"), ButtonBar.ButtonData.OK_DONE);
        final Hyperlink toProblems = new Hyperlink(TEXTS.get("toProblems"));
        final TextArea details = new TextArea();
        final String name = ExportNames.designName(document.fileProperty().get(), document.topology().title());
        String suggested;
        boolean running;

        Shown() {
            dialog.setTitle(TEXTS.get("title"));
            dialog.initOwner(owner.get());
            dialog.initModality(Modality.WINDOW_MODAL);
            dialog.setResizable(true);
            dialog.setHeaderText(TEXTS.get("header", name));
            var pane = dialog.getDialogPane();
            pane.setId("export-dialog");
            pane.getButtonTypes().setAll(export, DialogButtons.close());

            VBox choices = new VBox(8);
            ExportTarget remembered = rememberedTarget();
            for (ExportTarget target : ExportTarget.values()) {
                RadioButton button = new RadioButton(ExportTargets.title(target));
                button.setId("export-" + target.word());
                button.setUserData(target);
                button.setToggleGroup(targets);
                button.setSelected(target == remembered);
                Label what = new Label(ExportTargets.whatYouGet(target));
                what.setWrapText(true);
                what.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wrapped, never cut short
                what.getStyleClass().add("text-muted");
                what.setPadding(new Insets(0, 0, 0, 26));
                what.setOnMouseClicked(e -> button.setSelected(true));
                choices.getChildren().add(new VBox(2, button, what));
            }
            suggested = suggestedFolder(target());
            folder.setText(suggested);
            folder.setId("export-folder");
            folder.setPromptText(TEXTS.get("folder.prompt"));
            HBox.setHgrow(folder, Priority.ALWAYS);
            Button choose = new Button(TEXTS.get("folder.choose"));
            choose.setId("export-choose");
            choose.setOnAction(e -> chooseFolder());
            targets.selectedToggleProperty().addListener((o, was, now) -> {
                if (now == null) {
                    targets.selectToggle(was);
                } else if (folder.getText().equals(suggested)) { // not changed by hand: follow the target
                    suggested = suggestedFolder(target());
                    folder.setText(suggested);
                }
            });

            progress.setPrefSize(18, 18);
            progress.setVisible(false);
            progress.managedProperty().bind(progress.visibleProperty());
            outcome.setId("export-outcome");
            outcome.setWrapText(true);
            outcome.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            HBox.setHgrow(outcome, Priority.ALWAYS);
            toProblems.setId("export-to-problems");
            toProblems.setVisible(false);
            toProblems.managedProperty().bind(toProblems.visibleProperty());
            toProblems.setOnAction(e -> {
                dialog.close();
                showProblems.run();
            });
            details.setId("export-details");
            details.setEditable(false);
            details.setWrapText(false); // paths are never broken mid-name
            details.setPrefRowCount(7);
            // Always there, so the dialog keeps its size from the start: a dialog that grows while
            // it is read moves its buttons under the pointer.
            details.setPromptText(TEXTS.get("details.prompt"));
            details.setFocusTraversable(false);

            Label into = new Label(TEXTS.get("folder.label"));
            into.setLabelFor(folder);
            VBox content = new VBox(10, choices, into, new HBox(6, folder, choose),
                    new HBox(8, progress, outcome, toProblems), details);
            content.setPrefWidth(600);
            pane.setContent(content);

            Button exportButton = (Button) pane.lookupButton(export);
            exportButton.setId("export-run");
            // Export keeps the dialog open: it shows how the export went.
            exportButton.addEventFilter(ActionEvent.ACTION, e -> {
                e.consume();
                start(false);
            });
            dialog.setOnShown(e -> Platform.runLater(folder::requestFocus));
        }

        javafx.scene.Node closeButton() {
            return dialog.getDialogPane().getButtonTypes().stream()
                    .filter(b -> b.getButtonData() == ButtonBar.ButtonData.CANCEL_CLOSE).findFirst()
                    .map(b -> dialog.getDialogPane().lookupButton(b)).orElse(folder);
        }

        ExportTarget target() {
            return (ExportTarget) targets.getSelectedToggle().getUserData();
        }

        void chooseFolder() {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(TEXTS.get("folder.chooserTitle"));
            Path start = folders.initial();
            Path typed = typedFolder();
            if (typed != null) {
                Path existing = Files.isDirectory(typed) ? typed : typed.getParent();
                if (existing != null && Files.isDirectory(existing)) {
                    start = existing;
                }
            }
            chooser.setInitialDirectory(start.toFile());
            File chosen = chooser.showDialog(dialog.getDialogPane().getScene().getWindow());
            if (chosen != null) {
                folder.setText(chosen.getAbsolutePath());
            }
        }

        Path typedFolder() {
            String text = folder.getText().strip();
            if (text.isEmpty()) {
                return null;
            }
            try {
                return Path.of(text.startsWith("~" + File.separator) ? System.getProperty("user.home")
                        + text.substring(1) : text).toAbsolutePath();
            } catch (InvalidPathException e) {
                return null;
            }
        }

        void start(boolean force) {
            if (running) {
                return;
            }
            Path dir = typedFolder();
            if (dir == null) {
                say(TEXTS.get("say.chooseFolder"), null, false);
                return;
            }
            ExportJob job = new ExportJob(document.topology(), name, target(), dir, force);
            busy(true);
            say(TEXTS.get("say.exporting", ExportTargets.inSentence(job.target())), null,
                    false);
            worker.execute(() -> {
                ExportJob.Outcome result = job.run();
                Platform.runLater(() -> finished(job, result));
            });
        }

        void finished(ExportJob job, ExportJob.Outcome result) {
            busy(false);
            // Focus went away while the folder field was disabled: done, Close is next; else the folder.
            (result instanceof ExportJob.Written ? closeButton() : folder)
                    .requestFocus();
            if (result instanceof ExportJob.Written w) {
                remember(job);
                String summary = TEXTS.get("say.wrote", w.files().size(), w.folder())
                        + (w.files().contains("README.md") ? " " + TEXTS.get("say.readme") : "");
                StringBuilder text = new StringBuilder(String.join("\n", w.files()));
                if (!w.notes().isEmpty()) {
                    // The file list is not wrapped (paths stay whole), so the notes are wrapped here.
                    StringBuilder notes = new StringBuilder(TEXTS.get("details.notes") + "\n");
                    w.notes().forEach(n -> notes.append(wrapped("• " + n, NOTE_COLUMNS)).append('\n'));
                    text.insert(0, notes + "\n" + TEXTS.get("details.files") + "\n");
                }
                say(summary, text.toString(), false);
                status.accept(TEXTS.get("status.exported", ExportTargets.title(job.target()), summary));
            } else if (result instanceof ExportJob.FolderNotEmpty f) {
                say(TEXTS.get("say.notEmptyYet", f.folder()), null, false);
                askOverwrite(f);
            } else if (result instanceof ExportJob.Refused r) {
                say(TEXTS.get("say.refused", r.summary().replace(" or `validate`", "")),
                        r.reasons().isEmpty() ? null : "• " + String.join("\n• ", r.reasons()), true);
                status.accept(TEXTS.get("status.refused"));
            } else if (result instanceof ExportJob.Failed f) {
                say(f.what(), f.message(), false);
                status.accept(f.what());
            }
        }

        void askOverwrite(ExportJob.FolderNotEmpty f) {
            ButtonType overwrite = new ButtonType(TEXTS.get("button.overwrite"), ButtonBar.ButtonData.OK_DONE);
            ButtonType cancel = DialogButtons.cancel();
            Alert alert = new Alert(Alert.AlertType.CONFIRMATION, TEXTS.get("overwrite.text", f.folder(), f.entries()),
                    overwrite, cancel);
            alert.setHeaderText(TEXTS.get("overwrite.header"));
            alert.initOwner(dialog.getDialogPane().getScene().getWindow());
            alert.getDialogPane().setId("export-overwrite");
            // Enter keeps the files: replacing them takes a deliberate click.
            ((Button) alert.getDialogPane().lookupButton(overwrite)).setDefaultButton(false);
            ((Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
            alert.setOnHidden(e -> {
                if (alert.getResult() == overwrite) {
                    start(true);
                } else {
                    say(TEXTS.get("say.notEmpty", f.folder()), null, false);
                }
            });
            alert.show();
        }

        void busy(boolean now) {
            running = now;
            progress.setVisible(now);
            dialog.getDialogPane().lookupButton(export).setDisable(now);
            folder.setDisable(now);
            targets.getToggles().forEach(t -> ((RadioButton) t).setDisable(now));
        }

        void say(String summary, String more, boolean problems) {
            outcome.setText(summary);
            details.setText(more == null ? "" : more);
            toProblems.setVisible(problems);
        }

        void remember(ExportJob job) {
            preferences.put(FOLDER_KEY, job.folder().toString());
            preferences.put(FOR_KEY, key(job.target()));
            preferences.put(TARGET_KEY, job.target().name());
        }

        /**
         * The folder last exported to when it was this design and target (exporting again after an
         * edit); else a new folder named after them beside it; else one in the usual place.
         */
        String suggestedFolder(ExportTarget target) {
            String last = preferences.get(FOLDER_KEY, null);
            String fresh = ExportNames.folderName(document.fileProperty().get(), document.topology().title(), target);
            if (last != null) {
                Path lastFolder = Path.of(last);
                if (key(target).equals(preferences.get(FOR_KEY, ""))) {
                    return lastFolder.toString();
                }
                if (lastFolder.getParent() != null) {
                    return lastFolder.getParent().resolve(fresh).toString();
                }
            }
            return folders.initial().resolve(fresh).toString();
        }

        String key(ExportTarget target) {
            return name + "\t" + target.name();
        }

        ExportTarget rememberedTarget() {
            try {
                return ExportTarget.valueOf(preferences.get(TARGET_KEY, ExportTarget.JAVA.name()));
            } catch (IllegalArgumentException e) {
                return ExportTarget.JAVA;
            }
        }
    }

    /** About what the result area shows across without scrolling. */
    static final int NOTE_COLUMNS = 72;

    /** {@code text} broken at spaces into lines of at most {@code columns}, continued lines indented. */
    static String wrapped(String text, int columns) {
        StringBuilder out = new StringBuilder();
        int lineStart = 0;
        for (String word : text.split(" ")) {
            if (out.length() > lineStart && out.length() - lineStart + 1 + word.length() > columns) {
                out.append("\n  ");
                lineStart = out.length() - 2;
            } else if (out.length() > lineStart) {
                out.append(' ');
            }
            out.append(word);
        }
        return out.toString();
    }
}
