package org.zmqdesigner.engine.export.java;

import static org.zmqdesigner.engine.export.java.JavaTypes.POLLER;
import static org.zmqdesigner.engine.export.java.JavaTypes.RANDOM;
import static org.zmqdesigner.engine.export.java.JavaTypes.SOCKET;
import static org.zmqdesigner.engine.export.java.JavaTypes.SOCKET_TYPE;
import static org.zmqdesigner.engine.export.java.JavaTypes.ZMQ;
import static org.zmqdesigner.engine.export.java.JavaTypes.Z_EVENT;
import static org.zmqdesigner.engine.export.java.JavaTypes.Z_MONITOR_EVENT;
import static org.zmqdesigner.engine.export.java.JavaTypes.Z_MSG;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.zmqdesigner.engine.export.DesignPlan;
import org.zmqdesigner.engine.export.NodePlan;
import org.zmqdesigner.engine.export.SocketPlan;
import org.zmqdesigner.engine.model.Behaviour;
import org.zmqdesigner.engine.model.Endpoint;
import org.zmqdesigner.engine.model.Link;
import org.zmqdesigner.engine.model.NodeKind;
import org.zmqdesigner.engine.model.PayloadTemplate;
import org.zmqdesigner.engine.model.SocketRef;
import org.zmqdesigner.engine.model.SocketType;

/**
 * A node's behaviour as the loop a reader of the zguide recognises: hwclient/hwserver, taskvent,
 * taskwork, tasksink, wuserver/wuclient, psenvpub, syncpub/syncsub, lpclient/lpserver, asyncsrv,
 * rrbroker, lbbroker, and {@code ZMQ.proxy} for devices. The semantics are the engine's
 * ({@code runtime.SourceLoop}, {@code ResponderLoop}, {@code WorkerLoop}, {@code SinkLoop},
 * {@code BrokerLoop}, {@code LazyPirate}, {@code SyncStart}, {@code SimulatedFaults}); where the
 * engine looks inside JeroMQ (to see a connection or a subscription arrive), the exported code
 * uses what a program can: a socket monitor, an XPUB's subscription messages.
 */
final class JavaBehaviourCode {
    private final DesignPlan plan;
    private final NodePlan node;
    private final Map<String, String> vars;
    private final ClassName payloadClass;
    /** Whether some message of the design has more than one frame (a topic frame): receivers then take the last. */
    private final boolean multiFrame;
    private final Map<String, String> openers = new HashMap<>();
    private final Map<String, String> monitors = new HashMap<>();

    JavaBehaviourCode(DesignPlan plan, NodePlan node, Map<String, String> vars, ClassName payloadClass) {
        this.plan = plan;
        this.node = node;
        this.vars = vars;
        this.payloadClass = payloadClass;
        this.multiFrame = plan.nodes().stream()
                .anyMatch(n -> n.behaviour() instanceof Behaviour.Source s && s.topic() != null);
        Set<String> taken = new HashSet<>(vars.values());
        for (String socketId : node.sockets().stream().map(SocketPlan::id).toList()) {
            if (watches(socketId)) {
                String name = vars.get(socketId) + "Monitor";
                for (int n = 2; taken.contains(name) || JavaNames.NODE_CODE_NAMES.contains(name); n++) {
                    name = vars.get(socketId) + "Monitor" + n;
                }
                taken.add(name);
                monitors.put(socketId, name);
            }
        }
    }

    /** Whether the socket is a Lazy Pirate client's, which a retry closes and opens afresh. */
    boolean reopens(String socketId) {
        return node.behaviour() instanceof Behaviour.Source s && socketId.equals(s.socket())
                && type(socketId) == SocketType.REQ && s.replyTimeoutMs() != null;
    }

    void opener(String socketId, String method) {
        openers.put(socketId, method);
    }

    // ---------------------------------------------------------------- connection watching

