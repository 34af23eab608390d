package org.zmqdesigner.app;

import java.nio.file.Path;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.zmqdesigner.app.document.DesignDocument;
import org.zmqdesigner.app.files.RecoveryFolder;
import org.zmqdesigner.app.files.RecentFiles;
import org.zmqdesigner.app.settings.LanguageChoice;
import org.zmqdesigner.app.settings.WindowSettings;
import org.zmqdesigner.engine.format.SampleLibrary;
import org.zmqdesigner.engine.format.TopologyFiles;
import org.zmqdesigner.engine.format.TopologyLoadException;
import org.zmqdesigner.engine.model.Topology;

/**
 * Starts the designer: a file named on the command line, else the pipeline sample, on the
 * canvas; work left by designers that crashed is offered back first. With {@code --smoke} it
 * checks itself instead ({@link Smoke}).
 */
public final class DesignerApp extends Application {

    public static final String TITLE = "ZMQ Designer";
    /** The sample shown at first start, so there is something to look at and run. */
    public static final String FIRST_SAMPLE = "pipeline.zmqtopo";

    private DesignerWindow window;

    @Override
    public void init() {
        StartPhases.mark("toolkit");
        StartAhead.awaitTheme();
        StartPhases.mark("theme-read");
        StartAhead.toolkitStarted();
    }

    @Override
    public void start(Stage stage) {
        if (Smoke.active()) {
            Smoke.start(stage);
            return;
        }
        StartPhases.mark("start");
        window = open(stage, initialFile(), RecoveryFolder.forThisUser().path(),
                Preferences.userNodeForPackage(DesignerApp.class));
        StartPhases.mark("built");
        stage.show();
        StartPhases.mark("shown");
        Platform.runLater(() -> {
            window.canvas().fitToView();
            window.offerRecovery();
            window.autosave().start();
            StartProbe.armIfAsked(window);
        });
    }

    /** Builds the window around a design; used by start and by UI tests. */
    public static DesignerWindow open(Stage stage, Optional<Path> file, Path recoveryFolder, Preferences preferences) {
        // Before any text is read: the language chosen last time, else the system's.
        new LanguageChoice(preferences).restore();
        // The theme before the first control: a control's class, when no theme is set yet, loads
        // JavaFX's own (Modena), which the window would only replace (7 % of the FX thread's start in a profile).
        Application.setUserAgentStylesheet(DesignerWindow.themeStylesheet(new WindowSettings(preferences).dark()));
        StartPhases.mark("theme");
        DesignDocument document = new DesignDocument(Topology.EMPTY);
        DesignerWindow window = new DesignerWindow(stage, document, new RecentFiles(preferences), recoveryFolder,
                preferences);
        StartPhases.mark("window");
        window.setInspector(Inspectors.create(document));
        file.ifPresent(path -> {
            try {
                Topology topology = StartAhead.take(path).orElse(null);
                if (topology == null) {
                    topology = new TopologyFiles().load(path);
                }
                boolean sample = path.getParent() != null && SampleLibrary.discover()
                        .map(l -> l.folder().toAbsolutePath().equals(path.toAbsolutePath().getParent())).orElse(false);
                document.replace(topology, sample ? null : path);
            } catch (TopologyLoadException e) {
                window.status().setText(e.getMessage());
            }
        });
        return window;
    }

    private Optional<Path> initialFile() {
        return StartAhead.initialFile(getParameters().getUnnamed());
    }

    public static void main(String[] args) {
        if (Smoke.requested(java.util.List.of(args))) {
            Smoke.launch(args);
        } else {
            StartPhases.mark("main");
            // The preferences and the design are read on another core while JavaFX starts.
            StartAhead.begin(args);
            launch(args);
        }
    }
}
