package org.zmqdesigner.app.files;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import javafx.stage.FileChooser;

/**
 * Where file dialogs start: the folder last used in any of them (open, save, export, trace CSV),
 * else the user's Documents folder, else home; never the working directory, which for a
 * launched app is wherever it was started from (the build folder, say). Remembered across starts.
 */
public final class Folders {

    static final String KEY = "lastFolder";

    private final Preferences preferences;
    private final Path home;

    /** {@code home} is injectable so tests need not touch the real user's folders or settings. */
    public Folders(Preferences preferences, Path home) {
        this.preferences = preferences;
        this.home = home;
    }

    public static Folders forUser(Preferences preferences) {
        return new Folders(preferences, Path.of(System.getProperty("user.home")));
    }

    /** The folder a dialog should open in now. */
    public Path initial() {
        String last = preferences.get(KEY, null);
        if (last != null && Files.isDirectory(Path.of(last))) {
            return Path.of(last);
        }
        Path documents = home.resolve("Documents");
        return Files.isDirectory(documents) ? documents : home;
    }

    /** A file was chosen (opened or written): its folder is where the next dialog starts. */
    public void remember(Path file) {
        Path folder = Files.isDirectory(file) ? file : file.toAbsolutePath().getParent();
        if (folder != null) {
            preferences.put(KEY, folder.toAbsolutePath().toString());
        }
    }

    /** A file chooser that starts in {@link #initial()}. */
    public FileChooser chooser(String title, FileChooser.ExtensionFilter filter) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(filter);
        Path folder = initial();
        if (Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }
}
