package org.zmqdesigner.engine.export;

/** Being written (issue 12). */
public final class JavaExport implements CodeExporter {
    @Override
    public ExportTree export(DesignPlan plan) {
        throw new UnsupportedOperationException("JavaExport is being written");
    }

    @Override
    public ExportedFile nodeSource(DesignPlan plan, String nodeId) {
        throw new UnsupportedOperationException("JavaExport is being written");
    }
}