    /** Whether the behaviour must see this socket's connections come up (a monitor). */
    private boolean watches(String socketId) {
        Behaviour b = node.behaviour();
        if (b instanceof Behaviour.Source s && socketId.equals(s.socket()) && s.syncSocket() == null
                && s.awaitPeers() != null && s.awaitPeers() > 0 && !type(socketId).seesSubscriptions()
                && !reopens(socketId)) {
            return s.awaitPeers() - inprocPeers(socketId) > 0;
        }
        if (b instanceof Behaviour.Sink s && s.syncSocket() != null && socketId.equals(s.socket())) {
            return !allInproc(socketId);
        }
        return false;
    }

    /** Opens the monitor before the socket binds or connects, so that no connection goes unseen. */
    CodeBlock monitorSetup(String socketId) {
        String monitor = monitors.get(socketId);
        if (monitor == null) {
            return CodeBlock.of("");
        }
        String address = "inproc://monitor." + node.id() + "." + socketId;
        return CodeBlock.builder()
                .add("// A monitor reports each connection whose handshake is done, and each disconnection\n")
                .addStatement("$N.monitor($S, $T.EVENT_HANDSHAKE_PROTOCOL | $T.EVENT_DISCONNECTED)", var(socketId),
                        address, ZMQ, ZMQ)
                .addStatement("$T $N = open($T.PAIR)", SOCKET, monitor, SOCKET_TYPE)
                .addStatement("$N.connect($S)", monitor, address)
                .build();
    }

    /** Waits on the monitor until {@code wanted} connections are up, then lets the monitor go. */
    private CodeBlock awaitConnections(String socketId, int wanted) {
        String monitor = monitors.get(socketId);
        return CodeBlock.builder()
                .addStatement("int peers = 0")
                .beginControlFlow("while (peers < $L)", wanted)
                .addStatement("$T event = $T.recv($N)", Z_EVENT, Z_EVENT, monitor)
                .beginControlFlow("if (event == null)")
                .addStatement("return")
                .endControlFlow()
                .beginControlFlow("if (event.getEvent() == $T.HANDSHAKE_PROTOCOL)", Z_MONITOR_EVENT)
                .addStatement("peers++")
                .nextControlFlow("else if (event.getEvent() == $T.DISCONNECTED)", Z_MONITOR_EVENT)
                .addStatement("peers--")
                .endControlFlow()
                .endControlFlow()
                .addStatement("$N.monitor(null, 0)", var(socketId))
                .addStatement("close($N)", monitor)
                .build();
    }

    // ---------------------------------------------------------------- behaviours

    CodeBlock behaviour() {
        if (node.kind() != NodeKind.APPLICATION) {
            return device();
        }
        Behaviour b = node.behaviour();
        if (b == null) {
            return CodeBlock.builder()
                    .add("// No behaviour: the sockets are open; the node waits until the program stops\n")
                    .addStatement("pause(Long.MAX_VALUE)")
                    .build();
        }
        if (b instanceof Behaviour.Source s) {
            return new JavaSourceCode(this, s).code();
        }
        if (b instanceof Behaviour.Responder r) {
            return responder(r);
        }
        if (b instanceof Behaviour.Echo e) {
            return echo(e);
        }
        if (b instanceof Behaviour.Worker w) {
            return worker(w);
        }
        if (b instanceof Behaviour.Sink s) {
            return sink(s);
        }
        return JavaBrokerCode.code(this, (Behaviour.Broker) b);
    }

    private CodeBlock device() {
        String capture = node.socket(NodeKind.CAPTURE).map(s -> var(s.id())).orElse(null);
        CodeBlock.Builder out = CodeBlock.builder()
                .add("// The device: ZMQ.proxy passes messages both ways until the context is terminated$L\n",
                        capture == null ? "" : ", a copy of each to the capture socket");
        if (capture == null) {
            out.addStatement("$T.proxy($N, $N, null)", ZMQ, var(NodeKind.FRONTEND), var(NodeKind.BACKEND));
        } else {
            out.addStatement("$T.proxy($N, $N, $N)", ZMQ, var(NodeKind.FRONTEND), var(NodeKind.BACKEND), capture);
        }
        return out.build();
    }

