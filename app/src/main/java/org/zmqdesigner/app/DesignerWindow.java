package org.zmqdesigner.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.zmqdesigner.app.actions.ActionControls;
import org.zmqdesigner.app.actions.ActionRegistry;
import org.zmqdesigner.app.actions.CanvasContextMenus;
import org.zmqdesigner.app.actions.DesignerActions;
import org.zmqdesigner.app.actions.MainMenus;
import org.zmqdesigner.app.actions.ShortcutsDialog;
import org.zmqdesigner.app.canvas.CanvasView;
import org.zmqdesigner.app.controls.LazyTooltip;
import org.zmqdesigner.app.diagnostics.DiagnosticsView;
import org.zmqdesigner.app.document.DesignDocument;
import org.zmqdesigner.app.export.LegendView;
import org.zmqdesigner.app.files.Autosave;
import org.zmqdesigner.app.files.RecoveryFolder;
import org.zmqdesigner.app.files.RecoveryOffer;
import org.zmqdesigner.app.files.FileActions;
import org.zmqdesigner.app.files.Folders;
import org.zmqdesigner.app.files.RecentFiles;
import org.zmqdesigner.app.gallery.SampleGallery;
import org.zmqdesigner.app.palette.NodeTemplates;
import org.zmqdesigner.app.palette.PaletteEntry;
import org.zmqdesigner.app.palette.PaletteView;
import org.zmqdesigner.app.run.SpeedControl;
import org.zmqdesigner.app.settings.LanguageChoice;
import org.zmqdesigner.app.settings.WindowSettings;
import org.zmqdesigner.engine.edit.AddElements;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.Position;
import org.zmqdesigner.engine.text.Language;
import org.zmqdesigner.engine.text.Texts;

/**
 * The main window: palette left, canvas centre with problems, live chart and trace below,
 * inspector right, menus, toolbar and status bar. It only wires the parts together; each part owns
 * its behaviour, and every command is an action of {@link DesignerActions}.
 *
 * <p>View → Language ({@link #setLanguage}) switches every text at once without touching the
 * design, its history, selection, file or a run: what the window built from the document is built
 * again in the new language, and the long-lived parts re-read their words ({@link #relabel()}).
 */
public final class DesignerWindow {

    /** Below this the panels stop being usable; 1024×700 (a projector less its taskbar) is the size to design for. */
    static final double MIN_WIDTH = 800;
    static final double MIN_HEIGHT = 560;
    /** Narrower than this, the side panels shrink to leave the canvas room. */
    static final double COMPACT_WIDTH = 1150;

    private final Stage stage;
    private final DesignDocument document;
    private final CanvasView canvas;
    private final FileActions files;
    private final Autosave autosave;
    private static final Texts TEXTS = Texts.of(DesignerWindow.class);

    private final WindowSettings settings;
    private final LanguageChoice languageChoice;
    /** What else re-reads its words after a language switch (long-lived parts that are not rebuilt). */
    private final List<Runnable> relabellers = new ArrayList<>();
    private final BorderPane root;
    private final BorderPane canvasArea;
    private final StackPane paletteSlot = new StackPane();
    private final DiagnosticsView diagnostics;
    private final SpeedControl speed;
    private final Label clock = new Label(null, new FontIcon(MaterialDesignT.TIMER_OUTLINE));
    private final StackPane inspectorSlot = new StackPane();
    private final StatusBar statusBar;
    private final Label status;
    private LegendView legend = LegendView.strip();
    private final org.zmqdesigner.app.run.RunController runs;
    private final org.zmqdesigner.app.run.RunPanel runPanel;
    private final org.zmqdesigner.app.explain.Explanations explanations;
    private javafx.scene.control.Tab findingsTab;
    private final org.zmqdesigner.app.code.CodePanel codePanel;
    private final org.zmqdesigner.app.export.ExportDialog exportDialog;
    private final org.zmqdesigner.app.lesson.Lessons lessons;
    private ActionRegistry actions;
    private final SplitPane main;
    private final SplitPane centre;
    /** Where the canvas ends when the Code tab first needs room: half the height for the code. */
    static final double CODE_DIVIDER = 0.5;
    private boolean roomMadeForCode;
    private CheckMenuItem darkItem;
    private boolean dark;

