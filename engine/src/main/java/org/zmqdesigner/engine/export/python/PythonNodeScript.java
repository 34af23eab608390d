package org.zmqdesigner.engine.export.python;

import static org.zmqdesigner.engine.export.python.PythonLiterals.escaped;
import static org.zmqdesigner.engine.export.python.PythonLiterals.string;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.zmqdesigner.engine.export.DesignPlan;
import org.zmqdesigner.engine.export.NodePlan;
import org.zmqdesigner.engine.export.SocketPlan;
import org.zmqdesigner.engine.model.Behaviour;
import org.zmqdesigner.engine.model.Endpoint;
import org.zmqdesigner.engine.model.NodeKind;
import org.zmqdesigner.engine.model.SocketOption;
import org.zmqdesigner.engine.model.SocketType;
import org.zmqdesigner.engine.text.Language;

/**
 * One node's script: a docstring naming its pattern and each socket's role, a {@code run(context,
 * stop, counts)} that opens the sockets as the design says and runs the behaviour as a plain loop
 * ({@link PythonBehaviourCode}), and a main that runs it alone with its own context.
 */
final class PythonNodeScript {
    private final DesignPlan plan;
    private final NodePlan node;
    private final String module;
    private final Map<String, String> vars;
    private final PythonWatches watches;
    private final PythonSource py = new PythonSource();

    PythonNodeScript(DesignPlan plan, NodePlan node, String module) {
        this.plan = plan;
        this.node = node;
        this.module = module;
        this.vars = PythonNames.sockets(node);
        this.watches = new PythonWatches(plan, node, vars);
    }

    String render() {
        header();
        py.blank().blank();
        py.open("def run(context, stop, counts):");
        py.wrapped("\"\"\"", "", "Opens the node's sockets as the design says, then " + doing()
                + ", until stopped.\"\"\"");
        String reopened = lazyPirateSocket();
        for (SocketPlan socket : node.sockets()) {
            if (socket.id().equals(reopened)) {
                openFunction(socket);
            } else {
                py.line(var(socket) + " = support.open_socket(context, zmq." + socket.type().name() + ")");
                String monitor = watches.monitor(socket.id());
                if (monitor != null) {
                    py.comment("A monitor reports each connection of " + socket.id() + " whose handshake is done,"
                            + " and each disconnection; opened before binding and connecting, so that no"
                            + " connection goes unseen.");
                    py.line(monitor + " = " + var(socket) + ".get_monitor_socket(zmq.EVENT_HANDSHAKE_SUCCEEDED"
                            + " | zmq.EVENT_DISCONNECTED)");
                }
            }
        }
        if (node.sockets().isEmpty()) {
            new PythonBehaviourCode(py, node, vars, watches).write();
        } else {
            py.open("try:");
            for (SocketPlan socket : node.sockets()) {
                if (!socket.id().equals(reopened)) {
                    setUp(socket);
                }
            }
            new PythonBehaviourCode(py, node, vars, watches).write();
            py.close();
            py.open("finally:");
            for (SocketPlan socket : node.sockets()) {
                if (watches.monitor(socket.id()) != null) {
                    py.line(watches.monitor(socket.id()) + ".close()");
                }
                py.line(var(socket) + ".close()");
            }
            py.close();
        }
        py.close();
        py.blank().blank();
        py.open("if __name__ == \"__main__\":");
        py.line("support.main(NODE, run)");
        py.close();
        return py.toString();
    }

    private void header() {
        py.line("#!/usr/bin/env python3");
        py.wrapped("\"\"\"", "", "Node " + escaped(quoted(node.id())) + (node.node().name() == null ? ""
                : " (" + escaped(node.node().name()) + ")") + " of the design " + escaped(quoted(plan.name()))
                + ".");
        py.blank();
        py.wrapped("", "", "Pattern: " + escaped(node.pattern()) + ".");
        py.blank();
        py.line("Sockets:");
        for (SocketPlan socket : node.sockets()) {
            py.wrapped("  ", "    ", var(socket) + ": " + escaped(socket.role()));
        }
        if (node.startDelayMs() > 0) {
            py.blank();
            py.line("run_all.py starts it " + node.startDelayMs() + " ms after the others: a late joiner.");
        }
        py.blank();
        py.line("Exported by ZMQ Designer. Run it alone with `python3 " + module + ".py` (Ctrl-C stops it,");
        py.line("--seconds N stops it after N seconds), or with the whole design: `python3 run_all.py`.");
        py.line("It needs Python 3 and pyzmq (pip install pyzmq, or Debian's python3-zmq).");
        py.line("\"\"\"");
        py.blank();
        List<String> stdlib = new ArrayList<>();
        if (PythonNames.usesRandom(node.behaviour())) {
            stdlib.add("import random");
        }
        if (PythonBehaviourCode.usesTime(node.behaviour())) {
            stdlib.add("import time");
        }
        if (!stdlib.isEmpty()) {
            stdlib.forEach(py::line);
            py.blank();
        }
        py.line("import zmq");
        py.blank();
        py.line("import zmqdesigner_support as support");
        py.blank();
        py.comment("The node's id in the design, as {node} in a payload template renders it.");
        py.line("NODE = " + string(node.id()));
    }

