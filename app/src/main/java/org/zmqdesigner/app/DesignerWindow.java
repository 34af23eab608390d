package org.zmqdesigner.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;
import org.zmqdesigner.app.canvas.CanvasView;
import org.zmqdesigner.app.commands.SelectionCommands;
import org.zmqdesigner.app.diagnostics.DiagnosticsView;
import org.zmqdesigner.app.document.DesignDocument;
import org.zmqdesigner.app.export.LegendView;
import org.zmqdesigner.app.export.PngExporter;
import org.zmqdesigner.app.export.SvgExporter;
import org.zmqdesigner.app.files.Autosave;
import org.zmqdesigner.app.files.FileActions;
import org.zmqdesigner.app.files.RecentFiles;
import org.zmqdesigner.app.files.SampleGallery;
import org.zmqdesigner.app.palette.NodeTemplates;
import org.zmqdesigner.app.palette.PaletteEntry;
import org.zmqdesigner.app.palette.PaletteView;
import org.zmqdesigner.engine.edit.AddElements;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.Position;
import org.zmqdesigner.engine.validate.Severity;

/**
 * The main window: palette left, canvas centre with problems, live chart and trace below,
 * inspector right, menus, toolbar and status bar. It only wires the parts together; each part owns its behaviour.
 */
public final class DesignerWindow {

    /** Where the speed slider ends: past 10× (log 1), a notch that means full speed. */
    private static final double FULL_SPEED_NOTCH = 1.4;

    private final Stage stage;
    private final DesignDocument document;
    private final CanvasView canvas;
    private final FileActions files;
    private final Autosave autosave;
    private final StackPane inspectorSlot = new StackPane();
    private final Label status = new Label();
    private final Label counts = new Label();
    private final LegendView legend = LegendView.strip();
    private final org.zmqdesigner.app.run.RunController runs;
    private final org.zmqdesigner.app.run.RunPanel runPanel;
    private boolean dark;

    public DesignerWindow(Stage stage, DesignDocument document, RecentFiles recent, Path recoveryFile) {
        this.stage = stage;
        this.document = document;
        this.canvas = new CanvasView(document);
        this.files = new FileActions(document, () -> stage, recent);
        this.autosave = new Autosave(document, recoveryFile);
        canvas.onStatus(status::setText);
        files.onStatus(status::setText);
        this.runPanel = new org.zmqdesigner.app.run.RunPanel();
        this.runs = new org.zmqdesigner.app.run.RunController(document, canvas, runPanel, status::setText);
        canvas.onPaletteDrop((key, at) -> add(PaletteEntry.valueOf(key), at));
        PaletteView palette = new PaletteView(entry -> add(entry, canvas.visibleCentre()));
        DiagnosticsView diagnostics = new DiagnosticsView(document);

        // The legend is docked under the canvas, never over it: it must not hide the design.
        BorderPane canvasArea = new BorderPane(canvas.view());
        canvasArea.setBottom(legend);
        legend.managedProperty().bind(legend.visibleProperty());
        runPanel.addProblemsTab(diagnostics.view());
        SplitPane centre = new SplitPane(canvasArea, runPanel.view());
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.68);
        inspectorSlot.setId("inspector-slot");
        inspectorSlot.setPrefWidth(320);
        inspectorSlot.setMinWidth(240);
        SplitPane main = new SplitPane(palette.view(), centre, inspectorSlot);
        main.setDividerPositions(0.16, 0.75);
        SplitPane.setResizableWithParent(palette.view(), false);
        SplitPane.setResizableWithParent(inspectorSlot, false);

