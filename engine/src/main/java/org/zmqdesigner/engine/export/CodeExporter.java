package org.zmqdesigner.engine.export;

/** An exporter to source code, which can also give one node's program alone (the designer's live code view). */
public interface CodeExporter extends Exporter {
    /** The file holding {@code nodeId}'s program, exactly as {@link #export} writes it. */
    ExportedFile nodeSource(DesignPlan plan, String nodeId);
}
