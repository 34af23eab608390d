package org.zmqdesigner.engine.export.python;

import static org.zmqdesigner.engine.export.python.PythonLiterals.string;

import java.util.Map;
import org.zmqdesigner.engine.export.NodePlan;
import org.zmqdesigner.engine.export.SocketPlan;
import org.zmqdesigner.engine.model.Behaviour;
import org.zmqdesigner.engine.model.CountRange;
import org.zmqdesigner.engine.model.SocketType;

/**
 * A node's behaviour as the plain loop of the zguide's Python example it plays (hwclient, hwserver,
 * wuserver, taskwork, tasksink, syncpub, syncsub, lpclient, lpserver, lbbroker's worker), with the
 * engine's semantics (its SourceLoop, ResponderLoop, WorkerLoop, SinkLoop, LazyPirate, SyncStart
 * and SimulatedFaults). Each message sent or received is counted for run_all's summary. Devices
 * and brokers are {@link PythonProxyCode}'s.
 */
final class PythonBehaviourCode {
    private final PythonSource py;
    private final NodePlan node;
    private final Map<String, String> vars;
    private final PythonWatches watches;

    PythonBehaviourCode(PythonSource py, NodePlan node, Map<String, String> vars, PythonWatches watches) {
        this.py = py;
        this.node = node;
        this.vars = vars;
        this.watches = watches;
    }

    /** Whether the loop reads the clock (a source's rate, a slow sink's schedule). */
    static boolean usesTime(Behaviour b) {
        return b instanceof Behaviour.Source s && s.rate() != null;
    }

    void write() {
        Behaviour b = node.behaviour();
        if (node.kind().isDevice() || b instanceof Behaviour.Broker) {
            new PythonProxyCode(py, node, vars).write();
        } else if (b == null) {
            py.comment("No behaviour: the sockets stay open, connected as designed, until the node is stopped.");
            py.line("stop.wait()");
        } else if (b instanceof Behaviour.Source s) {
            source(s);
        } else if (b instanceof Behaviour.Responder r) {
            responder(r.socket(), r.delayMs(), r.reply(), r.announce(), r.replies(), r.faults(), r.seed(), false);
        } else if (b instanceof Behaviour.Echo e) {
            responder(e.socket(), null, null, null, null, null, null, true);
        } else if (b instanceof Behaviour.Worker w) {
            worker(w);
        } else if (b instanceof Behaviour.Sink s) {
            sink(s);
        }
    }