    private CodeBlock responder(Behaviour.Responder r) {
        String socket = var(r.socket());
        SocketType type = type(r.socket());
        boolean envelope = type.keepsEnvelope() || type == SocketType.REQ;
        boolean seeded = r.faults() != null && !r.faults().isEmpty() || r.replies() != null && !r.replies().fixed()
                && !type.isLockstep();
        CodeBlock.Builder out = CodeBlock.builder();
        if (seeded) {
            long seed = r.seed() != null ? r.seed() : node.id().hashCode();
            out.add("// seeds every choice of faults and reply counts, so a run repeats itself$L\n",
                            r.seed() != null ? "" : " (the node id's hash, as the designer seeds it)")
                    .addStatement("$T seeded = new $T($LL)", RANDOM, RANDOM, seed);
        }
        if (r.announce() != null) {
            out.add("// Say it is ready before the first request$L\n",
                    type == SocketType.DEALER ? ", behind an empty frame as a REQ would send it" : "");
            if (type == SocketType.DEALER) {
                out.addStatement("$N.sendMore($S)", socket, "");
            }
            out.addStatement("$N.send($S)", socket, r.announce()).addStatement("sent++");
        }
        out.beginControlFlow("for (long seq = 1; !stopping(); seq++)");
        if (envelope) {
            out.addStatement("$T request = $T.recvMsg($N)", Z_MSG, Z_MSG, socket)
                    .beginControlFlow("if (request == null)").addStatement("break").endControlFlow()
                    .addStatement("received++")
                    .add("// The last frame is the body; the frames before it are the envelope, which goes"
                            + " back in front of each reply\n")
                    .addStatement("String body = request.getLast().getString($T.CHARSET)", ZMQ);
        } else {
            receiveText(out, socket, "body");
        }
        faults(out, r);
        String count = replyCount(out, r, type);
        if (count != null) {
            out.beginControlFlow("for (int n = 0; n < $L; n++)", count);
        }
        if (r.delayMs() != null && r.delayMs() > 0) {
            out.add("// do some 'work'\n").addStatement("pause($L)", r.delayMs());
        }
        CodeBlock reply = text(r.reply(), "seq", "body");
        if (envelope) {
            out.add("// the request's frames with the body replaced by the reply\n")
                    .addStatement("$T answer = request.duplicate()", Z_MSG)
                    .addStatement("answer.removeLast()")
                    .addStatement("answer.add($L)", reply)
                    .addStatement("answer.send($N)", socket);
        } else {
            out.addStatement("$N.send($L)", socket, reply);
        }
        out.addStatement("sent++");
        if (count != null) {
            out.endControlFlow();
        }
        return out.endControlFlow().build();
    }

    /** lpserver's failures, drawn in the engine's order: crash after, crash chance, stall. */
    private void faults(CodeBlock.Builder out, Behaviour.Responder r) {
        Behaviour.Faults f = r.faults();
        if (f == null || f.isEmpty()) {
            return;
        }
        out.add("// Failures on purpose, decided per request from the seeded random (the zguide's lpserver)\n");
        if (f.crashAfter() != null) {
            out.beginControlFlow("if (seq > $LL)", f.crashAfter())
                    .addStatement("throw new $T($S + seq + $S)", IllegalStateException.class,
                            "simulated crash on request ", " (faults.crashAfter " + f.crashAfter() + ")")
                    .endControlFlow();
        }
        if (f.crashChance() != null) {
            out.beginControlFlow("if (seeded.nextDouble() < $L)", f.crashChance())
                    .addStatement("System.out.println(id() + $S)", ": I: simulating a crash")
                    .addStatement("throw new $T($S + seq + $S)", IllegalStateException.class,
                            "simulated crash on request ", " (faults.crashChance " + f.crashChance() + ")")
                    .endControlFlow();
        }
        if (f.stallChance() != null || f.stallMs() != null) {
            String stalls = f.stallChance() == null ? "true" : "seeded.nextDouble() < " + f.stallChance();
            if (f.stallMs() == null) {
                out.add("// a stall chance without a length: drawn, never stalls\n").addStatement("seeded.nextDouble()");
            } else {
                out.beginControlFlow("if ($L)", stalls)
                        .addStatement("System.out.println(id() + $S)", ": I: simulating CPU overload")
                        .addStatement("pause($L)", f.stallMs())
                        .endControlFlow();
            }
        }
    }

