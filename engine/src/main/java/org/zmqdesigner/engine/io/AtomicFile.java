package org.zmqdesigner.engine.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Objects;
import java.util.Set;

/**
 * The one way this product writes a file: readers see the old content or the new, never a mix,
 * and after a crash or power loss the new content is there in full once the call returned.
 *
 * <p>The content goes to a temporary file in the destination's folder (same file system, so the
 * move is a rename), is forced to disk, is moved over the destination, and the folder itself is
 * forced so the rename survives a power loss. The temporary file never outlives the call, and a
 * failure while writing leaves the destination as it was.
 *
 * <p>Like any careful tool it writes what the user meant, not what happens to be at the path:
 * <ul>
 *   <li>a symlink is followed to the real file, which gets the content; the link stays a link;
 *   <li>a device, FIFO, socket or folder is refused: {@code --report /dev/null} run as root must
 *       not turn the device into a regular file;
 *   <li>the file keeps its permissions (and, where allowed, its owner and group);
 *   <li>a read-only file (no write permission for its owner) is refused, not overwritten;
 *   <li>a file with several hard links is rewritten in place, so every name still shows the new
 *       content; that write is not atomic, which is what keeping the links costs.
 * </ul>
 */
public final class AtomicFile {

    /** Fills the temporary file; it exists, empty, when called. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Path temp) throws IOException;
    }

    /** The path cannot be written the way the user would expect; nothing was changed. */
    public static final class RefusedException extends IOException {
        RefusedException(Path path, String why) {
            super(path + " " + why);
        }
    }

    private AtomicFile() {
    }

    public static void write(Path file, byte[] bytes) throws IOException {
        Objects.requireNonNull(bytes, "bytes");
        write(file, temp -> {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            }
        });
    }

    public static void write(Path file, Content content) throws IOException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(content, "content");
        Path target = realTarget(file.toAbsolutePath());
        PosixFileAttributes existing = Files.exists(target, LinkOption.NOFOLLOW_LINKS) ? posix(target) : null;
        if (existing != null) {
            if (existing.permissions().stream().noneMatch(p -> p == PosixFilePermission.OWNER_WRITE)) {
                throw new RefusedException(file, "is read-only; make it writable or choose another name");
            }
        }
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try {
            content.writeTo(temp);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            if (existing != null && linkCount(target) > 1) {
                copyInPlace(temp, target);
                return;
            }
            if (existing != null) {
                keepAttributes(existing, temp);
            } else if (Files.getFileAttributeView(temp, PosixFileAttributeView.class) != null) {
                // A temporary file is private (0600); a new file gets what editors give it under the usual umask.
                Files.setPosixFilePermissions(temp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            forceFolder(dir);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The file a path names: symlinks followed; refuses what is not a regular file. */
    private static Path realTarget(Path path) throws IOException {
        Path target = path;
        for (int hops = 0; Files.isSymbolicLink(target); hops++) {
            if (hops > 40) {
                throw new RefusedException(path, "is a loop of symbolic links");
            }
            Path link = Files.readSymbolicLink(target);
            target = target.resolveSibling(link).normalize();
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            String what = Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS) ? "is a folder"
                    : "is not a regular file (a device, a pipe or a socket)";
            throw new RefusedException(path, what + ", so nothing was written to it");
        }
        return target;
    }

    private static PosixFileAttributes posix(Path file) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        return view == null ? null : view.readAttributes();
    }

    private static int linkCount(Path file) {
        try {
            Object count = Files.getAttribute(file, "unix:nlink", LinkOption.NOFOLLOW_LINKS);
            return count instanceof Integer n ? n : 1;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return 1;
        }
    }

    /** The new file takes the old one's permissions, and its owner and group where we may set them. */
    private static void keepAttributes(PosixFileAttributes old, Path temp) throws IOException {
        Set<PosixFilePermission> permissions = old.permissions();
        Files.setPosixFilePermissions(temp, permissions);
        try {
            PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
            view.setGroup(old.group());
            view.setOwner(old.owner());
        } catch (IOException | SecurityException e) {
            // Only a privileged user may give a file away; the file then belongs to whoever saved it.
        }
    }

    /** Keeps every hard link: the content is copied into the existing file, then forced to disk. */
    private static void copyInPlace(Path from, Path target) throws IOException {
        try (FileChannel in = FileChannel.open(from, StandardOpenOption.READ);
             FileChannel out = FileChannel.open(target, StandardOpenOption.WRITE)) {
            long size = in.size();
            long done = 0;
            while (done < size) {
                done += out.transferFrom(in, done, size - done);
            }
            out.truncate(size);
            out.force(true);
        }
    }

    /** Makes the rename durable. Not every platform lets a folder be opened (Windows does not). */
    private static void forceFolder(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // The file's own content is on disk; only the rename's durability is left to the OS.
        }
    }
}
