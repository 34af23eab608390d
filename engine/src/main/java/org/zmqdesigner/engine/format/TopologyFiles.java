package org.zmqdesigner.engine.format;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.zmqdesigner.engine.io.AtomicFile;
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
        AtomicFile.write(file, format.write(topology).getBytes(StandardCharsets.UTF_8));
    }
}
