package org.zmqdesigner.app.files;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An operating-system lock on a lock file, held until released or until the process dies (the
 * kernel drops it then, however the process ended: that is how a crashed designer's work is told
 * from a live one's).
 *
 * <p>Java's file locks belong to the whole process, not to a channel: a second {@code tryLock}
 * on a file this JVM already locked throws {@link OverlappingFileLockException}, and on Linux
 * closing <em>any</em> channel on that file drops the process's lock on it. So a lock this JVM
 * holds (another window, or another test's instance) is answered from a JVM-wide set of held
 * paths, and such a file is never opened a second time.
 */
final class OwnerLock {

    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private OwnerLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Locks the file (creating it if missing; only if missing when {@code createNew}), or empty
     * when another process or another instance in this JVM holds it.
     */
    static Optional<OwnerLock> tryTake(Path file, boolean createNew) throws IOException {
        Path key = file.toAbsolutePath().normalize();
        if (!HELD.add(key)) {
            return Optional.empty();
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(key, StandardOpenOption.WRITE,
                    createNew ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return Optional.of(new OwnerLock(key, channel, lock));
            }
            channel.close();
            HELD.remove(key);
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            HELD.remove(key);
            if (e instanceof OverlappingFileLockException) {
                return Optional.empty();
            }
            throw e;
        }
    }

    Path file() {
        return file;
    }

    /** Lets go of the lock; the lock file stays. */
    void release() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // Closing the channel drops the lock whatever else went wrong.
            System.getLogger(OwnerLock.class.getName()).log(System.Logger.Level.WARNING,
                    "could not release " + file, e);
        } finally {
            HELD.remove(file);
        }
    }

    /**
     * Deletes the lock file, then lets go of the lock. In that order: another process that opened
     * the file meanwhile gets the lock on a file no longer in the folder, and checks for that.
     */
    void releaseAndDelete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            System.getLogger(OwnerLock.class.getName()).log(System.Logger.Level.WARNING,
                    "could not delete " + file, e);
        }
        release();
    }
}
