package org.zmqdesigner.engine.runtime;

import java.util.ArrayList;
import java.util.List;
import org.zmqdesigner.engine.model.BehaviourSockets;
import org.zmqdesigner.engine.model.SocketType;

/**
 * Answers each request: a responder with its reply template, an echo with the request itself.
 * On a ROUTER or DEALER the envelope (frames up to the empty delimiter, or a ROUTER's identity)
 * is kept, so the answer goes back to whoever asked, as the zguide's chapter 3 describes.
 */
final class ResponderLoop implements NodeLoop {
    private final String socket;
    private final Integer delayMs;
    private final String reply;
    private final boolean echo;

    ResponderLoop(String socket, Integer delayMs, String reply, boolean echo) {
        this.socket = socket;
        this.delayMs = delayMs;
        this.reply = reply;
        this.echo = echo;
    }

    @Override
    public void run(NodeRunner node) {
        String socketId = BehaviourSockets.replying(node.node, socket)
                .orElseThrow(() -> new NodeRunner.SetupFailure("node " + node.node.id() + " has no socket to answer on"))
                .id();
        SocketTap tap = node.tap(socketId);
        Payloads.Renderer renderer = echo ? null : new Payloads(node.node.id()).renderer(reply);
        long seq = 0;
        while (true) {
            List<byte[]> request = node.receive(tap);
            seq++;
            if (delayMs != null && delayMs > 0) {
                node.pauseNanos((long) (delayMs * 1_000_000L / node.controls().rateMultiplier()));
            }
            int bodyStart = envelopeEnd(tap.type, request);
            List<byte[]> answer = new ArrayList<>(request.subList(0, bodyStart));
            if (echo) {
                answer.addAll(request.subList(bodyStart, request.size()));
            } else {
                byte[] body = request.get(request.size() - 1);
                answer.add(renderer.render(seq, Payloads.text(body)));
            }
            if (answer.size() == bodyStart) {
                answer.add(new byte[0]);
            }
            if (tap.type.routes()) {
                node.sendRouted(tap, answer);
            } else {
                node.send(tap, answer);
            }
        }
    }

    /** Index of the first body frame: REP strips envelopes itself; ROUTER and DEALER do not. */
    static int envelopeEnd(SocketType type, List<byte[]> frames) {
        if (!type.keepsEnvelope()) {
            return 0;
        }
        for (int i = 0; i < frames.size() - 1; i++) {
            if (frames.get(i).length == 0) {
                return i + 1;
            }
        }
        return type.routes() ? 1 : 0;
    }
}
