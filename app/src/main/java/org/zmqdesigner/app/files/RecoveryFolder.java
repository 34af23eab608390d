package org.zmqdesigner.app.files;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.zmqdesigner.engine.format.TopologyFormat;

/**
 * The folder where every running designer keeps its unsaved work, one recovery file per instance
 * ({@code designer-PID-RANDOM.zmqtopo}), each guarded by a lock file beside it that its instance
 * holds for as long as it runs. A file whose lock is free belongs to a designer that is gone (it
 * crashed or was killed: the operating system dropped its lock), and only such files are offered
 * back; a live designer's file is never read, offered, deleted or overwritten by another.
 * Nothing here touches JavaFX.
 */
public final class RecoveryFolder {

    /** The system property naming another recovery folder than the user's (tests use their own). */
    public static final String PROPERTY = "zmqdesigner.recovery";
    /** Where work that cannot be read is moved, kept but no longer offered. */
    static final String UNREADABLE = "unreadable";
    private static final String LOCK = ".lock";
    /**
     * A lock file with no work beside it and no owner is removed only when older than this: a
     * designer creates its lock file and locks it within microseconds, and must not lose it to
     * another's sweep in between.
     */
    private static final Duration STALE_LOCK_AGE = Duration.ofMinutes(1);

    private final Path folder;

    public RecoveryFolder(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    /**
     * Where recovery files live unless {@link #PROPERTY} says otherwise: the user's home, out of
     * the way.
     */
    public static Path defaultLocation() {
        String configured = System.getProperty(PROPERTY);
        return configured != null ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".zmq-designer", "recovery");
    }

    /**
     * The folder at {@link #defaultLocation()}. With the default folder, the single recovery file
     * designers wrote before each had its own ({@code ~/.zmq-designer/recovery.zmqtopo}) is moved
     * in first, so work from a crash of an earlier version is still offered.
     */
    public static RecoveryFolder forThisUser() {
        RecoveryFolder folder = new RecoveryFolder(defaultLocation());
        if (System.getProperty(PROPERTY) == null) {
            Path earlier = Path.of(System.getProperty("user.home"), ".zmq-designer", "recovery.zmqtopo");
            try {
                folder.takeIn(earlier);
            } catch (IOException e) {
                System.getLogger(RecoveryFolder.class.getName()).log(System.Logger.Level.WARNING,
                        "could not move " + earlier + " into " + folder.path(), e);
            }
        }
        return folder;
    }

    /**
     * Moves a recovery file from elsewhere into the folder, where (having no owner) it is offered
     * like any crashed designer's work. Nothing happens if there is no such file.
     */
    public void takeIn(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return;
        }
        createFolder();
        String name = "designer-earlier-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        Files.move(file, folder.resolve(name + TopologyFormat.EXTENSION));
    }

    public Path path() {
        return folder;
    }

    /** A new recovery file for this instance, locked until it is discarded or the process ends. */
    public RecoveryFile claim() throws IOException {
        createFolder();
        String pid = Long.toString(ProcessHandle.current().pid());
        // Names are random: a clash (another instance, or a crashed one whose pid came back)
        // only means another try.
        for (int attempt = 0; attempt < 100; attempt++) {
            String name = "designer-" + pid + "-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
            Path work = folder.resolve(name + TopologyFormat.EXTENSION);
            if (Files.exists(work)) {
                continue;
            }
            try {
                Optional<OwnerLock> lock = OwnerLock.tryTake(folder.resolve(name + LOCK), true);
                if (lock.isPresent()) {
                    return new RecoveryFile(work, lock.get());
                }
            } catch (FileAlreadyExistsException e) {
                // taken by another instance a moment ago
            }
        }
        throw new IOException("no free recovery file name in " + folder);
    }

    /**
     * Work left by designers that are gone, newest first, each now locked by this instance so no
     * other offers it meanwhile: the caller restores, discards, sets aside or releases every one.
     * Files of live designers are skipped. Lock files left by designers that crashed with nothing
     * unsaved are removed on the way.
     */
    public List<RecoveryFile> leftBehind() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> work = new ArrayList<>();
        List<Path> locks = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder)) {
            entries.forEach(p -> {
                String name = p.getFileName().toString();
                // AtomicFile's temporary files start with a dot; they are never work.
                if (name.startsWith(".") || !Files.isRegularFile(p)) {
                    return;
                }
                if (name.endsWith(TopologyFormat.EXTENSION)) {
                    work.add(p);
                } else if (name.endsWith(LOCK)) {
                    locks.add(p);
                }
            });
        }
        work.sort(Comparator.comparing(RecoveryFolder::modified).reversed());
        List<RecoveryFile> left = new ArrayList<>();
        for (Path file : work) {
            Optional<OwnerLock> lock = OwnerLock.tryTake(lockOf(file), false);
            if (lock.isEmpty()) {
                continue; // its designer is running
            }
            if (Files.exists(file)) {
                left.add(new RecoveryFile(file, lock.get()));
            } else {
                // Another designer took it over and dealt with it while this one looked.
                lock.get().releaseAndDelete();
            }
        }
        for (Path lockFile : locks) {
            if (!Files.exists(workOf(lockFile)) && olderThan(lockFile, STALE_LOCK_AGE)) {
                OwnerLock.tryTake(lockFile, false).ifPresent(OwnerLock::releaseAndDelete);
            }
        }
        return left;
    }

    /** Unsaved work is private: the folder is the user's alone (on systems with POSIX permissions). */
    private void createFolder() throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(folder);
        }
    }

    private static Path lockOf(Path work) {
        String name = work.getFileName().toString();
        return work.resolveSibling(name.substring(0, name.length() - TopologyFormat.EXTENSION.length()) + LOCK);
    }

    private static Path workOf(Path lock) {
        String name = lock.getFileName().toString();
        return lock.resolveSibling(name.substring(0, name.length() - LOCK.length()) + TopologyFormat.EXTENSION);
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static boolean olderThan(Path file, Duration age) {
        return modified(file).toInstant().isBefore(Instant.now().minus(age));
    }
}
