package org.zmqdesigner.engine.export;

/** Turns a validated design into files, in memory; {@link ExportWriter} puts them on disk. */
public interface Exporter {
    ExportTree export(DesignPlan plan) throws ExportRefusedException;
}
