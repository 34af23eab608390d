package org.zmqdesigner.engine.format;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.zmqdesigner.engine.model.Topology;

/** Loads and saves topology files; a save is atomic, so a crash never leaves half a file. */
public final class TopologyFiles {

    private final TopologyFormat format;

    public TopologyFiles() {
        this(new TopologyFormat());
    }

    public TopologyFiles(TopologyFormat format) {
        this.format = format;
    }

    public TopologyFormat format() {
        return format;
    }

    public Topology load(Path file) throws TopologyLoadException {
        String source = file.toString();
        try {
            if (Files.isDirectory(file)) {
                throw new TopologyLoadException(source, 0, 0, "", "is a folder, not a topology file");
            }
            long size = Files.size(file);
            if (size > TopologyFormat.MAX_FILE_BYTES) {
                throw TopologyFormat.tooLarge(source, size);
            }
            return format.read(Files.readAllBytes(file), source);
        } catch (NoSuchFileException e) {
            throw new TopologyLoadException(source, 0, 0, "", "no such file");
        } catch (AccessDeniedException e) {
            throw new TopologyLoadException(source, 0, 0, "", "permission denied: the file cannot be read");
        } catch (IOException e) {
            throw new TopologyLoadException(source, 0, 0, "", "could not be read: " + e.getMessage());
        }
    }

    /**
     * Writes the topology next to its destination, forces it to disk, then moves it over the
     * destination in one step: readers see the old file or the new one, never a mix.
     */
    public void save(Topology topology, Path file) throws IOException {
        byte[] bytes = format.write(topology).getBytes(StandardCharsets.UTF_8);
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