    private String doing() {
        Behaviour b = node.behaviour();
        if (node.kind().isDevice()) {
            return "passes messages between frontend and backend";
        }
        if (b == null) {
            return "waits (the node has no behaviour)";
        }
        if (b instanceof Behaviour.Source) {
            return "sends its stream";
        }
        if (b instanceof Behaviour.Responder || b instanceof Behaviour.Echo) {
            return "answers each request";
        }
        if (b instanceof Behaviour.Worker) {
            return "works on each message and passes it on";
        }
        if (b instanceof Behaviour.Sink) {
            return "receives and counts";
        }
        return "brokers between clients and workers";
    }

    /** The socket a Lazy Pirate client closes and opens anew, which is then opened by a function. */
    private String lazyPirateSocket() {
        if (node.behaviour() instanceof Behaviour.Source s && s.replyTimeoutMs() != null
                && node.socket(s.socket()).map(p -> p.type() == SocketType.REQ).orElse(false)) {
            return s.socket();
        }
        return null;
    }

    private void openFunction(SocketPlan socket) {
        String name = var(socket);
        py.open("def open_socket():");
        py.wrapped("\"\"\"", "", "A new " + socket.type().name() + " socket, set up as the design says: a Lazy"
                + " Pirate client needs one after each unanswered request.\"\"\"");
        py.line(name + " = support.open_socket(context, zmq." + socket.type().name() + ")");
        setUp(socket);
        py.line("return " + name);
        py.close();
        py.blank();
        py.line(name + " = open_socket()");
    }

    /** The design's options on a socket, then its binds and connects, as the engine's SocketSetup sets them. */
    private void setUp(SocketPlan socket) {
        String name = var(socket);
        py.comment(socket.id() + ": " + socket.role());
        for (SocketOption option : SocketOption.applicableTo(socket.type())) {
            if (option.isSetIn(socket.options())) {
                option(name, option, option.valueIn(socket.options()));
            }
        }
        List<String> endpoints = new ArrayList<>(socket.binds());
        endpoints.addAll(socket.connects());
        if (endpoints.stream().anyMatch(PythonNodeScript::ipv6)) {
            py.comment("An IPv6 address among the endpoints: ZeroMQ speaks IPv4 only unless told.");
            py.line(name + ".setsockopt(zmq.IPV6, 1)");
        }
        for (String bind : socket.binds()) {
            py.line(name + ".bind(" + string(bind) + ")");
        }
        for (String connect : socket.connects()) {
            py.line(name + ".connect(" + string(connect) + ")");
        }
    }

    private void option(String name, SocketOption option, Object value) {
        py.comment(option.zmqConstant() + ": " + option.title(Language.ENGLISH));
        String constant = "zmq." + option.zmqName();
        if (value instanceof List<?> prefixes) {
            for (Object prefix : prefixes) {
                py.line(name + ".setsockopt_string(" + constant + ", " + string((String) prefix) + ")");
            }
        } else if (value instanceof String text) {
            py.line(name + ".setsockopt_string(" + constant + ", " + string(text) + ")");
        } else if (value instanceof Boolean flag) {
            py.line(name + ".setsockopt(" + constant + ", " + (flag ? 1 : 0) + ")");
        } else {
            py.line(name + ".setsockopt(" + constant + ", " + value + ")");
        }
    }

    private static boolean ipv6(String endpoint) {
        try {
            String host = Endpoint.parse(endpoint).host();
            return host != null && host.contains(":");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private String var(SocketPlan socket) {
        return vars.get(socket.id());
    }

    private static String quoted(String text) {
        return "'" + text + "'";
    }

    static boolean isDevice(NodePlan node) {
        return node.kind() != NodeKind.APPLICATION;
    }
}
