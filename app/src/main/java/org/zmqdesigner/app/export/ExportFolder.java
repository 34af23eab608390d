package org.zmqdesigner.app.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.zmqdesigner.engine.export.ExportTree;
import org.zmqdesigner.engine.export.ExportedFile;

/**
 * Puts an export on disk, for the designer. A stand-in with the signature of the engine's
 * {@code ExportWriter.write(tree, dir, force)} until that lands on main; then this only calls it.
 */
final class ExportFolder {

    private ExportFolder() {
    }

    /** How many entries {@code dir} already holds (0 when it does not exist). */
    static long existingEntries(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.count();
        }
    }

    /** Writes every file of {@code tree} under {@code dir}; refuses a non-empty folder unless {@code force}. */
    static void write(ExportTree tree, Path dir, boolean force) throws IOException {
        if (!force && existingEntries(dir) > 0) {
            throw new IOException(dir + " is not empty; nothing was written");
        }
        Files.createDirectories(dir);
        for (ExportedFile file : tree.files()) {
            Path target = dir.resolve(file.path()).normalize();
            if (!target.startsWith(dir.normalize())) {
                throw new IOException("refused to write outside " + dir + ": " + file.path());
            }
            Files.createDirectories(target.getParent());
            Files.write(target, file.content());
            PosixFileAttributeView posix = Files.getFileAttributeView(target, PosixFileAttributeView.class);
            if (file.executable() && posix != null) {
                Set<PosixFilePermission> permissions = EnumSet.copyOf(posix.readAttributes().permissions());
                permissions.addAll(Set.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
                        PosixFilePermission.OTHERS_EXECUTE));
                posix.setPermissions(permissions);
            }
        }
    }
}
