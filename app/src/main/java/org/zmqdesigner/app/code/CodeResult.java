package org.zmqdesigner.app.code;

import java.util.List;
import org.zmqdesigner.engine.export.DesignPlan;
import org.zmqdesigner.engine.export.ExportRefusedException;
import org.zmqdesigner.engine.export.ExportTarget;
import org.zmqdesigner.engine.export.ExportedFile;
import org.zmqdesigner.engine.export.Exports;
import org.zmqdesigner.engine.model.Topology;

/**
 * What the code view shows for one node: its program, the reasons the design cannot be exported
 * yet, or the exporter's own failure. Made off the FX thread; never throws, so an exporter bug
 * shows as words in the panel instead of taking the designer down.
 */
sealed interface CodeResult {

    /** The node's program, exactly as the export writes it. */
    record Code(String nodeId, ExportTarget target, ExportedFile file) implements CodeResult {
    }

    /** The design has errors: no code until they are fixed. */
    record Refused(List<String> reasons) implements CodeResult {
    }

    /** The exporter itself failed (a bug there, not in the design). */
    record Failed(ExportTarget target, String message) implements CodeResult {
    }

    /** What to render: a snapshot of the design (immutable, so safe to read on another thread). */
    record Request(Topology topology, String name, String nodeId, ExportTarget target) {
    }

    /** The node's program as the engine's exporter for the request's language makes it. */
    static CodeResult render(Request request) {
        return render(request, (plan, r) -> Exports.code(r.target()).nodeSource(plan, r.nodeId()));
    }

    /** The same with any exporter: whatever it throws becomes words. */
    static CodeResult render(Request request, java.util.function.BiFunction<DesignPlan, Request, ExportedFile> exporter) {
        try {
            DesignPlan plan = DesignPlan.of(request.topology(), request.name());
            return new Code(request.nodeId(), request.target(), exporter.apply(plan, request));
        } catch (ExportRefusedException e) {
            return new Refused(e.reasons());
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new Failed(request.target(), message);
        }
    }
}
