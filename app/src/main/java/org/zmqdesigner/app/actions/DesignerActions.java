package org.zmqdesigner.app.actions;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;
import org.zmqdesigner.app.canvas.CanvasView;
import org.zmqdesigner.app.commands.SelectionCommands;
import org.zmqdesigner.app.document.DesignDocument;
import org.zmqdesigner.app.files.FileActions;
import org.zmqdesigner.app.run.RunController;

/** The designer's actions, written once: menus, toolbar, context menus and the shortcut list read them. */
public final class DesignerActions {

    /** What only the window can do (dialogs it owns, closing itself). */
    public record WindowCommands(Runnable openSample, Runnable export, Runnable exportPng, Runnable exportSvg,
                                 Runnable exit, Runnable showShortcuts, Runnable tidyUp, Runnable showLessons) {
    }

    private DesignerActions() {
    }

    public static ActionRegistry create(DesignDocument document, CanvasView canvas, FileActions files,
                                        RunController runs, WindowCommands window) {
        ActionRegistry r = new ActionRegistry();
        ObservableBooleanValue selected = Bindings.createBooleanBinding(() -> !document.selection().isEmpty(),
                document.selection());
        ObservableBooleanValue oneNode = Bindings.createBooleanBinding(() -> document.selection().size() == 1
                && document.topology().node(document.selection().iterator().next()).isPresent(),
                document.selection(), document.topologyProperty());
        ObservableBooleanValue idle = runs.runningProperty().or(runs.busyProperty()).not();
        ObservableBooleanValue running = runs.runningProperty();

        r.add(new Action("new", "_New", files::newDesign).icon(MaterialDesignF.FILE_OUTLINE).shortcut("Shortcut+N")
                .describe("New design"));
        r.add(new Action("open", "_Open…", files::open).icon(MaterialDesignF.FOLDER_OPEN_OUTLINE)
                .shortcut("Shortcut+O").describe("Open a design"));
        r.add(new Action("open-sample", "Open _Sample…", window.openSample()).shortcut("Shortcut+Shift+O")
                .describe("Open a sample"));
        r.add(new Action("save", "_Save", files::save).icon(MaterialDesignC.CONTENT_SAVE_OUTLINE)
                .shortcut("Shortcut+S").describe("Save"));
        r.add(new Action("save-as", "Save _As…", files::saveAs).shortcut("Shortcut+Shift+S").describe("Save as"));
        // Allowed while a run goes on: the running design is locked and the export reads a snapshot.
        r.add(new Action("export", "_Export…", window.export()).shortcut("Shortcut+E")
                .describe("Export as a Java project, Python scripts or a deployment"));
        r.add(new Action("export-png", "Export _PNG…", window.exportPng()));
        r.add(new Action("export-svg", "Export S_VG…", window.exportSvg()));
        r.add(new Action("exit", "E_xit", window.exit()).shortcut("Shortcut+Q").describe("Exit"));

        r.add(new Action("undo", "Undo", document::undo).icon(MaterialDesignU.UNDO).shortcut("Shortcut+Z")
                .describe("Undo").textFrom(document.undoTextProperty()).enabledWhen(document.canUndoProperty()));
        r.add(new Action("redo", "Redo", document::redo).icon(MaterialDesignR.REDO).shortcut("Shortcut+Y")
                .describe("Redo").textFrom(document.redoTextProperty()).enabledWhen(document.canRedoProperty()));
        r.add(new Action("copy", "_Copy", () -> SelectionCommands.copy(document)).shortcut("Shortcut+C")
                .describe("Copy").enabledWhen(selected));
        r.add(new Action("paste", "_Paste", () -> SelectionCommands.paste(document)).shortcut("Shortcut+V")
                .describe("Paste"));
        r.add(new Action("duplicate", "_Duplicate", () -> SelectionCommands.duplicate(document))
                .shortcut("Shortcut+D").describe("Duplicate").enabledWhen(selected));
        r.add(new Action("delete", "De_lete", () -> SelectionCommands.delete(document)).shortcut("Delete")
                .describe("Delete").enabledWhen(selected));
        r.add(new Action("rename", "_Rename", canvas::renameSelected).shortcut("F2").describe("Rename")
                .enabledWhen(oneNode));
        r.add(new Action("select-all", "Select _All",
                () -> document.select(SelectionCommands.allIds(document.topology()))).shortcut("Shortcut+A")
                .describe("Select all"));

        r.add(new Action("fit", "_Fit to View", canvas::fitToView).icon(MaterialDesignF.FIT_TO_PAGE_OUTLINE)
                .shortcut("Shortcut+0").describe("Fit to view"));
        r.add(new Action("tidy-up", "_Tidy Up", window.tidyUp()).icon(MaterialDesignS.SITEMAP)
                .shortcut("Shortcut+Shift+L").describe("Tidy up: lay out by data flow").enabledWhen(idle));
        r.add(new Action("zoom-in", "Zoom _In", () -> canvas.zoomBy(1.2, canvas.view().getWidth() / 2,
                canvas.view().getHeight() / 2)).shortcut("Shortcut+PLUS").describe("Zoom in"));
        r.add(new Action("zoom-out", "Zoom _Out", () -> canvas.zoomBy(1 / 1.2, canvas.view().getWidth() / 2,
                canvas.view().getHeight() / 2)).shortcut("Shortcut+MINUS").describe("Zoom out"));

        r.add(new Action("run-start", "_Run", runs::start).icon(MaterialDesignP.PLAY).shortcut("F5")
                .describe("Run").enabledWhen(idle));
        r.add(new Action("run-pause", "_Pause", runs::togglePause).icon(MaterialDesignP.PAUSE).shortcut("F6")
                .describe("Pause / resume")
                .textFrom(Bindings.when(runs.pausedProperty()).then("Res_ume").otherwise("_Pause"))
                .enabledWhen(running));
        r.add(new Action("run-step", "S_tep", runs::step).icon(MaterialDesignS.SKIP_NEXT).shortcut("F10")
                .describe("Step: one message from the next source").enabledWhen(running));
        r.add(new Action("run-stop", "_Stop", runs::stop).icon(MaterialDesignS.STOP).shortcut("Shift+F5")
                .describe("Stop").enabledWhen(runs.runningProperty().and(runs.busyProperty().not())));

        r.add(new Action("lessons", org.zmqdesigner.app.lesson.Lessons.actionText(), window.showLessons())
                .shortcut("Shortcut+L").describe(org.zmqdesigner.app.lesson.Lessons.actionDescription()));
        r.add(new Action("shortcuts", "_Keyboard Shortcuts", window.showShortcuts()).shortcut("F1")
                .describe("Keyboard shortcuts"));
        return r;
    }
}
