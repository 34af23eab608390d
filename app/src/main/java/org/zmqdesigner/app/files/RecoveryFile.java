package org.zmqdesigner.app.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.zmqdesigner.engine.format.TopologyFiles;
import org.zmqdesigner.engine.format.TopologyLoadException;
import org.zmqdesigner.engine.model.Topology;

/**
 * One recovery file together with the lock that makes it this instance's: either the file this
 * designer writes its unsaved work to, or one a crashed designer left, taken over so that no
 * other instance offers it at the same time. Nothing here touches JavaFX.
 *
 * <p>The lock sits on a separate {@code .lock} file beside the work: the work is written by an
 * atomic rename, which puts a new file at the path each time, and a lock on the old one would
 * guard nothing.
 */
public final class RecoveryFile {

    private final Path file;
    private final OwnerLock lock;
    private final TopologyFiles files = new TopologyFiles();

    RecoveryFile(Path file, OwnerLock lock) {
        this.file = file;
        this.lock = lock;
    }

    /** Where the work is (it may not exist yet, or any more). */
    public Path file() {
        return file;
    }

    /** When the work was last written, if it is there. */
    public Optional<Instant> savedAt() {
        try {
            return Optional.of(Files.getLastModifiedTime(file).toInstant());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Writes the work, atomically (a crash mid-write leaves the previous version whole). */
    public void write(Topology topology) throws IOException {
        files.save(topology, file);
    }

    /** The work; the loader's message (file, line, column, what is wrong) when it cannot be read. */
    public Topology read() throws TopologyLoadException {
        return files.load(file);
    }

    /** Deletes the work but keeps holding the lock: the owner saved, and goes on. */
    public void clear() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            System.getLogger(RecoveryFile.class.getName()).log(System.Logger.Level.WARNING,
                    "could not delete the recovery file " + file, e);
        }
    }

    /** Deletes the work and its lock file, and lets go: it was restored, declined, or its owner exited. */
    public void discard() {
        clear();
        lock.releaseAndDelete();
    }

    /** Lets go of the lock and leaves the work where it is, to be offered again at the next start. */
    public void release() {
        lock.release();
    }

    /**
     * Moves work that cannot be read into the folder's {@code unreadable} folder, where it is kept
     * but no longer offered at every start, and lets go. Empty when it could not be moved: it then
     * stays where it was (and is offered again next time).
     */
    public Optional<Path> setAside() {
        Path aside = file.resolveSibling(RecoveryFolder.UNREADABLE).resolve(file.getFileName());
        try {
            Files.createDirectories(aside.getParent());
            Files.move(file, aside);
            lock.releaseAndDelete();
            return Optional.of(aside);
        } catch (IOException e) {
            System.getLogger(RecoveryFile.class.getName()).log(System.Logger.Level.WARNING,
                    "could not move the unreadable recovery file " + file + " aside", e);
            lock.release();
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return file.toString();
    }
}
