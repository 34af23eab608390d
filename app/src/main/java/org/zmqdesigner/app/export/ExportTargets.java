package org.zmqdesigner.app.export;

import org.zmqdesigner.engine.export.ExportTarget;

/** Each export target in the designer's words: its title and one line on what you get. */
public final class ExportTargets {

    private ExportTargets() {
    }

    public static String title(ExportTarget target) {
        return switch (target) {
            case JAVA -> "Java project";
            case PYTHON -> "Python scripts";
            case DEPLOY -> "Deployment";
        };
    }

    public static String whatYouGet(ExportTarget target) {
        return switch (target) {
            case JAVA -> "A Maven project using only JeroMQ: one class per node and a Main that starts them all."
                    + " Build it with mvn package.";
            case PYTHON -> "One pyzmq script per node and one that starts them all. Run them with python3"
                    + " (pip install pyzmq).";
            case DEPLOY -> "Per host: a launcher that runs its nodes with this engine, Docker Compose files and"
                    + " Kubernetes manifests.";
        };
    }
}
