package org.zmqdesigner.app.files;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;
import org.zmqdesigner.app.document.DesignDocument;
import org.zmqdesigner.engine.model.Topology;

/**
 * Writes this window's unsaved work to its own recovery file every little while, atomically,
 * and deletes it when the work is saved or the window closes normally. The file is claimed in
 * the recovery folder at the first write and stays this instance's (locked) until it exits, so
 * other designers running at the same time never offer, delete or overwrite it.
 *
 * <p>The periodic write (an atomic save with fsync, which a slow disk can make take a while)
 * runs on a thread of its own, so the FX thread never waits for the disk while the user works.
 * A write and a clear exclude each other, and a write queued before the work was saved is
 * dropped, so saved work never comes back as a recovery file.
 */
public final class Autosave {

    public static final Duration PERIOD = Duration.seconds(20);

    private final DesignDocument document;
    private final RecoveryFolder folder;
    private final Timeline timeline;
    private final ExecutorService ownWriter;
    private final Executor writer;
    /** Guards the recovery file: one write or clear at a time. */
    private final Object fileLock = new Object();
    /** Bumped by every clear; a queued write made before it is stale. */
    private long clears;
    private volatile RecoveryFile own;

    public Autosave(DesignDocument document, RecoveryFolder folder) {
        this(document, folder, null);
    }

    /** With the executor that runs the periodic writes (a test's, to see when they happen); null for our own thread. */
    Autosave(DesignDocument document, RecoveryFolder folder, Executor writes) {
        this.ownWriter = writes != null ? null : Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "zmq-designer-autosave");
            t.setDaemon(true);
            return t;
        });
        this.writer = writes != null ? writes : ownWriter;
        this.document = document;
        this.folder = folder;
        this.timeline = new Timeline(new KeyFrame(PERIOD, e -> saveInBackground()));
        timeline.setCycleCount(Timeline.INDEFINITE);
        document.dirtyProperty().addListener((o, was, dirty) -> {
            if (!dirty) {
                synchronized (fileLock) {
                    clears++;
                    if (own != null) {
                        own.clear();
                    }
                }
            }
        });
    }

    public RecoveryFolder folder() {
        return folder;
    }

    public void start() {
        timeline.play();
    }

    /** The timer's write: the design as it is now, written off the FX thread. */
    void saveInBackground() {
        if (!document.isDirty()) {
            return;
        }
        Topology snapshot = document.topology();
        long asOf;
        synchronized (fileLock) {
            asOf = clears;
        }
        writer.execute(() -> {
            synchronized (fileLock) {
                if (clears == asOf) {
                    write(snapshot);
                }
            }
        });
    }

    /**
     * Writes the recovery file now, on the calling thread, if there are unsaved changes (restoring
     * a recovery file needs its copy on disk before the old one goes). True when the work is now
     * on disk (or there was nothing unsaved), false when it could not be written.
     */
    public boolean saveNow() {
        if (!document.isDirty()) {
            return true;
        }
        Topology snapshot = document.topology();
        synchronized (fileLock) {
            return write(snapshot);
        }
    }

    private boolean write(Topology topology) {
        try {
            if (own == null) {
                own = folder.claim();
            }
            own.write(topology);
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
        if (ownWriter != null) {
            ownWriter.shutdownNow();
        }
        synchronized (fileLock) {
            clears++;
            if (own != null) {
                own.discard();
                own = null;
            }
        }
    }
}
