package org.zmqdesigner.engine.export.java;

import static org.zmqdesigner.engine.export.java.JavaTypes.POLLER;
import static org.zmqdesigner.engine.export.java.JavaTypes.ZMQ;
import static org.zmqdesigner.engine.export.java.JavaTypes.Z_MSG;

import com.palantir.javapoet.CodeBlock;
import org.zmqdesigner.engine.model.Behaviour;
import org.zmqdesigner.engine.model.SocketType;

/**
 * A source as the zguide writes one: hwclient (REQ, waiting for each reply), lpclient (REQ with a
 * timeout and retries on a fresh socket), wuserver and psenvpub (PUB, with a topic frame),
 * taskvent (PUSH, a prelude to the sink, waiting for the workers), syncpub (answering sync
 * requests first), the asyncsrv client (DEALER, taking replies as they come) and the slow joiner's
 * cure (an XPUB waiting for the subscriptions).
 */
final class JavaSourceCode {
    private final JavaBehaviourCode code;
    private final Behaviour.Source s;
    private final String socket;
    private final SocketType type;

    JavaSourceCode(JavaBehaviourCode code, Behaviour.Source s) {
        this.code = code;
        this.s = s;
        this.socket = code.var(s.socket());
        this.type = code.type(s.socket());
    }

    CodeBlock code() {
        CodeBlock.Builder out = CodeBlock.builder();
        prelude(out);
        awaitPeers(out);
        boolean pirate = code.reopens(s.socket());
        if (pirate) {
            out.addStatement("$T poller = context.createPoller(1)", POLLER)
                    .addStatement("poller.register($N, $T.POLLIN)", socket, POLLER);
        }
        if (s.rate() != null) {
            out.addStatement("long due = 0");
        }
        if (s.count() != null) {
            out.beginControlFlow("for (long seq = 1; seq <= $LL; seq++)", s.count());
        } else {
            out.beginControlFlow("for (long seq = 1; !stopping(); seq++)");
        }
        if (s.rate() != null) {
            long interval = Math.max(1, (long) (1e9 / s.rate()));
            out.add("// $L a second\n", s.rate() == 1 ? "one message" : rate(s.rate()) + " messages")
                    .addStatement("due = pace(due, $LL)",
                            String.format(java.util.Locale.ROOT, "%,d", interval).replace(',', '_'));
        }
        if (pirate) {
            pirate(out);
        } else {
            send(out, "seq");
            afterSend(out);
        }
        out.endControlFlow();
        if (s.end() != null && s.count() != null) {
            out.add("// The stream's last word, once after the count (syncpub's END)\n");
            send(out, (s.count() + 1) + "L");
            if (type.lockstep() == SocketType.Lockstep.ASKS) {
                out.addStatement("$N.recv(0)", socket).addStatement("received++");
            }
        }
        return out.build();
    }

    private static String rate(double rate) {
        return rate == Math.rint(rate) ? Long.toString((long) rate) : Double.toString(rate);
    }

    private void prelude(CodeBlock.Builder out) {
        for (Behaviour.Prelude prelude : s.prelude()) {
            out.add("// Sent once before the stream, as taskvent's \"0\" to the sink says a batch starts\n");
            out.addStatement("$N.send($L)", code.var(prelude.socket()), code.text(prelude.payload(), "0", null))
                    .addStatement("sent++");
        }
    }