    /** Declares how many replies this request gets, or returns null for exactly one. */
    private String replyCount(CodeBlock.Builder out, Behaviour.Responder r, SocketType type) {
        if (type.isLockstep() || r.replies() == null || r.replies().fixed() && r.replies().min() == 1) {
            return null;
        }
        if (r.replies().fixed()) {
            return Integer.toString(r.replies().min());
        }
        out.add("// as many replies as asyncsrv's worker picks\n")
                .addStatement("int replies = $L + seeded.nextInt($L)", r.replies().min(),
                        r.replies().max() - r.replies().min() + 1);
        return "replies";
    }

    private CodeBlock echo(Behaviour.Echo e) {
        String socket = var(e.socket());
        return CodeBlock.builder()
                .add("// Every message goes straight back, frames and envelope unchanged\n")
                .beginControlFlow("while (!stopping())")
                .addStatement("$T message = $T.recvMsg($N)", Z_MSG, Z_MSG, socket)
                .beginControlFlow("if (message == null)").addStatement("break").endControlFlow()
                .addStatement("received++")
                .addStatement("message.send($N)", socket)
                .addStatement("sent++")
                .endControlFlow()
                .build();
    }

    private CodeBlock worker(Behaviour.Worker w) {
        String in = var(w.input());
        String out = var(w.output());
        long delay = w.delayMs() == null ? 0 : w.delayMs();
        CodeBlock.Builder code = CodeBlock.builder().beginControlFlow("for (long seq = 1; !stopping(); seq++)");
        receiveText(code, in, "task");
        if (Boolean.TRUE.equals(w.delayFromPayload())) {
            code.add("// Work as many milliseconds as the task says (taskwork)\n")
                    .addStatement("long millis")
                    .beginControlFlow("try")
                    .addStatement("millis = Math.max(0, Long.parseLong(task.trim()))")
                    .nextControlFlow("catch ($T e)", NumberFormatException.class)
                    .addStatement("millis = $LL", delay)
                    .endControlFlow()
                    .addStatement("pause(millis)");
        } else if (delay > 0) {
            code.add("// do the work\n").addStatement("pause($L)", delay);
        }
        code.addStatement("$N.send($L)", out, text(w.forward(), "seq", "task")).addStatement("sent++");
        return code.endControlFlow().build();
    }

    private CodeBlock sink(Behaviour.Sink s) {
        String socket = var(s.socket());
        CodeBlock.Builder out = CodeBlock.builder();
        if (s.syncSocket() != null) {
            String sync = var(s.syncSocket());
            out.add("// Tell the publisher this subscriber is there, once its subscription is on its way (syncsub):\n"
                    + "// first its connection must be up, which carries the subscription\n");
            if (monitors.containsKey(s.socket())) {
                out.add(awaitConnections(s.socket(), 1));
            }
            out.addStatement("$N.send($S)", sync, "").addStatement("sent++")
                    .addStatement("$N.recv(0)", sync).addStatement("received++");
        }
        if (s.count() != null) {
            out.beginControlFlow("for (long n = 1; n <= $LL; n++)", s.count());
        } else {
            out.beginControlFlow("while (!stopping())");
        }
        receiveText(out, socket, "message");
        if (s.delayMs() != null && s.delayMs() > 0) {
            out.add("// a slow consumer\n").addStatement("pause($L)", s.delayMs());
        }
        if (s.until() != null) {
            out.beginControlFlow("if (message.equals($S))", s.until()).addStatement("break").endControlFlow();
        }
        return out.endControlFlow().build();
    }

