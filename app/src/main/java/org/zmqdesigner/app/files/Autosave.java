package org.zmqdesigner.app.files;

import java.io.IOException;
import java.util.Optional;
import java.nio.file.Path;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;
import org.zmqdesigner.app.document.DesignDocument;

/**
 * Writes this window's unsaved work to its own recovery file every little while, atomically,
 * and deletes it when the work is saved or the window closes normally. The file is claimed in
 * the recovery folder at the first write and stays this instance's (locked) until it exits, so
 * other designers running at the same time never offer, delete or overwrite it.
 */
public final class Autosave {

    public static final Duration PERIOD = Duration.seconds(20);

    private final DesignDocument document;
    private final RecoveryFolder folder;
    private final Timeline timeline;
    private RecoveryFile own;

    public Autosave(DesignDocument document, RecoveryFolder folder) {
        this.document = document;
        this.folder = folder;
        this.timeline = new Timeline(new KeyFrame(PERIOD, e -> saveNow()));
        timeline.setCycleCount(Timeline.INDEFINITE);
        document.dirtyProperty().addListener((o, was, dirty) -> {
            if (!dirty && own != null) {
                own.clear();
            }
        });
    }

    public RecoveryFolder folder() {
        return folder;
    }

    public void start() {
        timeline.play();
    }

    /**
     * Writes the recovery file if there are unsaved changes. True when the work is now on disk
     * (or there was nothing unsaved), false when it could not be written.
     */
    public boolean saveNow() {
        if (!document.isDirty()) {
            return true;
        }
        try {
            if (own == null) {
                own = folder.claim();
            }
            own.write(document.topology());
            return true;
        } catch (IOException e) {
            // Autosave is a safety net; failing it must never disturb the user's work.
            System.getLogger(Autosave.class.getName()).log(System.Logger.Level.WARNING,
                    "could not write a recovery file in " + folder.path(), e);
            return false;
        }
    }

    /** This instance's recovery file, once it has written one. */
    public Optional<Path> recoveryFile() {
        return Optional.ofNullable(own).map(RecoveryFile::file);
    }

    /** The window closes normally: nothing is left to recover, and the lock is let go. */
    public void close() {
        timeline.stop();
        if (own != null) {
            own.discard();
            own = null;
        }
    }
}