    public DesignerWindow(Stage stage, DesignDocument document, RecentFiles recent, Path recoveryFolder,
                          Preferences preferences) {
        this.stage = stage;
        this.document = document;
        this.settings = new WindowSettings(preferences);
        this.languageChoice = new LanguageChoice(preferences);
        this.canvas = new CanvasView(document);
        this.files = new FileActions(document, () -> stage, recent, Folders.forUser(preferences));
        this.autosave = new Autosave(document, new RecoveryFolder(recoveryFolder));
        this.statusBar = new StatusBar(document);
        this.status = statusBar.status();
        canvas.onStatus(status::setText);
        files.onStatus(status::setText);
        this.runPanel = new org.zmqdesigner.app.run.RunPanel();
        runPanel.trace().useFolders(files.folders());
        this.runs = new org.zmqdesigner.app.run.RunController(document, canvas, runPanel, status::setText);
        this.exportDialog = new org.zmqdesigner.app.export.ExportDialog(() -> stage, document, files.folders(),
                preferences, runPanel::showProblems, status::setText);
        this.explanations = new org.zmqdesigner.app.explain.Explanations(document, runs);
        this.lessons = new org.zmqdesigner.app.lesson.Lessons(() -> stage, document, canvas, files, runs, preferences,
                status::setText);
        this.actions = createActions();
        canvas.onPaletteDrop((key, at) -> add(PaletteEntry.valueOf(key), at));
        paletteSlot.getChildren().setAll(new PaletteView(entry -> add(entry, canvas.visibleCentre())).view());
        this.diagnostics = new DiagnosticsView(document);
        this.speed = new SpeedControl(runs);
        // A new design starts with a clean slate: nothing said about the previous one.
        document.generationProperty().addListener((o, was, now) -> {
            status.setText("");
            canvas.clearExplanation();
        });

        // The legend is docked under the canvas, never over it: it must not hide the design.
        // Explanations (a refused link) float on their own layer over the canvas.
        canvasArea = new BorderPane(new StackPane(canvas.view(), canvas.popupLayer()));
        canvasArea.setBottom(legend);
        legend.managedProperty().bind(legend.visibleProperty());
        runPanel.addProblemsTab(diagnostics.view());
        codePanel = new org.zmqdesigner.app.code.CodePanel(document, preferences);
        codePanel.onShowProblems(runPanel::showProblems);
        runPanel.addCodeTab(codePanel.view(), showing -> {
            codePanel.setShowing(showing);
            if (showing) {
                makeRoomForCode();
            }
        });
        addFindingsTab(new org.zmqdesigner.app.explain.FindingsView(explanations, document, canvas,
                actions.get(org.zmqdesigner.app.explain.ExplainAction.ID), status::setText).view());
        centre = new SplitPane(canvasArea, runPanel.view());
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.68);
        inspectorSlot.setId("inspector-slot");
        inspectorSlot.setPrefWidth(320);
        // Narrow enough that the canvas keeps most of a 1024-pixel window.
        inspectorSlot.setMinWidth(220);
        paletteSlot.setId("palette-slot");
        main = new SplitPane(paletteSlot, centre, inspectorSlot);
        main.setId("main-split");
        centre.setId("centre-split");
        main.setDividerPositions(0.16, 0.75);
        SplitPane.setResizableWithParent(paletteSlot, false);
        SplitPane.setResizableWithParent(inspectorSlot, false);
        // In a small window (a 1024×700 projector) the side panels give way so the canvas keeps
        // more than half the width; the palette scrolls and the inspector's fields wrap.
        var compact = main.widthProperty().lessThan(COMPACT_WIDTH);
        paletteSlot.maxWidthProperty().bind(Bindings.when(compact).then(190.0).otherwise(Double.MAX_VALUE));
        inspectorSlot.maxWidthProperty().bind(Bindings.when(compact).then(270.0).otherwise(Double.MAX_VALUE));
        // Once shown: the split panes' first layout places the fixed-width side panels from their
        // preferred widths, which would move dividers restored any earlier.
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, new javafx.event.EventHandler<>() {
            @Override
            public void handle(javafx.stage.WindowEvent e) {
                // Once: a stage shown again later (tests reuse theirs) must not get old dividers.
                stage.removeEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, this);
                // After the first layout pulse, when the panes have their real width.
                javafx.application.Platform.runLater(() -> {
                    settings.restore("main", main);
                    settings.restore("centre", centre);
                });
            }
        });

        root = new BorderPane(main);
        root.setTop(new VBox(menus(), toolbar()));
        root.setBottom(statusBar.view());
        Scene scene = new Scene(root, 1280, 800);
        scene.getStylesheets().add(DesignerWindow.class.getResource("designer.css").toExternalForm());
        scene.getStylesheets().add(org.zmqdesigner.app.lesson.Lessons.stylesheet());
        stage.setScene(scene);
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        settings.restore(stage);
        bindTitle();
        stage.setOnCloseRequest(e -> {
            if (!closing()) {
                e.consume();
            }
        });
        theme(settings.dark());
    }

    /** The explainer's tab goes last among the panel's tabs (Problems, Code, Chart, Trace, Why?). */
    private void addFindingsTab(javafx.scene.Node view) {
        findingsTab = new javafx.scene.control.Tab();
        findingsTab.setId("run-tab-explain");
        findingsTab.textProperty().bind(org.zmqdesigner.app.explain.ExplainAction.tabTitle());
        ((javafx.scene.control.TabPane) runPanel.view()).getTabs().add(findingsTab);
        runPanel.showOnFirstSelection(findingsTab, view);
    }

    private void showFindings() {
        findingsTab.getTabPane().getSelectionModel().select(findingsTab);
        // The first time, room for the answers as for code; later the user's divider stays.
        makeRoomForCode();
    }

    /** "Why did I lose messages?": the last run's explanation. */
    public org.zmqdesigner.app.explain.Explanations explanations() {
        return explanations;
    }

    private ActionRegistry actionRegistry() {
        return actions;
    }

    /** The window's commands, named in the current language; the canvas's context menus use them too. */
    private ActionRegistry createActions() {
        ActionRegistry made = DesignerActions.create(document, canvas, files, runs, new DesignerActions.WindowCommands(
                this::openSample, () -> exportDialog.show(), () -> exportPicture("png"), () -> exportPicture("svg"), this::exit,
                () -> ShortcutsDialog.show(stage, actionRegistry()), this::tidyUp, lessons::show));
        made.add(org.zmqdesigner.app.explain.ExplainAction.create(explanations, this::showFindings));
        canvas.setMenus(new CanvasContextMenus(made));
        return made;
    }

    private void bindTitle() {
        stage.titleProperty().bind(Bindings.createStringBinding(() -> TEXTS.get(document.isDirty() ? "title.dirty"
                : "title", document.displayName()), document.fileProperty(), document.dirtyProperty()));
    }

    /**
     * View → Language: every text of the window in {@code locale} from now on, remembered for the
     * next start. The design, its undo history, selection, file and a run are left as they are.
     */
    public void setLanguage(Locale locale) {
        languageChoice.save(locale);
        if (Language.closest(locale).equals(Language.current())) {
            return;
        }
        Language.set(locale);
        relabel();
        status.setText(TEXTS.get("language.switched", LanguageMenu.name(Language.current())));
    }

    /**
     * Re-reads every text after the language changed. What the window builds from the document and
     * its controllers (menus, toolbar, palette, inspector, legend, title, counts) is built again; its
     * own long-lived parts (document, problems, code) re-read their words; then every part that
     * registered with {@link #relabelAlso} does.
     */
    public void relabel() {
        document.relabel();
        boolean legendShown = legendItem.isSelected();
        legend.visibleProperty().unbind();
        legend = LegendView.strip();
        legend.managedProperty().bind(legend.visibleProperty());
        canvasArea.setBottom(legend);
        actions = createActions();
        root.setTop(new VBox(menus(), toolbar())); // the menus bind the new legend's visibility
        legendItem.setSelected(legendShown);
        paletteSlot.getChildren().setAll(new PaletteView(entry -> add(entry, canvas.visibleCentre())).view());
        setInspector(Inspectors.create(document));
        diagnostics.relabel();
        codePanel.relabel();
        bindTitle();
        statusBar.updateCounts();
        relabellers.forEach(Runnable::run);
    }

    /**
     * A long-lived part that keeps state across a language switch (and so is not rebuilt) re-reads
     * its words in {@code relabel}, called on the FX thread after every switch.
     */
    public void relabelAlso(Runnable relabel) {
        relabellers.add(relabel);
    }

    public Stage stage() {
        return stage;
    }

    public DesignDocument document() {
        return document;
    }

    public CanvasView canvas() {
        return canvas;
    }

    public FileActions files() {
        return files;
    }

    public Autosave autosave() {
        return autosave;
    }

    /** Offers back, one after another, the work of designers that did not close normally. */
    public void offerRecovery() {
        new RecoveryOffer(() -> stage, document, autosave, canvas::fitToView).offer();
    }

    /** Every command of the window: menus, toolbar, context menus and shortcuts are made from these. */
    public ActionRegistry actions() {
        return actions;
    }

    /** The panel under the canvas: problems, the live chart and the message trace. */
    public org.zmqdesigner.app.run.RunPanel runPanel() {
        return runPanel;
    }

    /** The Code tab: the selected node's generated program. */
    public org.zmqdesigner.app.code.CodePanel codePanel() {
        return codePanel;
    }

    /** Help → Lessons: the course, the current step and its check. */
    public org.zmqdesigner.app.lesson.Lessons lessons() {
        return lessons;
    }

    public org.zmqdesigner.app.run.RunController runs() {
        return runs;
    }

    public void setInspector(javafx.scene.Node inspector) {
        // The lessons panel docks above the inspector while it is shown.
        inspectorSlot.getChildren().setAll(lessons.dock(inspector));
    }

    /** Adds the entry's node at the free grid point nearest {@code at} ({@code FreeSpot}), selected. */
    public Node add(PaletteEntry entry, Point2D at) {
        Node template = NodeTemplates.create(entry, document.topology(), Position.ORIGIN);
        Node node = template.withPosition(org.zmqdesigner.app.layout.FreeSpot.near(document.topology(), template, at));
        if (document.apply(AddElements.node(node, TEXTS.get("add.edit", entry.title(), entry.role())))) {
            document.selectOnly(node.id());
            status.setText(TEXTS.get("add.status", node.id()));
        }
        return node;
    }

    /** Lays the design out by data flow, one undo step, and shows all of it. */
    public void tidyUp() {
        status.setText(org.zmqdesigner.app.layout.LayoutCommands.tidyUp(document));
        canvas.fitToView();
    }

    /** File → Exit: the same path as closing the window, then the window closes. */
    public void exit() {
        if (closing()) {
            stage.close();
        }
    }

    /**
     * What closing the window does, whether by its close button or File → Exit: asks about unsaved
     * changes, then stops a run (no engine thread or bound port outlives the window), keeps the
     * window's looks for next time and drops its own recovery file (never another designer's).
     * False when the user cancelled.
     */
    private boolean closing() {
        if (!files.confirmDiscard()) {
            return false;
        }
        runs.shutdown();
        settings.save(stage);
        settings.save("main", main);
        settings.save("centre", centre);
        autosave.close();
        return true;
    }

    private CheckMenuItem legendItem;

    private javafx.scene.control.MenuBar menus() {
        Menu recent = new Menu(TEXTS.get("menu.recent"));
        recent.setOnShowing(e -> recent.getItems().setAll(files.recent().list().stream().map(p -> {
            MenuItem item = new MenuItem(p.toString());
            item.setOnAction(a -> files.openWithPrompt(p));
            return item;
        }).toList()));
        recent.getItems().add(new MenuItem(TEXTS.get("menu.recent.none")));
        darkItem = new CheckMenuItem(TEXTS.get("menu.dark"));
        darkItem.setSelected(dark);
        darkItem.setOnAction(e -> theme(darkItem.isSelected()));
        legendItem = new CheckMenuItem(TEXTS.get("menu.legend"));
        legendItem.setSelected(true);
        legend.visibleProperty().bind(legendItem.selectedProperty());
        return MainMenus.build(actions, recent, List.of(darkItem, legendItem, LanguageMenu.build(this::setLanguage)));
    }

    private ToolBar toolbar() {
        // The speed control and the clock are kept: they hold the run's speed and time.
        clock.setId("run-clock");
        clock.textProperty().bind(runs.clockProperty());
        LazyTooltip.install(clock, () -> new Tooltip(TEXTS.get("clock.tip")));
        clock.setMinWidth(Region.USE_PREF_SIZE);
        ToolBar bar = new ToolBar(button("new"), button("open"), button("save"), button("undo"), button("redo"),
                button("fit"), button("tidy-up"), new Separator(), button("run-start"), button("run-pause"), button("run-step"),
                button("run-stop"), explainButton(), new Separator(), speed.view(), new Separator(), clock);
        bar.setId("toolbar");
        return bar;
    }

    /**
     * The explainer's button says its question in words (a student looks for it by what it asks),
     * briefly, so the speed control still fits a 1024-pixel toolbar; the tooltip asks it whole.
     */
    private javafx.scene.control.Button explainButton() {
        javafx.scene.control.Button button = button(org.zmqdesigner.app.explain.ExplainAction.ID);
        button.textProperty().bind(org.zmqdesigner.app.explain.ExplainAction.toolbarText());
        return button;
    }

    private javafx.scene.control.Button button(String action) {
        return ActionControls.button(actions.get(action));
    }

    private void openSample() {
        if (files.refusedWhileRunning()) {
            return;
        }
        SampleGallery.choose(stage).ifPresent(sample -> {
            if (files.openSample(sample.file())) {
                canvas.fitToView();
            }
        });
    }

    private void exportPicture(String kind) {
        PictureExportCommand.run(kind, stage, document, canvas, files.folders(), status::setText);
    }

    /** Light or dark: AtlantaFX's Primer themes, with the canvas following; remembered for next time. */
    public void theme(boolean darkTheme) {
        this.dark = darkTheme;
        settings.dark(darkTheme);
        if (darkItem != null) {
            darkItem.setSelected(darkTheme);
        }
        Application.setUserAgentStylesheet(themeStylesheet(darkTheme));
        stage.getScene().getRoot().getStyleClass().removeAll("theme-dark", "theme-light");
        stage.getScene().getRoot().getStyleClass().add(darkTheme ? "theme-dark" : "theme-light");
        canvas.setDark(darkTheme);
    }

    /** AtlantaFX's Primer theme, light or dark: the window's user-agent stylesheet. */
    static String themeStylesheet(boolean darkTheme) {
        return darkTheme ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
    }

    public boolean isDark() {
        return dark;
    }

    public Label status() {
        return status;
    }

    /**
     * The first time the Code tab is shown in this window, the panel under the canvas grows to
     * half the height if it is smaller: at the default split it shows six lines, not enough to
     * read a program. After that the user's divider, remembered between launches, is left alone.
     */
    private void makeRoomForCode() {
        if (roomMadeForCode || centre == null) {
            return;
        }
        roomMadeForCode = true;
        if (centre.getDividerPositions().length > 0 && centre.getDividerPositions()[0] > CODE_DIVIDER) {
            centre.setDividerPositions(CODE_DIVIDER);
        }
    }

}
