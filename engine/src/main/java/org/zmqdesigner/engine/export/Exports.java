package org.zmqdesigner.engine.export;

import org.zmqdesigner.engine.export.deploy.DeployExport;
import org.zmqdesigner.engine.export.java.JavaExport;
import org.zmqdesigner.engine.export.python.PythonExport;

import org.zmqdesigner.engine.model.Topology;

/** The one door to exporting, for the CLI and the designer alike. */
public final class Exports {
    private Exports() {
    }

    public static Exporter exporter(ExportTarget target) {
        return switch (target) {
            case JAVA -> new JavaExport();
            case PYTHON -> new PythonExport();
            case DEPLOY -> new DeployExport();
        };
    }

    /** The code exporter for {@code target}, which must be {@link ExportTarget#JAVA} or {@link ExportTarget#PYTHON}. */
    public static CodeExporter code(ExportTarget target) {
        if (exporter(target) instanceof CodeExporter code) {
            return code;
        }
        throw new IllegalArgumentException(target.word() + " is not a programming language");
    }

    /** Validates {@code topology} and exports it; refused, writing nothing, when the design has errors. */
    public static ExportTree export(Topology topology, String name, ExportTarget target) throws ExportRefusedException {
        return exporter(target).export(DesignPlan.of(topology, name));
    }
}
