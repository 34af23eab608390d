package org.zmqdesigner.engine.format;

import java.io.IOException;
import java.io.InputStream;
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

    /**
     * With the one shared format: building a format's Jackson mapper and readers costs about
     * 100 ms of the designer's start each time, and a built format is immutable and thread-safe.
     */
    public TopologyFiles() {
        this(SharedFormat.FORMAT);
    }

    public TopologyFiles(TopologyFormat format) {
        this.format = format;
    }

    /** Built on first use, once. */
    private static final class SharedFormat {
        static final TopologyFormat FORMAT = new TopologyFormat();
    }

    public TopologyFormat format() {
        return format;
    }

    /**
     * Reads a topology file. Only a regular file is read (a symlink to one is fine): a device such
     * as /dev/zero never ends and a FIFO blocks until someone writes, so neither is opened. The
     * read is bounded whatever the file system says its size is.
     */
    public Topology load(Path file) throws TopologyLoadException {
        return format.read(bytesOf(file), file.toString());
    }

    /**
     * The bytes of a file of ours (a topology, a lesson, a lesson's texts), read by the rules
     * above: a regular file only, and bounded.
     */
    public static byte[] bytesOf(Path file) throws TopologyLoadException {
        String source = file.toString();
        try {
            if (Files.isDirectory(file)) {
                throw new TopologyLoadException(source, 0, 0, "", LoadTexts.get("file.folder"));
            }
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                throw new TopologyLoadException(source, 0, 0, "", LoadTexts.get("file.notRegular"));
            }
            long size = Files.size(file);
            if (size > TopologyFormat.MAX_FILE_BYTES) {
                throw TopologyFormat.tooLarge(source, size);
            }
            return readAtMost(file, TopologyFormat.MAX_FILE_BYTES, source);
        } catch (NoSuchFileException e) {
            throw new TopologyLoadException(source, 0, 0, "", LoadTexts.get("file.missing"));
        } catch (AccessDeniedException e) {
            throw new TopologyLoadException(source, 0, 0, "", LoadTexts.get("file.permission"));
        } catch (IOException e) {
            throw new TopologyLoadException(source, 0, 0, "", LoadTexts.get("file.unreadable", e.getMessage()));
        }
    }

    /** The file's bytes, refusing it once more than {@code limit} arrive (it may grow while read). */
    private static byte[] readAtMost(Path file, long limit, String source) throws IOException, TopologyLoadException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) limit + 1);
            if (bytes.length > limit) {
                throw TopologyFormat.tooLarge(source, bytes.length);
            }
            return bytes;
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
