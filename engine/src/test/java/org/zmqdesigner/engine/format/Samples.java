package org.zmqdesigner.engine.format;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The shipped samples folder, as surefire passes it (or as seen from the engine module). */
public final class Samples {
    private Samples() {
    }

    public static Path folder() {
        String configured = System.getProperty(SampleLibrary.PROPERTY);
        return configured != null ? Path.of(configured) : Path.of("../samples");
    }

    public static List<Path> files() throws IOException {
        try (Stream<Path> listing = Files.list(folder())) {
            return listing.filter(p -> p.toString().endsWith(TopologyFormat.EXTENSION)).sorted().toList();
        }
    }

    public static Path file(String name) {
        return folder().resolve(name + TopologyFormat.EXTENSION);
    }
}
