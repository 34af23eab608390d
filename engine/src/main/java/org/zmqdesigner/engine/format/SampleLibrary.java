package org.zmqdesigner.engine.format;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.zmqdesigner.engine.model.DominantFamily;
import org.zmqdesigner.engine.model.SocketType;
import org.zmqdesigner.engine.model.Topology;

/**
 * The sample topologies shipped in {@code samples/}. The folder is the system property
 * {@code zmqdesigner.samples} when set (build tools and installers set it), else the first
 * {@code samples} folder found from the working directory upwards.
 */
public final class SampleLibrary {

    public static final String PROPERTY = "zmqdesigner.samples";

    /** One sample file with its title and description, or the reason it cannot be loaded. */
    public record Sample(Path file, String title, String description, Topology topology, String problem) {
        public boolean loaded() {
            return topology != null;
        }

        public String name() {
            String file = this.file.getFileName().toString();
            return file.endsWith(TopologyFormat.EXTENSION)
                    ? file.substring(0, file.length() - TopologyFormat.EXTENSION.length()) : file;
        }

        /** The pattern family the sample is about, from its sockets; empty when it did not load. */
        public Optional<SocketType.Family> family() {
            return loaded() ? DominantFamily.of(topology) : Optional.empty();
        }
    }

    private final Path folder;

    public SampleLibrary(Path folder) {
        this.folder = folder;
    }

    public static Optional<SampleLibrary> discover() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            Path folder = Path.of(configured);
            return Files.isDirectory(folder) ? Optional.of(new SampleLibrary(folder.normalize())) : Optional.empty();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("samples");
            if (Files.isDirectory(candidate)) {
                return Optional.of(new SampleLibrary(candidate));
            }
        }
        return Optional.empty();
    }

    public Path folder() {
        return folder;
    }

    /**
     * Every {@code .zmqtopo} file in the folder, sorted by file name; broken ones say why. Titles and
     * descriptions are in the current language (see {@link SampleTexts}).
     */
    public List<Sample> samples() throws IOException {
        TopologyFiles files = new TopologyFiles();
        List<Sample> out = new ArrayList<>();
        try (Stream<Path> listing = Files.list(folder)) {
            for (Path file : listing.filter(p -> p.getFileName().toString().endsWith(TopologyFormat.EXTENSION))
                    .sorted().toList()) {
                try {
                    Topology topology = files.load(file);
                    SampleTexts texts = SampleTexts.of(file);
                    String title = texts.title(topology.title() == null ? file.getFileName().toString() : topology.title());
                    String description = texts.description(topology.description() == null ? "" : topology.description());
                    out.add(new Sample(file, title, description, topology, null));
                } catch (TopologyLoadException e) {
                    out.add(new Sample(file, file.getFileName().toString(), "", null, e.getMessage()));
                }
            }
        }
        return out;
    }
}
