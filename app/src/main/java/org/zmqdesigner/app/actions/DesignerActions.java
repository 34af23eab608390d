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
import org.zmqdesigner.engine.text.Texts;

/**
 * The designer's actions, written once: menus, toolbar, context menus and the shortcut list read them.
 * Their texts are read in the current language when the registry is made; the window makes a new
 * registry when the language changes.
 */
public final class DesignerActions {

    /** What only the window can do (dialogs it owns, closing itself). */
    public record WindowCommands(Runnable openSample, Runnable export, Runnable exportPng, Runnable exportSvg,
                                 Runnable exit, Runnable showShortcuts, Runnable tidyUp, Runnable showLessons) {
    }

    private static final Texts T = Texts.of(DesignerActions.class);

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

        r.add(new Action("new", T.get("action.new"), files::newDesign).icon(MaterialDesignF.FILE_OUTLINE).shortcut("Shortcut+N")
                .describe(T.get("action.new.tip")));
        r.add(new Action("open", T.get("action.open"), files::open).icon(MaterialDesignF.FOLDER_OPEN_OUTLINE)
                .shortcut("Shortcut+O").describe(T.get("action.open.tip")));
        r.add(new Action("open-sample", T.get("action.open-sample"), window.openSample()).shortcut("Shortcut+Shift+O")
                .describe(T.get("action.open-sample.tip")));
        r.add(new Action("save", T.get("action.save"), files::save).icon(MaterialDesignC.CONTENT_SAVE_OUTLINE)
                .shortcut("Shortcut+S").describe(T.get("action.save.tip")));
        r.add(new Action("save-as", T.get("action.save-as"), files::saveAs).shortcut("Shortcut+Shift+S").describe(T.get("action.save-as.tip")));
        // Allowed while a run goes on: the running design is locked and the export reads a snapshot.
        r.add(new Action("export", T.get("action.export"), window.export()).shortcut("Shortcut+E")
                .describe(T.get("action.export.tip")));
        r.add(new Action("export-png", T.get("action.export-png"), window.exportPng()));
        r.add(new Action("export-svg", T.get("action.export-svg"), window.exportSvg()));
        r.add(new Action("exit", T.get("action.exit"), window.exit()).shortcut("Shortcut+Q").describe(T.get("action.exit.tip")));

        r.add(new Action("undo", T.get("action.undo"), document::undo).icon(MaterialDesignU.UNDO).shortcut("Shortcut+Z")
                .describe(T.get("action.undo.tip")).textFrom(document.undoTextProperty()).enabledWhen(document.canUndoProperty()));
        r.add(new Action("redo", T.get("action.redo"), document::redo).icon(MaterialDesignR.REDO).shortcut("Shortcut+Y")
                .describe(T.get("action.redo.tip")).textFrom(document.redoTextProperty()).enabledWhen(document.canRedoProperty()));
        r.add(new Action("copy", T.get("action.copy"), () -> SelectionCommands.copy(document)).shortcut("Shortcut+C")
                .describe(T.get("action.copy.tip")).enabledWhen(selected));
        r.add(new Action("paste", T.get("action.paste"), () -> SelectionCommands.paste(document)).shortcut("Shortcut+V")
                .describe(T.get("action.paste.tip")));
        r.add(new Action("duplicate", T.get("action.duplicate"), () -> SelectionCommands.duplicate(document))
                .shortcut("Shortcut+D").describe(T.get("action.duplicate.tip")).enabledWhen(selected));
        r.add(new Action("delete", T.get("action.delete"), () -> SelectionCommands.delete(document)).shortcut("Delete")
                .describe(T.get("action.delete.tip")).enabledWhen(selected));
        r.add(new Action("rename", T.get("action.rename"), canvas::renameSelected).shortcut("F2").describe(T.get("action.rename.tip"))
                .enabledWhen(oneNode));
        r.add(new Action("select-all", T.get("action.select-all"),
                () -> document.select(SelectionCommands.allIds(document.topology()))).shortcut("Shortcut+A")
                .describe(T.get("action.select-all.tip")));

        r.add(new Action("fit", T.get("action.fit"), canvas::fitToView).icon(MaterialDesignF.FIT_TO_PAGE_OUTLINE)
                .shortcut("Shortcut+0").describe(T.get("action.fit.tip")));
        r.add(new Action("tidy-up", T.get("action.tidy-up"), window.tidyUp()).icon(MaterialDesignS.SITEMAP)
                .shortcut("Shortcut+Shift+L").describe(T.get("action.tidy-up.tip")).enabledWhen(idle));
        r.add(new Action("zoom-in", T.get("action.zoom-in"), () -> canvas.zoomBy(1.2, canvas.view().getWidth() / 2,
                canvas.view().getHeight() / 2)).shortcut("Shortcut+PLUS").describe(T.get("action.zoom-in.tip")));
        r.add(new Action("zoom-out", T.get("action.zoom-out"), () -> canvas.zoomBy(1 / 1.2, canvas.view().getWidth() / 2,
                canvas.view().getHeight() / 2)).shortcut("Shortcut+MINUS").describe(T.get("action.zoom-out.tip")));

        r.add(new Action("run-start", T.get("action.run-start"), runs::start).icon(MaterialDesignP.PLAY).shortcut("F5")
                .describe(T.get("action.run-start.tip")).enabledWhen(idle));
        r.add(new Action("run-pause", T.get("action.run-pause"), runs::togglePause).icon(MaterialDesignP.PAUSE).shortcut("F6")
                .describe(T.get("action.run-pause.tip"))
                .textFrom(Bindings.when(runs.pausedProperty()).then(T.get("action.run-resume")).otherwise(T.get("action.run-pause")))
                .enabledWhen(running));
        r.add(new Action("run-step", T.get("action.run-step"), runs::step).icon(MaterialDesignS.SKIP_NEXT).shortcut("F10")
                .describe(T.get("action.run-step.tip")).enabledWhen(running));
        r.add(new Action("run-stop", T.get("action.run-stop"), runs::stop).icon(MaterialDesignS.STOP).shortcut("Shift+F5")
                .describe(T.get("action.run-stop.tip")).enabledWhen(runs.runningProperty().and(runs.busyProperty().not())));

        r.add(new Action("lessons", org.zmqdesigner.app.lesson.Lessons.actionText(), window.showLessons())
                .shortcut("Shortcut+L").describe(org.zmqdesigner.app.lesson.Lessons.actionDescription()));
        r.add(new Action("shortcuts", T.get("action.shortcuts"), window.showShortcuts()).shortcut("F1")
                .describe(T.get("action.shortcuts.tip")));
        return r;
    }
}
