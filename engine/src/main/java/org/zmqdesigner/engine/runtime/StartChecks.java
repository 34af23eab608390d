package org.zmqdesigner.engine.runtime;

import java.util.List;
import org.zmqdesigner.engine.model.Topology;
import org.zmqdesigner.engine.text.Texts;
import org.zmqdesigner.engine.validate.Diagnostic;
import org.zmqdesigner.engine.validate.Severity;
import org.zmqdesigner.engine.validate.Validator;

/**
 * What refuses a run before a context, a thread or a socket exists: a design with errors (each
 * listed), an {@code --only} naming a node the design lacks, and a design that would not fit the
 * process's file-descriptor limit (past it JeroMQ would fail node after node).
 */
final class StartChecks {

    private StartChecks() {
    }

    /** @param limit the descriptor limit to check against; null: not checked */
    static void check(Topology topology, RunOptions options, DescriptorLimit limit) throws RunStartException {
        Texts texts = Texts.of(StartChecks.class);
        List<Diagnostic> diagnostics = new Validator().validate(topology);
        if (Validator.hasErrors(diagnostics)) {
            StringBuilder message = new StringBuilder(texts.get("start.designErrors"));
            diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).forEach(d ->
                    message.append("\n  ").append(d.code()).append(' ').append(d.element()).append(": ")
                            .append(d.explanation()));
            throw new RunStartException(message.toString());
        }
        for (String id : options.only()) {
            if (topology.node(id).isEmpty()) {
                throw new RunStartException(texts.get("start.onlyUnknown", id));
            }
        }
        if (limit != null) {
            limit.check(topology, options.only());
        }
    }
}