    // ---------------------------------------------------------------- shared pieces, also for JavaSourceCode

    /**
     * Receives one message as text into {@code name}: on a socket that shows envelopes, or where the
     * design sends messages of several frames, the last frame is the body, as in the designer.
     */
    void receiveText(CodeBlock.Builder out, String socket, String name) {
        SocketType type = typeOfVar(socket);
        if (type != null && type.keepsEnvelope()) {
            out.addStatement("$T $L = $T.recvMsg($N)", Z_MSG, name + "Frames", Z_MSG, socket)
                    .beginControlFlow("if ($L == null)", name + "Frames").addStatement("break").endControlFlow()
                    .addStatement("String $L = $L.getLast().getString($T.CHARSET)", name, name + "Frames", ZMQ);
        } else {
            out.addStatement("String $L = $N.recvStr()", name, socket);
            if (multiFrame) {
                out.beginControlFlow("while ($N.hasReceiveMore())", socket)
                        .add("// a message of several frames: the last is the body\n")
                        .addStatement("$L = $N.recvStr()", name, socket)
                        .endControlFlow();
            }
        }
        out.addStatement("received++");
    }

    /**
     * The text a template makes: a string literal when it has no placeholders, the variable when it
     * is just {@code {payload}}, else a call to {@code Payload.render} with the template as written.
     */
    CodeBlock text(String template, String seq, String payloadVar) {
        PayloadTemplate compiled = PayloadTemplate.compile(template == null ? "" : template);
        if (compiled.isConstant()) {
            return CodeBlock.of("$S", compiled.render(0, null, node.id(), bound -> 0));
        }
        if (compiled.source().equals("{payload}") && payloadVar != null) {
            return CodeBlock.of("$N", payloadVar);
        }
        return CodeBlock.of("$T.render($S, $L, $L, id(), random)", payloadClass, template, seq,
                payloadVar == null ? "null" : payloadVar);
    }

    String var(String socketId) {
        String name = vars.get(socketId);
        if (name == null) {
            throw new IllegalStateException("node " + node.id() + " has no socket " + socketId);
        }
        return name;
    }

    SocketType type(String socketId) {
        return node.socket(socketId).map(SocketPlan::type)
                .orElseThrow(() -> new IllegalStateException("node " + node.id() + " has no socket " + socketId));
    }

    private SocketType typeOfVar(String var) {
        return vars.entrySet().stream().filter(e -> e.getValue().equals(var)).findFirst()
                .map(e -> type(e.getKey())).orElse(null);
    }

    String monitor(String socketId) {
        return monitors.get(socketId);
    }

    String opener(String socketId) {
        return openers.get(socketId);
    }

    CodeBlock connectionsAwaited(String socketId, int wanted) {
        return awaitConnections(socketId, wanted);
    }

    NodePlan node() {
        return node;
    }

    /** How many of the design's links to this socket are inproc: connections no monitor reports. */
    int inprocPeers(String socketId) {
        SocketRef self = new SocketRef(node.id(), socketId);
        int n = 0;
        for (Link link : plan.topology().links()) {
            if ((link.from().equals(self) || link.to().equals(self)) && isInproc(link.endpoint())) {
                n++;
            }
        }
        return n;
    }

    private boolean allInproc(String socketId) {
        SocketPlan socket = node.socket(socketId).orElseThrow();
        return socket.binds().stream().allMatch(JavaBehaviourCode::isInproc)
                && socket.connects().stream().allMatch(JavaBehaviourCode::isInproc);
    }

    static boolean isInproc(String endpoint) {
        try {
            return Endpoint.parse(endpoint).transport() == Endpoint.Transport.INPROC;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static String seconds(long millis) {
        return millis % 1000 == 0 ? millis / 1000 + " s"
                : String.format(Locale.ROOT, "%s s", java.math.BigDecimal.valueOf(millis, 3).stripTrailingZeros()
                .toPlainString());
    }
}