    private void source(Behaviour.Source s) {
        String out = vars.get(s.socket());
        SocketType type = type(s.socket());
        for (Behaviour.Prelude prelude : s.prelude()) {
            py.comment("Sent once before the stream, as taskvent's \"0\" tells the sink the batch starts.");
            py.line(vars.get(prelude.socket()) + ".send(support.Template(" + string(prelude.payload())
                    + ", NODE).render())");
            py.line("counts.sent += 1");
        }
        int wanted = s.awaitPeers() == null ? 1 : s.awaitPeers();
        if (s.syncSocket() != null) {
            String sync = vars.get(s.syncSocket());
            py.comment("syncpub: publish nothing until " + wanted + " subscriber(s) have each sent a sync request");
            py.line("synced = 0");
            py.open("while synced < " + wanted + ":");
            py.line(sync + ".recv()");
            py.line("counts.received += 1");
            py.line(sync + ".send(b\"\")");
            py.line("counts.sent += 1");
            py.line("synced += 1");
            py.close();
        } else if (s.awaitPeers() != null && s.awaitPeers() > 0) {
            if (type.seesSubscriptions()) {
                py.comment("The slow joiner's cure: wait until " + wanted + " subscription(s) reached this XPUB.");
                py.line("support.await_subscriptions(" + out + ", " + wanted + ", stop)");
            } else if (watches.monitor(s.socket()) != null) {
                int overTcp = wanted - watches.inprocPeers(s.socket());
                py.comment("Do not send before " + overTcp + " peer(s) are connected, or the first would get"
                        + " everything" + (overTcp < wanted ? " (the design's inproc peers send no event)" : "")
                        + ".");
                py.line("support.await_peers(" + watches.monitor(s.socket()) + ", " + overTcp + ", stop)");
            }
        }
        py.line("payload = support.Template(" + string(s.payload()) + ", NODE)");
        if (s.topic() != null) {
            py.comment("The topic goes first, in a frame of its own: a pub-sub envelope (psenvpub).");
            py.line("topic = support.Template(" + string(s.topic()) + ", NODE)");
        }
        boolean pirate = type == SocketType.REQ && s.replyTimeoutMs() != null;
        if (s.rate() != null) {
            py.line("interval = 1.0 / " + s.rate() + "  # seconds between two messages");
            py.line("due = time.monotonic()");
        }
        py.open(s.count() == null ? "for seq in support.numbers():" : "for seq in range(1, " + s.count() + " + 1):");
        py.open("if stop.is_set():");
        py.line("break");
        py.close();
        if (s.rate() != null) {
            py.line("now = time.monotonic()");
            py.open("if now - due > 1.0:");
            py.line("due = now  # after a stall, do not burst to catch up more than a second");
            py.close();
            py.open("if due > now and stop.wait(due - now):");
            py.line("break");
            py.close();
            py.line("due += interval");
        }
        py.line("message = " + frames(s.topic() != null, "seq"));
        if (pirate) {
            lazyPirate(out, s.replyTimeoutMs(), s.retries() == null ? 0 : s.retries());
        } else {
            py.line(out + ".send_multipart(message)");
            py.line("counts.sent += 1");
            if (type.lockstep() == SocketType.Lockstep.ASKS) {
                py.comment("REQ moves in lockstep: no next request before this one's reply.");
                py.line("reply = " + out + ".recv_multipart()");
                py.line("counts.received += 1");
            } else if (type.answers() && !type.isLockstep() || type.seesSubscriptions()) {
                drain(out, type);
            }
        }
        py.close();
        if (s.end() != null && s.count() != null) {
            py.comment("The stream's last word, under the stream's topic when it has one (syncpub's \"END\").");
            py.open("if not stop.is_set():");
            py.line("seq = " + s.count() + " + 1");
            py.line("message = " + frames(s.topic() != null, "seq").replace("payload.render", "support.Template("
                    + string(s.end()) + ", NODE).render"));
            py.line(out + ".send_multipart(message)");
            py.line("counts.sent += 1");
            if (type.lockstep() == SocketType.Lockstep.ASKS) {
                py.line(out + ".recv_multipart()");
                py.line("counts.received += 1");
            }
            py.close();
        }
        py.line("support.finished(counts, stop)");
    }

    private static String frames(boolean topic, String seq) {
        return topic ? "[topic.render(" + seq + "), payload.render(" + seq + ")]" : "[payload.render(" + seq + ")]";
    }

    /** What comes back on a sending socket: answers to an asynchronous client, subscriptions to an XPUB. */
    private void drain(String out, SocketType type) {
        py.comment(type.seesSubscriptions() ? "Subscriptions arrive on an XPUB as messages: read, not counted."
                : "Answers to an asynchronous client: read and counted, not waited for.");
        py.open("while " + out + ".poll(0):");
        py.line(out + ".recv_multipart()");
        if (!type.seesSubscriptions()) {
            py.line("counts.received += 1");
        }
        py.close();
    }

