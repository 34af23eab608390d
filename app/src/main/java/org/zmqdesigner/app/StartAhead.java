package org.zmqdesigner.app;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.FutureTask;
import java.util.prefs.Preferences;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.css.Stylesheet;
import org.zmqdesigner.app.settings.LanguageChoice;
import org.zmqdesigner.app.settings.WindowSettings;
import org.zmqdesigner.engine.format.SampleLibrary;
import org.zmqdesigner.engine.format.TopologyFiles;
import org.zmqdesigner.engine.model.Topology;
import org.zmqdesigner.engine.text.Language;
import org.zmqdesigner.engine.text.Texts;
import org.zmqdesigner.engine.validate.Validator;

/**
 * Start-up work that needs no JavaFX, begun on a thread of its own from {@code main} while JavaFX
 * starts its toolkit, so it runs on the second core instead of on the FX thread after it: reading
 * the user's preferences (an XML file, and the XML parser's first use), the text bundles in the
 * language chosen there, and the design the window opens with (the file format's first use sets up
 * its YAML parser, about 100 ms of CPU), validated once so the validator is ready too.
 * The FX thread then takes the design read here when it asks for the same file ({@link #take}),
 * and finds the preferences already loaded.
 *
 * <p>Only the parsed topology is handed over. A file that could not be read is read again on the
 * FX thread, so its error is worded in the language the user chose, which is only known once the
 * preferences have been read there. Anything that goes wrong here only means the FX thread does
 * the work itself, as it would without this class.
 */
final class StartAhead {

    private static final String BUNDLE = "messages.properties";
    private static volatile StartAhead begun;

    private final Path file;
    private final FutureTask<Optional<Topology>> design;
    /** Done once the theme's stylesheet was read here (or could not be): see {@link #awaitTheme}. */
    private final CountDownLatch themeRead = new CountDownLatch(1);

    private StartAhead(Path file) {
        this.file = file;
        this.design = new FutureTask<>(() -> {
            Preferences preferences;
            try {
                // Loads the user's preferences file once; the window's reads then find it in memory.
                preferences = Preferences.userNodeForPackage(DesignerApp.class);
                preferences.keys();
                readTheme(new WindowSettings(preferences).dark());
            } finally {
                themeRead.countDown();
            }
            readTexts(Language.closest(new LanguageChoice(preferences).saved().orElse(Language.current())));
            if (file == null) {
                return Optional.empty();
            }
            try {
                Topology topology = new TopologyFiles().load(file);
                // The window validates it again on the FX thread; this run only readies the
                // validator's classes and texts there (the result is dropped).
                try {
                    new Validator().validate(topology);
                } catch (RuntimeException e) {
                    // The FX thread's own validation reports whatever this was.
                }
                return Optional.of(topology);
            } catch (Exception e) {
                return Optional.empty();
            }
        });
    }

    /**
     * Reads the theme's binary stylesheet once and drops it. JavaFX reads it again on the FX thread
     * when the window sets it as the user-agent stylesheet (there is no way to hand it over), but
     * by then the classes that decode a stylesheet are loaded and initialised, and their hot code
     * compiled: on this machine that read took 80–150 ms of the FX thread's start, most of it
     * first-use cost.
     */
    private static void readTheme(boolean dark) {
        try {
            // A resource path, as JavaFX resolves a user-agent stylesheet.
            String bss = (dark ? new PrimerDark() : new PrimerLight()).getUserAgentStylesheetBSS();
            URL url = bss == null ? null : PrimerLight.class.getResource(bss);
            if (url != null) {
                Stylesheet.loadBinary(url);
            }
        } catch (IOException | RuntimeException e) {
            // Then the FX thread reads it cold, as it would anyway.
        }
    }

    /**
     * Waits until the theme's stylesheet was read ahead (a few hundred milliseconds at most), so
     * that JavaFX's style classes, whose registries are not thread-safe, are only ever used by one
     * thread at a time: call before anything that styles a node, from {@code Application.init}.
     */
    static void awaitTheme() {
        StartAhead ahead = begun;
        if (ahead == null) {
            return;
        }
        try {
            ahead.themeRead.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Reads the text bundles of the designer and the engine in the language the window will speak
     * into the JDK's bundle cache, where {@link Texts} finds them (every panel reads its words at
     * start). Only from jars, as installed; a classes folder (development) is left alone.
     */
    private static void readTexts(Locale language) {
        for (Class<?> anchor : List.of(DesignerApp.class, Texts.class)) {
            try {
                Path jar = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
                if (!Files.isRegularFile(jar)) {
                    continue;
                }
                List<String> bundles;
                try (ZipFile zip = new ZipFile(jar.toFile())) {
                    bundles = zip.stream().map(ZipEntry::getName).filter(n -> n.endsWith("/" + BUNDLE))
                            .map(n -> n.substring(0, n.length() - ".properties".length()).replace('/', '.')).toList();
                }
                for (String bundle : bundles) {
                    try {
                        Texts.named(bundle, anchor.getClassLoader()).bundle(language);
                    } catch (RuntimeException e) {
                        // Then the panel that needs it reads it (and reports it) itself.
                    }
                }
            } catch (IOException | URISyntaxException | RuntimeException e) {
                // Then each panel reads its bundle itself, as it would anyway.
            }
        }
    }

    /** Begins reading ahead for a start with these command-line arguments. */
    static void begin(String[] args) {
        StartAhead ahead = new StartAhead(initialFile(unnamed(args)).map(StartAhead::absolute).orElse(null));
        Thread thread = new Thread(ahead.design, "zmq-designer-start-ahead");
        thread.setDaemon(true);
        begun = ahead;
        thread.start();
    }

    /**
     * Once JavaFX's toolkit is up (from {@code Application.init}, before {@code start}): reads the
     * icon font (Ikonli's resolver loads it when its class is first used) on another core while
     * the FX thread builds the window, whose first icon would otherwise read it there.
     */
    static void toolkitStarted() {
        Thread thread = new Thread(() -> {
            try {
                org.kordamp.ikonli.javafx.IkonResolver.getInstance();
            } catch (RuntimeException | LinkageError e) {
                // Then the first icon loads the font on the FX thread, as it would anyway.
            }
        }, "zmq-designer-icon-font");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * The design read ahead from {@code path}, waiting for it if it is still being read; empty when
     * nothing was read ahead for that file or it could not be read (the caller then reads it). Once.
     */
    static Optional<Topology> take(Path path) {
        StartAhead ahead = begun;
        if (ahead == null || ahead.file == null || !ahead.file.equals(absolute(path))) {
            return Optional.empty();
        }
        begun = null;
        try {
            return ahead.design.get();
        } catch (ExecutionException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /**
     * The file the window opens with: the first unnamed argument, else the first-start sample
     * when the samples are installed.
     */
    static Optional<Path> initialFile(List<String> unnamed) {
        if (!unnamed.isEmpty()) {
            return Optional.of(Path.of(unnamed.get(0)));
        }
        return SampleLibrary.discover().map(library -> library.folder().resolve(DesignerApp.FIRST_SAMPLE))
                .filter(p -> p.toFile().isFile());
    }

    /** The arguments JavaFX calls unnamed: all but {@code --name=value}. */
    private static List<String> unnamed(String[] args) {
        return java.util.Arrays.stream(args).filter(a -> !(a.startsWith("--") && a.indexOf('=') > 2)).toList();
    }

    private static Path absolute(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
