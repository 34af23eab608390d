package org.zmqdesigner.engine.export;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.zmqdesigner.engine.io.AtomicFile;

/**
 * The one place an export reaches the disk. Each file is written atomically with {@link AtomicFile}
 * (a symlink to a file is followed and stays a link; a device, FIFO or folder in the way is
 * refused), and programs are made executable (0755) where the file system has POSIX permissions.
 *
 * <p>The folder is created when missing. A folder that already holds anything is refused unless
 * {@code force}: then the files the export writes are overwritten and every other file is left as
 * it was (an export does not clean up what an earlier one wrote). Nothing is ever written outside
 * the folder: every file's real destination, symlinks in the folder followed, must lie inside the
 * folder's real path, or the whole export is refused before anything is written. So a symlinked
 * subfolder or file pointing out of the folder is refused, and one pointing elsewhere inside it
 * is followed.
 */
public final class ExportWriter {

    private static final String PROGRAM_PERMISSIONS = "rwxr-xr-x";

    /** The export cannot be written where asked; when thrown before writing began, nothing was written. */
    public static final class RefusedException extends IOException {
        public RefusedException(String message) {
            super(message);
        }
    }

    private ExportWriter() {
    }

    /** Writes every file of {@code tree} under {@code dir}; returns the paths written, in the tree's order. */
    public static List<Path> write(ExportTree tree, Path dir, boolean force) throws IOException {
        Path folder = dir.toAbsolutePath().normalize();
        prepare(folder, force);
        Path real = folder.toRealPath();
        List<Path> targets = new ArrayList<>();
        for (ExportedFile file : tree.files()) {
            targets.add(checked(folder, real, file));
        }
        List<Path> written = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            ExportedFile file = tree.files().get(i);
            Path target = targets.get(i);
            try {
                AtomicFile.write(target, file.content());
                if (file.executable()) {
                    makeExecutable(target);
                }
            } catch (AccessDeniedException e) {
                throw new RefusedException("cannot write " + target + ": permission denied (" + written.size()
                        + " of " + targets.size() + " files were written)");
            } catch (FileSystemException e) {
                throw new RefusedException("cannot write " + target + ": " + reason(e) + " (" + written.size()
                        + " of " + targets.size() + " files were written)");
            }
            written.add(target);
        }
        return List.copyOf(written);
    }

    /** The folder exists, is a folder we may write to, and is empty unless {@code force}. */
    private static void prepare(Path folder, boolean force) throws IOException {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new RefusedException(folder + " is not a folder (" + (Files.isRegularFile(folder) ? "it is a file"
                    : "it is a device, a pipe or a socket") + "); export into a folder, new or empty.");
        }
        if (!Files.exists(folder)) {
            try {
                Files.createDirectories(folder);
            } catch (FileSystemException e) {
                throw new RefusedException("cannot create the folder " + folder + ": " + reason(e));
            }
            return;
        }
        if (readOnly(folder)) {
            throw new RefusedException(folder + " is read-only; make it writable or export into another folder.");
        }
        boolean empty;
        try (Stream<Path> entries = Files.list(folder)) {
            empty = entries.findAny().isEmpty();
        }
        if (!empty && !force) {
            throw new RefusedException(folder + " is not empty. Export into a new or empty folder, or use --force"
                    + " to overwrite the files the export writes there (other files are left as they are).");
        }
    }

    /** Where a file goes: under the folder's real path, whatever symlinks lie on the way, or refused. */
    private static Path checked(Path folder, Path real, ExportedFile file) throws IOException {
        Path target = folder.resolve(file.path()).normalize();
        Path existing = target;
        while (!Files.exists(existing, LinkOption.NOFOLLOW_LINKS) && !existing.equals(folder)) {
            existing = existing.getParent();
        }
        Path resolved;
        try {
            resolved = existing.toRealPath().resolve(existing.relativize(target)).normalize();
        } catch (IOException e) {
            // A dangling symlink: where it points is not there yet; follow its text.
            resolved = existing.getParent().toRealPath().resolve(Files.readSymbolicLink(existing)).normalize();
        }
        if (!resolved.startsWith(real)) {
            throw new RefusedException(file.path() + " would be written to " + resolved + ", outside " + folder
                    + " (a symbolic link in the folder points out of it); nothing was written.");
        }
        if (Files.isDirectory(target)) {
            throw new RefusedException(target + " is a folder where the export writes a file; nothing was written.");
        }
        return target;
    }

    private static boolean readOnly(Path folder) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(folder, PosixFileAttributeView.class);
        if (view != null) {
            return !view.readAttributes().permissions().contains(PosixFilePermission.OWNER_WRITE);
        }
        return !Files.isWritable(folder);
    }

    private static void makeExecutable(Path target) throws IOException {
        Path real = target.toRealPath();
        if (Files.getFileAttributeView(real, PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(real, PosixFilePermissions.fromString(PROGRAM_PERMISSIONS));
        }
    }

    private static String reason(FileSystemException e) {
        return e.getReason() != null ? e.getReason() : e.getClass().getSimpleName();
    }
}
