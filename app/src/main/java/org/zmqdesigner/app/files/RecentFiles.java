package org.zmqdesigner.app.files;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/** The last files opened or saved, newest first, kept in the user's preferences. */
public final class RecentFiles {
    private static final int LIMIT = 8;
    private static final String KEY = "recent";

    private final Preferences preferences;

    public RecentFiles(Preferences preferences) {
        this.preferences = preferences;
    }

    public List<Path> list() {
        List<Path> out = new ArrayList<>();
        for (String line : preferences.get(KEY, "").split("\n")) {
            if (!line.isBlank() && Files.exists(Path.of(line))) {
                out.add(Path.of(line));
            }
        }
        return out;
    }

    public void add(Path file) {
        List<Path> files = new ArrayList<>(list());
        Path absolute = file.toAbsolutePath().normalize();
        files.remove(absolute);
        files.add(0, absolute);
        List<String> lines = files.stream().limit(LIMIT).map(Path::toString).toList();
        preferences.put(KEY, String.join("\n", lines));
    }
}
