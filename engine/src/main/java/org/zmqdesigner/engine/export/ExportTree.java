package org.zmqdesigner.engine.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an exporter produced, in memory: the files, in the order they were made, and notes to show
 * the user (what was changed on the way out and why, such as an ipc link exported as tcp).
 */
public record ExportTree(List<ExportedFile> files, List<String> notes) {
    public ExportTree {
        files = List.copyOf(files);
        notes = List.copyOf(notes);
        Map<String, ExportedFile> seen = new LinkedHashMap<>();
        for (ExportedFile file : files) {
            if (seen.put(file.path(), file) != null) {
                throw new IllegalArgumentException("two files at " + file.path());
            }
        }
    }

    public Optional<ExportedFile> file(String path) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst();
    }

    /** Collects files and notes; the paths must be unique. */
    public static final class Builder {
        private final List<ExportedFile> files = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();

        public Builder add(ExportedFile file) {
            files.add(file);
            return this;
        }

        public Builder note(String note) {
            if (!notes.contains(note)) {
                notes.add(note);
            }
            return this;
        }

        public Builder notes(List<String> more) {
            more.forEach(this::note);
            return this;
        }

        public ExportTree build() {
            return new ExportTree(files, notes);
        }
    }
}
