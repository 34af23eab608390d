package org.zmqdesigner.engine.export.python;

import java.util.Map;
import org.zmqdesigner.engine.export.NodePlan;
import org.zmqdesigner.engine.export.SocketPlan;
import org.zmqdesigner.engine.model.Behaviour;
import org.zmqdesigner.engine.model.NodeKind;
import org.zmqdesigner.engine.model.SocketType;

/**
 * The loops between two sockets: a device (queue, forwarder, streamer) and a broker with a DEALER
 * backend as the zguide's rrbroker writes the proxy out by hand, and a broker with a ROUTER backend
 * as lbbroker's queue of ready workers. A device could call {@code zmq.proxy(frontend, backend,
 * capture)}, which runs this same loop inside libzmq; written out, it is counted for the summary
 * and sees the stop between two polls, as the designer's engine runs it (its Proxying).
 */
final class PythonProxyCode {

    /** How long one poll waits before the loop looks at the stop flag again. */
    static final int POLL_MILLIS = 100;

    private final PythonSource py;
    private final NodePlan node;
    private final Map<String, String> vars;

    PythonProxyCode(PythonSource py, NodePlan node, Map<String, String> vars) {
        this.py = py;
        this.node = node;
        this.vars = vars;
    }

    void write() {
        if (node.kind().isDevice()) {
            proxy(socket(NodeKind.FRONTEND), socket(NodeKind.BACKEND),
                    node.socket(NodeKind.CAPTURE).orElse(null));
            return;
        }
        Behaviour.Broker broker = (Behaviour.Broker) node.behaviour();
        SocketPlan frontend = socket(broker.frontend());
        SocketPlan backend = socket(broker.backend());
        if (backend.type() == SocketType.DEALER) {
            proxy(frontend, backend, null);
        } else {
            loadBalance(vars.get(frontend.id()), vars.get(backend.id()));
        }
    }

    private void proxy(SocketPlan frontend, SocketPlan backend, SocketPlan capture) {
        String front = vars.get(frontend.id());
        String back = vars.get(backend.id());
        py.comment("Messages pass both ways, whole (a ROUTER's envelope included)"
                + (capture == null ? "." : ", and a copy of each goes to the capture socket first."));
        py.line("poller = zmq.Poller()");
        py.line("poller.register(" + front + ", zmq.POLLIN)");
        py.line("poller.register(" + back + ", zmq.POLLIN)");
        py.open("while not stop.is_set():");
        py.line("events = dict(poller.poll(" + POLL_MILLIS + "))  # wakes now and then to see the stop");
        pass(frontend, backend, capture);
        pass(backend, frontend, capture);
        py.close();
    }

    private void pass(SocketPlan from, SocketPlan to, SocketPlan capture) {
        // An XPUB's subscriptions travel upstream through the loop but are not application data.
        boolean data = !from.type().seesSubscriptions();
        py.open("if " + vars.get(from.id()) + " in events:");
        py.line("message = " + vars.get(from.id()) + ".recv_multipart()");
        if (data) {
            py.line("counts.received += 1");
        } else {
            py.comment("A subscription on its way to the publishers: passed on, not counted.");
        }
        if (capture != null) {
            py.line(vars.get(capture.id()) + ".send_multipart(message)");
            py.line("counts.sent += 1");
        }
        py.line(vars.get(to.id()) + ".send_multipart(message)");
        if (data) {
            py.line("counts.sent += 1");
        }
        py.close();
    }

    /** lbbroker: each request goes to the worker that has waited longest. */
    private void loadBalance(String front, String back) {
        py.comment("The routing ids of the workers ready for a request, the one waiting longest first.");
        py.line("workers = []");
        py.line("poller = zmq.Poller()");
        py.line("poller.register(" + back + ", zmq.POLLIN)");
        py.open("while not stop.is_set():");
        py.comment("Clients are listened to only while a worker can take their request (flags 0 unregisters).");
        py.line("poller.register(" + front + ", zmq.POLLIN if workers else 0)");
        py.line("events = dict(poller.poll(" + POLL_MILLIS + "))  # wakes now and then to see the stop");
        py.open("if " + back + " in events:");
        py.comment("[worker, \"\", \"READY\"] or [worker, \"\", client, \"\", reply]: either way the worker is ready.");
        py.line("message = " + back + ".recv_multipart()");
        py.line("counts.received += 1");
        py.line("worker_id = message[0]");
        py.line("rest = message[2:] if len(message) > 2 and message[1] == b\"\" else message[1:]");
        py.open("if worker_id not in workers:");
        py.line("workers.append(worker_id)");
        py.close();
        py.open("if len(rest) > 1:");
        py.line(front + ".send_multipart(rest)  # the reply, to its client");
        py.line("counts.sent += 1");
        py.close();
        py.close();
        py.open("if " + front + " in events and workers:");
        py.line("message = " + front + ".recv_multipart()  # [client, \"\", request]");
        py.line("counts.received += 1");
        py.line(back + ".send_multipart([workers.pop(0), b\"\"] + message)");
        py.line("counts.sent += 1");
        py.close();
        py.close();
    }

    private SocketPlan socket(String id) {
        return node.socket(id)
                .orElseThrow(() -> new IllegalStateException("node " + node.id() + " has no socket " + id));
    }
}