    private void awaitPeers(CodeBlock.Builder out) {
        if (s.syncSocket() != null) {
            int wanted = s.awaitPeers() == null ? 1 : s.awaitPeers();
            String sync = code.var(s.syncSocket());
            out.add("// Wait until $L $L asked to start, each with a request on the sync socket (syncpub)\n",
                    wanted, wanted == 1 ? "subscriber has" : "subscribers have")
                    .beginControlFlow("for (int subscribers = 0; subscribers < $L; subscribers++)", wanted)
                    .addStatement("$N.recv(0)", sync).addStatement("received++")
                    .addStatement("$N.send($S)", sync, "").addStatement("sent++")
                    .endControlFlow();
            if (type.publishes()) {
                out.add("// A subscription travels on another connection than its sync request and may arrive"
                        + " a moment later (syncsub sleeps a second before syncing for the same reason)\n")
                        .addStatement("pause(100)");
            }
            return;
        }
        if (s.awaitPeers() == null || s.awaitPeers() <= 0) {
            return;
        }
        int wanted = s.awaitPeers();
        if (type.seesSubscriptions()) {
            out.add("// The cure for the slow joiner: wait until $L $L subscribed. An XPUB receives each"
                    + " subscription as a message: 1 and the prefix, or 0 and the prefix when one leaves\n", wanted,
                    wanted == 1 ? "subscriber has" : "subscribers have")
                    .addStatement("int subscribers = 0")
                    .beginControlFlow("while (subscribers < $L)", wanted)
                    .addStatement("byte[] subscription = $N.recv(0)", socket)
                    .beginControlFlow("if (subscription.length > 0 && subscription[0] == 1)")
                    .addStatement("subscribers++")
                    .nextControlFlow("else if (subscription.length > 0 && subscription[0] == 0)")
                    .addStatement("subscribers--")
                    .endControlFlow()
                    .endControlFlow();
            return;
        }
        int inproc = code.inprocPeers(s.socket());
        int tcp = wanted - inproc;
        if (code.monitor(s.socket()) != null) {
            out.add("// Wait until $L $L connected before the first message (the cure for the slow joiner;"
                    + " taskvent waits for Enter instead)\n", tcp, tcp == 1 ? "peer has" : "peers have");
            if (inproc > 0) {
                out.add("// The $L over inproc connect at once and send no event\n", inproc);
            }
            out.add(code.connectionsAwaited(s.socket(), tcp));
        } else {
            out.add("// The $L peers awaited connect over inproc, at once: nothing to wait for\n", wanted);
        }
    }

    /** The message's frames: the topic first when there is one, then the payload. */
    private void send(CodeBlock.Builder out, String seq) {
        if (s.topic() != null) {
            out.addStatement("$N.sendMore($L)", socket, code.text(s.topic(), seq, null));
        }
        String template = seq.equals("seq") ? s.payload() : s.end();
        out.addStatement("$N.send($L)", socket, code.text(template, seq, null)).addStatement("sent++");
    }

    private void afterSend(CodeBlock.Builder out) {
        if (type.lockstep() == SocketType.Lockstep.ASKS) {
            out.add("// A REQ waits for the reply before it may ask again\n");
            code.receiveText(out, socket, "reply");
        } else if (type.seesSubscriptions()) {
            out.beginControlFlow("while ($N.recv($T.DONTWAIT) != null)", socket, ZMQ)
                    .add("// subscriptions arriving meanwhile: read, and not counted as messages\n")
                    .endControlFlow();
        } else if (type.answers()) {
            out.add("// Take the replies that came back meanwhile: an asynchronous client does not wait for them\n")
                    .beginControlFlow("while ($T.recvMsg($N, $T.DONTWAIT) != null)", Z_MSG, socket, ZMQ)
                    .addStatement("received++")
                    .endControlFlow();
        }
    }

    /** lpclient: poll for the reply with a timeout; without one, close the socket, open a new one, ask again. */
    private void pirate(CodeBlock.Builder out) {
        int timeout = s.replyTimeoutMs();
        int retries = s.retries() == null ? 0 : s.retries();
        if (s.topic() != null) {
            out.addStatement("String topic = $L", code.text(s.topic(), "seq", null));
        }
        out.addStatement("String request = $L", code.text(s.payload(), "seq", null));
        sendRequest(out);
        out.addStatement("int retriesLeft = $L", retries)
                .add("// Poll for the reply, $L ms at a time; with none, the old socket is confused: close it,"
                        + " open a new one and send the request again (lpclient)\n", timeout)
                .beginControlFlow("while (true)")
                .beginControlFlow("if (poller.poll($L) < 0)", timeout).addStatement("return").endControlFlow()
                .beginControlFlow("if (poller.pollin(0))");
        code.receiveText(out, socket, "reply");
        out.addStatement("break")
                .endControlFlow()
                .beginControlFlow("if (retriesLeft == 0)")
                .addStatement("gaveUp($S)", "server seems to be offline, abandoning (" + retries
                        + (retries == 1 ? " retry" : " retries") + " of " + JavaBehaviourCode.seconds(timeout)
                        + " unanswered)")
                .addStatement("return")
                .endControlFlow()
                .addStatement("retriesLeft--")
                .addStatement("System.out.println(id() + $S)", ": W: no response from server, retrying")
                .addStatement("poller.unregister($N)", socket)
                .addStatement("close($N)", socket)
                .addStatement("$N = $N()", socket, code.opener(s.socket()))
                .addStatement("poller.register($N, $T.POLLIN)", socket, POLLER);
        sendRequest(out);
        out.endControlFlow();
    }

    private void sendRequest(CodeBlock.Builder out) {
        if (s.topic() != null) {
            out.addStatement("$N.sendMore(topic)", socket);
        }
        out.addStatement("$N.send(request)", socket).addStatement("sent++");
    }
}