        BorderPane root = new BorderPane(main);
        root.setTop(new VBox(menus(), toolbar()));
        root.setBottom(statusBar());
        Scene scene = new Scene(root, 1280, 800);
        scene.getStylesheets().add(DesignerWindow.class.getResource("designer.css").toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().bind(Bindings.createStringBinding(() -> "ZMQ Designer — " + document.displayName()
                + (document.isDirty() ? " •" : ""), document.fileProperty(), document.dirtyProperty()));
        stage.setOnCloseRequest(e -> {
            if (!files.confirmDiscard()) {
                e.consume();
            } else {
                autosave.stop();
                autosave.discard();
                // Closing the window must not leave engine threads or bound ports behind.
                runs.run().ifPresent(org.zmqdesigner.engine.runtime.TopologyRun::stop);
            }
        });
        theme(false);
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

    /** The panel under the canvas: problems, the live chart and the message trace. */
    public org.zmqdesigner.app.run.RunPanel runPanel() {
        return runPanel;
    }

    public org.zmqdesigner.app.run.RunController runs() {
        return runs;
    }

    public void setInspector(javafx.scene.Node inspector) {
        inspectorSlot.getChildren().setAll(inspector);
    }

    /**
     * Adds the palette entry's node at the free grid point nearest a canvas point
     * ({@link org.zmqdesigner.app.layout.FreeSpot}), and selects it.
     */
    public Node add(PaletteEntry entry, Point2D at) {
        Node template = NodeTemplates.create(entry, document.topology(), Position.ORIGIN);
        Node node = template.withPosition(org.zmqdesigner.app.layout.FreeSpot.near(document.topology(), template, at));
        if (document.apply(AddElements.node(node, "Add " + entry.title() + " " + entry.role()))) {
            document.selectOnly(node.id());
            status.setText("Added " + node.id() + ". Drag from a socket's port to another socket to link them.");
        }
        return node;
    }

    /** Lays the design out by data flow, one undo step, and shows all of it. */
    public void tidyUp() {
        status.setText(org.zmqdesigner.app.layout.LayoutCommands.tidyUp(document));
        canvas.fitToView();
    }

    private MenuBar menus() {
        Menu file = new Menu("_File");
        Menu recent = new Menu("Open _Recent");
        recent.setOnShowing(e -> recent.getItems().setAll(files.recent().list().stream().map(p -> {
            MenuItem item = new MenuItem(p.toString());
            item.setOnAction(a -> files.openWithPrompt(p));
            return item;
        }).toList()));
        recent.getItems().add(new MenuItem("(none)"));
        file.getItems().addAll(
                item("_New", "Shortcut+N", files::newDesign),
                item("_Open…", "Shortcut+O", files::open),
                item("Open _Sample…", null, this::openSample),
                recent,
                new SeparatorMenuItem(),
                item("_Save", "Shortcut+S", files::save),
                item("Save _As…", "Shortcut+Shift+S", files::saveAs),
                new SeparatorMenuItem(),
                item("Export _PNG…", null, () -> exportPicture("png")),
                item("Export S_VG…", null, () -> exportPicture("svg")),
                new SeparatorMenuItem(),
                item("E_xit", null, () -> {
                    if (files.confirmDiscard()) {
                        autosave.stop();
                        autosave.discard();
                        stage.close();
                    }
                }));
        Menu edit = new Menu("_Edit");
        MenuItem undo = item("Undo", "Shortcut+Z", document::undo);
        undo.setId("menu-undo");
        undo.textProperty().bind(document.undoTextProperty());
        undo.disableProperty().bind(document.canUndoProperty().not());
        MenuItem redo = item("Redo", "Shortcut+Y", document::redo);
        redo.setId("menu-redo");
        redo.textProperty().bind(document.redoTextProperty());
        redo.disableProperty().bind(document.canRedoProperty().not());
        edit.getItems().addAll(undo, redo, new SeparatorMenuItem(),
                item("_Copy", "Shortcut+C", () -> SelectionCommands.copy(document)),
                item("_Paste", "Shortcut+V", () -> SelectionCommands.paste(document)),
                item("_Duplicate", "Shortcut+D", () -> SelectionCommands.duplicate(document)),
                item("De_lete", "Delete", () -> SelectionCommands.delete(document)),
                item("_Rename", "F2", canvas::renameSelected),
                new SeparatorMenuItem(),
                item("_Tidy Up", "Shortcut+Shift+L", this::tidyUp),
                new SeparatorMenuItem(),
                item("Select _All", "Shortcut+A", () -> document.select(SelectionCommands.allIds(document.topology()))));
        Menu view = new Menu("_View");
        CheckMenuItem darkItem = new CheckMenuItem("_Dark theme");
        darkItem.setOnAction(e -> theme(darkItem.isSelected()));
        CheckMenuItem legendItem = new CheckMenuItem("_Legend");
        legendItem.setSelected(true);
        legend.visibleProperty().bind(legendItem.selectedProperty());
        view.getItems().addAll(
                item("_Fit to View", "Shortcut+0", canvas::fitToView),
                item("Zoom _In", "Shortcut+PLUS", () -> canvas.zoomBy(1.2, canvas.view().getWidth() / 2,
                        canvas.view().getHeight() / 2)),
                item("Zoom _Out", "Shortcut+MINUS", () -> canvas.zoomBy(1 / 1.2, canvas.view().getWidth() / 2,
                        canvas.view().getHeight() / 2)),
                new SeparatorMenuItem(), darkItem, legendItem);
        MenuBar bar = new MenuBar(file, edit, view);
        bar.setId("menu-bar");
        return bar;
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private ToolBar toolbar() {
        Button undo = iconButton(MaterialDesignU.UNDO, "Undo (Ctrl+Z)", document::undo);
        undo.disableProperty().bind(document.canUndoProperty().not());
        Button redo = iconButton(MaterialDesignR.REDO, "Redo (Ctrl+Y)", document::redo);
        redo.disableProperty().bind(document.canRedoProperty().not());
        Button run = iconButton(org.kordamp.ikonli.materialdesign2.MaterialDesignP.PLAY, "Run (F5)", runs::start);
        run.setId("run-start");
        run.disableProperty().bind(runs.runningProperty().or(runs.busyProperty()));
        Button pause = iconButton(org.kordamp.ikonli.materialdesign2.MaterialDesignP.PAUSE, "Pause / resume",
                () -> runs.run().ifPresent(r -> {
                    if (r.paused()) {
                        runs.resume();
                    } else {
                        runs.pause();
                    }
                }));
        pause.setId("run-pause");
        pause.disableProperty().bind(runs.runningProperty().not());
        Button step = iconButton(org.kordamp.ikonli.materialdesign2.MaterialDesignS.SKIP_NEXT,
                "Step: one message from the first source", runs::step);
        step.setId("run-step");
        step.disableProperty().bind(runs.runningProperty().not());
        Button stop = iconButton(org.kordamp.ikonli.materialdesign2.MaterialDesignS.STOP, "Stop (Shift+F5)",
                runs::stop);
        stop.setId("run-stop");
        stop.disableProperty().bind(runs.runningProperty().not().or(runs.busyProperty()));
        // Logarithmic from 0.05× to 10×; the last notch past 10× is full speed (no pacing at all).
        javafx.scene.control.Slider speed = new javafx.scene.control.Slider(Math.log10(0.05), FULL_SPEED_NOTCH, 0);
        speed.setId("run-speed");
        speed.setPrefWidth(130);
        Label speedLabel = new Label("1×");
        speedLabel.setId("run-speed-label");
        speed.valueProperty().addListener((o, was, now) -> {
            double position = now.doubleValue();
            double multiplier = position >= FULL_SPEED_NOTCH - 0.15 ? org.zmqdesigner.engine.runtime.TopologyRun.FULL_SPEED
                    : Math.pow(10, Math.min(1, position));
            runs.setSpeed(multiplier);
            speedLabel.setText(Double.isInfinite(multiplier) ? "full speed" : multiplier < 1
                    ? String.format("%.2f×", multiplier) : String.format("%.1f×", multiplier));
        });
        speed.setTooltip(new Tooltip("Speed: slow motion (0.05×) to 10×, then full speed (sources unpaced, no"
                + " work delays); scales source rates and work delays"));
        Label clock = new Label();
        clock.setId("run-clock");
        clock.textProperty().bind(runs.clockProperty());
        ToolBar bar = new ToolBar(
                iconButton(MaterialDesignF.FILE_OUTLINE, "New (Ctrl+N)", files::newDesign),
                iconButton(MaterialDesignF.FOLDER_OPEN_OUTLINE, "Open (Ctrl+O)", files::open),
                iconButton(MaterialDesignC.CONTENT_SAVE_OUTLINE, "Save (Ctrl+S)", files::save),
                undo, redo,
                iconButton(MaterialDesignF.FIT_TO_PAGE_OUTLINE, "Fit to view (Ctrl+0)", canvas::fitToView),
                iconButton(org.kordamp.ikonli.materialdesign2.MaterialDesignS.SITEMAP,
                        "Tidy up: lay out by data flow (Ctrl+Shift+L)", this::tidyUp),
                new javafx.scene.control.Separator(), run, pause, step, stop, speed, speedLabel, clock);
        bar.setId("toolbar");
        return bar;
    }

    private static Button iconButton(org.kordamp.ikonli.Ikon icon, String tip, Runnable action) {
        Button button = new Button(null, new FontIcon(icon));
        button.setTooltip(new Tooltip(tip));
        button.getStyleClass().add("flat");
        button.setOnAction(e -> action.run());
        return button;
    }

    private HBox statusBar() {
        status.setId("status");
        counts.setId("status-counts");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(12, status, spacer, counts);
        bar.getStyleClass().add("status-bar");
        updateCounts();
        document.topologyProperty().addListener((o, was, now) -> updateCounts());
        document.lastErrorProperty().addListener((o, was, now) -> {
            if (!now.isEmpty()) {
                status.setText(now);
            }
        });
        return bar;
    }

    private void updateCounts() {
        long errors = document.diagnosticsProperty().get().stream().filter(d -> d.severity() == Severity.ERROR).count();
        long warnings = document.diagnosticsProperty().get().stream()
                .filter(d -> d.severity() == Severity.WARNING).count();
        counts.setText(document.topology().nodes().size() + " nodes · " + document.topology().links().size()
                + " links · " + errors + " errors · " + warnings + " warnings");
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
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export " + kind.toUpperCase());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind.toUpperCase() + " picture", "*." + kind));
        chooser.setInitialFileName(org.zmqdesigner.app.export.PictureNames.suggested(document.fileProperty().get(),
                document.topology().title(), kind));
        java.io.File file = chooser.showSaveDialog(stage);
        if (file == null) {
            return;
        }
        try {
            if (kind.equals("svg")) {
                SvgExporter.write(document.topology(), file.toPath());
            } else {
                org.zmqdesigner.app.export.DesignPicture.write(canvas, file.toPath(), PngExporter.DEFAULT_SCALE);
            }
            status.setText("Exported " + file);
        } catch (java.io.IOException | RuntimeException e) {
            status.setText("Export failed: " + e.getMessage());
        }
    }

    /** Light or dark: AtlantaFX's Primer themes, with the canvas following. */
    public void theme(boolean darkTheme) {
        this.dark = darkTheme;
        Application.setUserAgentStylesheet(darkTheme ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        stage.getScene().getRoot().getStyleClass().removeAll("theme-dark", "theme-light");
        stage.getScene().getRoot().getStyleClass().add(darkTheme ? "theme-dark" : "theme-light");
        canvas.setDark(darkTheme);
    }

    public boolean isDark() {
        return dark;
    }

    public Label status() {
        return status;
    }

    static KeyCodeCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }
}
