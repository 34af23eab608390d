package org.zmqdesigner.engine.runtime;

import org.zmqdesigner.engine.model.Behaviour;
import org.zmqdesigner.engine.model.BehaviourSockets;

/** Receives and counts; a delay per message makes a slow consumer. */
final class SinkLoop implements NodeLoop {
    private final Behaviour.Sink sink;

    SinkLoop(Behaviour.Sink sink) {
        this.sink = sink;
    }

    @Override
    public void run(NodeRunner node) {
        String socketId = BehaviourSockets.receiving(node.node, sink.socket())
                .orElseThrow(() -> new NodeRunner.SetupFailure("node " + node.node.id() + " has no socket to receive on"))
                .id();
        SocketTap tap = node.tap(socketId);
        long count = sink.count() == null ? Long.MAX_VALUE : sink.count();
        long delay = sink.delayMs() == null ? 0 : sink.delayMs() * 1_000_000L;
        long received = 0;
        while (received < count) {
            if (!node.receiveAndCount(tap)) {
                continue;
            }
            received++;
            if (delay > 0) {
                node.pauseNanos((long) (delay / node.controls().rateMultiplier()));
            } else if ((received & 63) == 0) {
                node.tick();
            }
        }
    }
}
