package org.zmqdesigner.engine.export;

import java.util.Locale;

/** What a design can be exported as; the CLI's {@code --to} word is the lower-case name. */
public enum ExportTarget {
    /** A Maven project of JeroMQ programs, one class per node. */
    JAVA,
    /** One pyzmq script per node and one that starts them all. */
    PYTHON,
    /** Per host: a launcher running the engine, Compose files and Kubernetes manifests. */
    DEPLOY;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
