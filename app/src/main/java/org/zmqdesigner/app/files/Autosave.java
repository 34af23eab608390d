package org.zmqdesigner.app.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;
import org.zmqdesigner.app.document.DesignDocument;
import org.zmqdesigner.engine.format.TopologyFiles;
import org.zmqdesigner.engine.format.TopologyLoadException;
import org.zmqdesigner.engine.model.Topology;

/**
 * Writes unsaved work to a recovery file every little while, atomically, and deletes it when the
 * work is saved or the window closes normally. A recovery file found at start means the last
 * session did not end well: the designer offers it back.
 */
public final class Autosave {

    public static final Duration PERIOD = Duration.seconds(20);

    private final DesignDocument document;
    private final Path recoveryFile;
    private final TopologyFiles files = new TopologyFiles();
    private final Timeline timeline;

    public Autosave(DesignDocument document, Path recoveryFile) {
        this.document = document;
        this.recoveryFile = recoveryFile;
        this.timeline = new Timeline(new KeyFrame(PERIOD, e -> saveNow()));
        timeline.setCycleCount(Timeline.INDEFINITE);
        document.dirtyProperty().addListener((o, was, dirty) -> {
            if (!dirty) {
                discard();
            }
        });
    }

    /** Where recovery files live unless told otherwise: the user's home, out of the way. */
    public static Path defaultLocation() {
        String configured = System.getProperty("zmqdesigner.recovery");
        return configured != null ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".zmq-designer", "recovery.zmqtopo");
    }

    public void start() {
        timeline.play();
    }

    public void stop() {
        timeline.stop();
    }

    /** Writes the recovery file if there are unsaved changes. */
    public void saveNow() {
        if (!document.isDirty()) {
            return;
        }
        try {
            files.save(document.topology(), recoveryFile);
        } catch (IOException e) {
            // Autosave is a safety net; failing it must never disturb the user's work.
            System.getLogger(Autosave.class.getName()).log(System.Logger.Level.WARNING,
                    "could not write the recovery file " + recoveryFile, e);
        }
    }

    /** The design left by a session that ended without saving, if there is one that loads. */
    public Optional<Topology> pending() {
        if (!Files.exists(recoveryFile)) {
            return Optional.empty();
        }
        try {
            return Optional.of(files.load(recoveryFile));
        } catch (TopologyLoadException e) {
            return Optional.empty();
        }
    }

    public Path recoveryFile() {
        return recoveryFile;
    }

    public void discard() {
        try {
            Files.deleteIfExists(recoveryFile);
        } catch (IOException e) {
            System.getLogger(Autosave.class.getName()).log(System.Logger.Level.WARNING,
                    "could not delete the recovery file " + recoveryFile, e);
        }
    }
}