    /** lpclient: wait a while for the reply; without one, close the socket, open a new one, resend. */
    private void lazyPirate(String out, int timeoutMs, int retries) {
        py.line("attempt = 0");
        py.open("while True:");
        py.line(out + ".send_multipart(message)");
        py.line("counts.sent += 1");
        py.open("if " + out + ".poll(" + timeoutMs + ") & zmq.POLLIN:");
        py.line("reply = " + out + ".recv_multipart()");
        py.line("counts.received += 1");
        py.line("break");
        py.close();
        py.open("if attempt == " + retries + ":");
        py.line("print(\"E: server seems to be offline, abandoning\")");
        py.line("counts.state = \"gave up\"");
        py.line("counts.detail = \"" + retries + (retries == 1 ? " retry" : " retries") + " of " + timeoutMs
                + " ms unanswered\"");
        py.line("return");
        py.close();
        py.line("attempt += 1");
        py.line("print(\"W: no response from server, retrying\")");
        py.comment("The socket is confused: a REQ that got no reply cannot send again. Close it, open a new one.");
        py.line(out + ".close()");
        py.line(out + " = open_socket()");
        py.close();
    }

    private void responder(String socket, Integer delayMs, String reply, String announce, CountRange replies,
                           Behaviour.Faults faults, Long seed, boolean echo) {
        String in = vars.get(socket);
        SocketType type = type(socket);
        boolean faulty = faults != null && !faults.isEmpty();
        boolean ranged = replies != null && !replies.fixed() && !type.isLockstep();
        if (faulty || ranged) {
            long s = seed != null ? seed : node.id().hashCode();
            py.comment("Every choice (faults, reply counts) from one generator seeded " + (seed != null
                    ? "as the design says" : "with the node id's hash, as the engine does") + ", so runs repeat.");
            py.line("rng = random.Random(" + s + ")");
        }
        if (!echo) {
            py.line("reply = support.Template(" + string(reply) + ", NODE)");
        }
        if (announce != null && type == SocketType.REQ) {
            py.comment("A REQ must speak first: the load-balancing worker's \"READY\".");
            py.line(in + ".send(" + PythonLiterals.bytes(announce) + ")");
            py.line("counts.sent += 1");
        } else if (announce != null && type == SocketType.DEALER) {
            py.comment("The worker's first word, behind an empty delimiter as a REQ would send it.");
            py.line(in + ".send_multipart([b\"\", " + PythonLiterals.bytes(announce) + "])");
            py.line("counts.sent += 1");
        }
        py.line("seq = 0");
        py.open("while not stop.is_set():");
        py.line("request = " + in + ".recv_multipart()");
        py.line("counts.received += 1");
        py.line("seq += 1");
        if (faulty) {
            faults(faults);
        }
        String count = type.isLockstep() || replies == null ? "1" : ranged
                ? "rng.randint(" + replies.min() + ", " + replies.max() + ")" : String.valueOf(replies.min());
        if (faulty && faults.stallMs() != null) {
            py.line("support.pause(stop, stall_ms)");
        }
        boolean envelope = type.keepsEnvelope() || type == SocketType.REQ;
        String body = "request";
        if (envelope) {
            py.comment("Every frame before the last is the envelope, sent back in front of the reply so it"
                    + " reaches whoever asked.");
            py.line("envelope, body = request[:-1], request[-1:]");
            body = "body";
        }
        boolean once = count.equals("1");
        if (!once) {
            py.line("replies = " + count);
            py.open("for n in range(replies):");
        }
        if (delayMs != null && delayMs > 0) {
            py.line("support.pause(stop, " + delayMs + ")  # do some 'work'");
        }
        String answer = echo ? body : "[reply.render(seq, support.text(" + body + "[-1]))]";
        py.line(in + ".send_multipart(" + (envelope ? "envelope + " + answer : answer) + ")");
        py.line("counts.sent += 1");
        if (!once) {
            py.close();
        }
        py.close();
    }

