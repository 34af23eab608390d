package org.zmqdesigner.engine.export.python;

import org.zmqdesigner.engine.export.DesignPlan;
import org.zmqdesigner.engine.export.NodePlan;
import org.zmqdesigner.engine.export.SafeDefaults;

/** The README of a Python export: what the files are, how to run them, and the export's notes. */
final class PythonReadme {
    private PythonReadme() {
    }

    static String text(DesignPlan plan, PythonNames names) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(plain(plan.name())).append(" (Python)\n\n");
        md.append("Exported by ZMQ Designer: one pyzmq program per node of the design, each readable like the\n"
                + "zguide's Python examples, and one that runs them all.\n\n");
        md.append("## Run it\n\n");
        md.append("You need Python 3 and pyzmq: `pip install pyzmq`, or on Debian and Ubuntu\n"
                + "`sudo apt install python3-zmq`.\n\n");
        md.append("    python3 run_all.py               # every node at once, until Ctrl-C\n");
        md.append("    python3 run_all.py --seconds 10  # ... for ten seconds\n\n");
        md.append("`run_all.py` runs each node on its own thread, all sharing one ZeroMQ context (inproc\n"
                + "endpoints only connect within one context), starts late joiners as late as the design says,\n"
                + "and at the end prints what each node sent and received (the last line, `SUMMARY`, as JSON).\n\n");
        md.append("Each node also runs alone, with its own context: `python3 NODE.py [--seconds N]`, for instance\n"
                + "against the designer running the other nodes (`java -jar zmq-designer-engine.jar run FILE\n"
                + "--only NODE,...`) or against the zguide's own programs. Over inproc a node only meets nodes of\n"
                + "the same process, so run those with `run_all.py`.\n\n");
        md.append("| Script | Node | Pattern |\n|---|---|---|\n");
        for (NodePlan node : plan.nodes()) {
            md.append("| `").append(names.module(node.id())).append(".py` | ").append(cell(node.id())).append(" | ")
                    .append(cell(node.pattern())).append(" |\n");
        }
        md.append("\n`zmqdesigner_support.py` holds what they share: the payload templates ({seq}, {rand:MIN..MAX},\n"
                + "{cycle:A|B}, {pick:A|B}, {payload}, {node}, {time}), the safe defaults every socket gets\n"
                + "(MAXMSGSIZE " + SafeDefaults.MAX_MSG_SIZE + " bytes, HANDSHAKE_IVL " + SafeDefaults.HANDSHAKE_MILLIS
                + " ms, LINGER " + SafeDefaults.LINGER_MILLIS + " ms), and starting,\n"
                + "stopping and counting.\n\n");
        md.append("## What to know\n\n");
        md.append("- The nodes behave as the designer's run does; random choices (`{rand}`, `{pick}`, a responder's\n"
                + "  faults and reply counts) come from Python's generator, so a seeded responder repeats its own\n"
                + "  run but not the designer's exact sequence.\n");
        md.append("- Under `run_all.py` a node that finished its work keeps its sockets open until the end, as in\n"
                + "  the designer; alone, it keeps them a second (what it queued still goes out) and exits.\n");
        md.append("- Stopping terminates the context: every blocking call raises `zmq.ContextTerminated` and each\n"
                + "  node closes its sockets, as the zguide's interrupt examples do.\n");
        if (!plan.notes().isEmpty()) {
            md.append("\n## Notes\n\n");
            for (String note : plan.notes()) {
                md.append("- ").append(plain(note)).append('\n');
            }
        }
        return md.toString();
    }

    /**
     * One line of text: control characters (a newline would end a heading or a list item) and
     * invisible formatting ones (a right-to-left override would turn what follows around) become spaces.
     */
    private static String plain(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c)
                || Character.getType(c) == Character.FORMAT ? ' ' : c));
        return out.toString();
    }

    private static String cell(String text) {
        return plain(text).replace("|", "\\|");
    }
}
