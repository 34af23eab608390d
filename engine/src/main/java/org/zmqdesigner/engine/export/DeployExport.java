package org.zmqdesigner.engine.export;

/** Being written (issue 12). */
public final class DeployExport implements Exporter {
    @Override
    public ExportTree export(DesignPlan plan) {
        throw new UnsupportedOperationException("DeployExport is being written");
    }
}