    /** SimulatedFaults.decide: the same draws in the same order, per request. */
    private void faults(Behaviour.Faults f) {
        if (f.crashAfter() != null) {
            crash("seq > " + f.crashAfter(), "faults.crashAfter " + f.crashAfter());
        }
        if (f.crashChance() != null) {
            crash("rng.random() < " + f.crashChance(), "faults.crashChance " + f.crashChance());
        }
        if (f.stallMs() != null) {
            String stalls = f.stallChance() == null ? "" : " if rng.random() < " + f.stallChance() + " else 0";
            py.line("stall_ms = " + Math.max(0, f.stallMs()) + stalls + "  # an overloaded server");
        } else if (f.stallChance() != null) {
            py.line("rng.random()  # a stall without a length: drawn, never happens");
        }
    }

    private void crash(String condition, String why) {
        py.open("if " + condition + ":");
        py.line("print(\"I: simulating a crash\")  # as the zguide's lpserver does");
        py.line("counts.state = \"crashed\"");
        py.line("counts.detail = \"simulated crash on request %d (" + why + ")\" % seq");
        py.line("return");
        py.close();
    }

    private void worker(Behaviour.Worker w) {
        String in = vars.get(w.input());
        String out = vars.get(w.output());
        int delay = w.delayMs() == null ? 0 : w.delayMs();
        py.line("forward = support.Template(" + string(w.forward()) + ", NODE)");
        py.line("seq = 0");
        py.open("while not stop.is_set():");
        py.line("message = " + in + ".recv_multipart()");
        py.line("counts.received += 1");
        py.line("seq += 1");
        py.line("payload = support.text(message[-1])");
        if (Boolean.TRUE.equals(w.delayFromPayload())) {
            py.comment("taskwork: the task says how many milliseconds of work it is.");
            py.open("try:");
            py.line("work_ms = max(0, int(payload.strip()))");
            py.close();
            py.open("except ValueError:");
            py.line("work_ms = " + delay + "  # not a number: taskwork would crash; this worker does not wait");
            py.close();
            py.line("support.pause(stop, work_ms)");
        } else if (delay > 0) {
            py.line("support.pause(stop, " + delay + ")  # do the work");
        }
        py.line(out + ".send(forward.render(seq, payload))");
        py.line("counts.sent += 1");
        py.close();
    }

    private void sink(Behaviour.Sink s) {
        String in = vars.get(s.socket());
        if (s.syncSocket() != null) {
            String sync = vars.get(s.syncSocket());
            py.comment("syncsub: tell the publisher this subscriber is there once its subscription is on its way:");
            py.comment("first its connection must be up, which carries the subscription.");
            if (watches.monitor(s.socket()) != null) {
                py.line("support.await_peers(" + watches.monitor(s.socket()) + ", 1, stop)");
            }
            py.line(sync + ".send(b\"\")");
            py.line("counts.sent += 1");
            py.line(sync + ".recv()");
            py.line("counts.received += 1");
        }
        if (s.until() != null) {
            py.line("until = " + PythonLiterals.bytes(s.until()));
        }
        boolean slow = s.delayMs() != null && s.delayMs() > 0;
        if (slow) {
            py.line("work_until = None");
        }
        if (s.count() != null) {
            py.line("received = 0");
        }
        py.open(s.count() == null ? "while not stop.is_set():" : "while not stop.is_set() and received < " + s.count()
                + ":");
        py.line("message = " + in + ".recv_multipart()");
        if (s.count() != null) {
            py.line("received += 1");
        }
        py.line("counts.received += 1");
        if (slow) {
            py.comment("A slow consumer: " + s.delayMs() + " ms per message, kept on a schedule.");
            py.line("work_until = support.work(stop, " + s.delayMs() + ", work_until)");
        }
        if (s.until() != null) {
            py.open("if message[-1] == until:");
            py.line("break");
            py.close();
        }
        py.close();
        py.line("support.finished(counts, stop)");
    }

    private SocketType type(String socketId) {
        return node.socket(socketId).map(SocketPlan::type)
                .orElseThrow(() -> new IllegalStateException("node " + node.id() + " has no socket " + socketId));
    }
}
