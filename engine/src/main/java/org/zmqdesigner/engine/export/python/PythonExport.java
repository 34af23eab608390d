package org.zmqdesigner.engine.export.python;

import static org.zmqdesigner.engine.export.python.PythonLiterals.string;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.zmqdesigner.engine.export.CodeExporter;
import org.zmqdesigner.engine.export.DesignPlan;
import org.zmqdesigner.engine.export.ExportTree;
import org.zmqdesigner.engine.export.ExportedFile;
import org.zmqdesigner.engine.export.NodePlan;
import org.zmqdesigner.engine.model.Behaviour;

/**
 * The design as pyzmq programs: one script per node ({@code <node id>.py}, runnable alone), a
 * shared {@code zmqdesigner_support.py} (payload templates, safe socket defaults, starting and
 * stopping), {@code run_all.py} running every node on its own thread in one context, and a README.
 * Python 3 and pyzmq only; every user string enters the code through {@link PythonLiterals}.
 */
public final class PythonExport implements CodeExporter {

    static final String SUPPORT = "zmqdesigner_support.py";
    static final String RUN_ALL = "run_all.py";
    static final String README = "README.md";

    private static final String SUPPORT_TEXT = resource(SUPPORT);

    @Override
    public ExportTree export(DesignPlan plan) {
        PythonNames names = new PythonNames(plan);
        ExportTree.Builder tree = new ExportTree.Builder();
        for (NodePlan node : plan.nodes()) {
            tree.add(script(plan, node, names));
        }
        tree.add(ExportedFile.text(SUPPORT, SUPPORT_TEXT));
        tree.add(ExportedFile.program(RUN_ALL, runAll(plan, names)));
        tree.add(ExportedFile.text(README, PythonReadme.text(plan, names)));
        return tree.notes(plan.notes()).build();
    }

    @Override
    public ExportedFile nodeSource(DesignPlan plan, String nodeId) {
        NodePlan node = plan.node(nodeId)
                .orElseThrow(() -> new IllegalArgumentException("the design has no node " + nodeId));
        return script(plan, node, new PythonNames(plan));
    }

    private static ExportedFile script(DesignPlan plan, NodePlan node, PythonNames names) {
        String module = names.module(node.id());
        return ExportedFile.program(module + ".py", new PythonNodeScript(plan, node, module).render());
    }

    private static String runAll(DesignPlan plan, PythonNames names) {
        PythonSource py = new PythonSource();
        py.line("#!/usr/bin/env python3");
        py.line("\"\"\"Runs every node of the design " + PythonLiterals.escaped("'" + plan.name() + "'") + " at once.");
        py.blank();
        py.line("Each node runs on its own thread, all sharing ONE ZeroMQ context: inproc endpoints only");
        py.line("connect within one context. A node with a start delay starts that much later (a late");
        py.line("joiner). At the end each node's counts are printed; the last line, SUMMARY, is the same as");
        py.line("JSON for programs.");
        py.blank();
        py.line("    python3 run_all.py               runs until Ctrl-C");
        py.line("    python3 run_all.py --seconds 10  stops after ten seconds");
        py.line("\"\"\"");
        py.blank();
        py.line("import zmqdesigner_support as support");
        py.blank();
        for (NodePlan node : plan.nodes()) {
            py.line("import " + names.module(node.id()));
        }
        py.blank();
        py.comment("Each node: its id in the design, the function that runs it, its start delay in ms, and whether"
                + " it has a count (or an until) to reach: once every such node is done, the run ends by itself,"
                + " as the designer's run command does.");
        py.open("NODES = [");
        for (NodePlan node : plan.nodes()) {
            py.line("(" + string(node.id()) + ", " + names.module(node.id()) + ".run, " + node.startDelayMs() + ", "
                    + (counted(node) ? "True" : "False") + "),");
        }
        py.close();
        py.line("]");
        py.blank();
        py.open("if __name__ == \"__main__\":");
        py.line("args = support.arguments(\"Runs every node of the design \" + " + string(plan.name()) + " + \".\")");
        py.line("support.run_nodes(NODES, args.seconds)");
        py.close();
        return py.toString();
    }

    /** Whether the node works towards an end: a source or sink with a count, a sink with an until. */
    static boolean counted(NodePlan node) {
        return node.behaviour() instanceof Behaviour.Source s && s.count() != null
                || node.behaviour() instanceof Behaviour.Sink k && (k.count() != null || k.until() != null);
    }

    private static String resource(String name) {
        try (InputStream in = PythonExport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the engine");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
