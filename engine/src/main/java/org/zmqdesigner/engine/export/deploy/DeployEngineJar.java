package org.zmqdesigner.engine.export.deploy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.jar.JarFile;

/**
 * The engine's runnable jar, to copy into a deployment: the jar this code runs from when it is the
 * runnable one (the CLI's {@code zmq-designer-engine.jar}), else the one {@code ZMQ_DESIGNER_JAR}
 * names. The designer runs from the plain module jar, which cannot run alone, and tests from a
 * classes folder: neither is copied, and the export's README says where to get the jar.
 */
final class DeployEngineJar {

    static final String MAIN_CLASS = "org.zmqdesigner.engine.cli.Main";

    private DeployEngineJar() {
    }

    static Optional<Path> find() {
        Optional<Path> own = own();
        if (own.isPresent()) {
            return own;
        }
        String configured = System.getenv(LauncherScript.JAR_VARIABLE);
        return configured == null || configured.isBlank() ? Optional.empty()
                : Optional.of(Path.of(configured)).filter(DeployEngineJar::runnable);
    }

    private static Optional<Path> own() {
        try {
            var source = DeployEngineJar.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            return Optional.of(Path.of(source.getLocation().toURI())).filter(DeployEngineJar::runnable);
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** A regular file that is a jar whose manifest starts the engine's command line. */
    static boolean runnable(Path path) {
        if (!Files.isRegularFile(path)) {
            return false;
        }
        try (JarFile jar = new JarFile(path.toFile())) {
            return jar.getManifest() != null
                    && MAIN_CLASS.equals(jar.getManifest().getMainAttributes().getValue("Main-Class"));
        } catch (IOException e) {
            return false;
        }
    }
}
