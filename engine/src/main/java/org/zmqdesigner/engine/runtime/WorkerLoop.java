package org.zmqdesigner.engine.runtime;

import java.util.List;
import org.zmqdesigner.engine.model.Behaviour;
import org.zmqdesigner.engine.model.BehaviourSockets;
import org.zmqdesigner.engine.text.Texts;

/** Takes a message, works on it (sleeps), sends the result on: the zguide's taskwork. */
final class WorkerLoop implements NodeLoop {
    private final Behaviour.Worker worker;

    WorkerLoop(Behaviour.Worker worker) {
        this.worker = worker;
    }

    @Override
    public void run(NodeRunner node) {
        SocketTap in = node.tap(BehaviourSockets.receiving(node.node, worker.input())
                .orElseThrow(() -> new NodeRunner.SetupFailure(Texts.of(WorkerLoop.class).get("node.noInputSocket", node.node.id())))
                .id());
        SocketTap out = node.tap(BehaviourSockets.sending(node.node, worker.output())
                .orElseThrow(() -> new NodeRunner.SetupFailure(Texts.of(WorkerLoop.class).get("node.noOutputSocket", node.node.id())))
                .id());
        Payloads.Renderer forward = new Payloads(node.node.id()).renderer(worker.forward());
        long seq = 0;
        while (true) {
            List<byte[]> frames = node.receive(in);
            seq++;
            String payload = Payloads.text(frames.get(frames.size() - 1));
            long millis = workMillis(payload);
            if (millis > 0) {
                node.pauseNanos((long) (millis * 1_000_000L / node.controls().rateMultiplier()));
            }
            node.send(out, List.of(forward.render(seq, payload)));
        }
    }

    private long workMillis(String payload) {
        if (Boolean.TRUE.equals(worker.delayFromPayload())) {
            try {
                return Math.max(0, Long.parseLong(payload.trim()));
            } catch (NumberFormatException e) {
                // taskwork would crash on such a task; a worker here just does not wait.
                return worker.delayMs() == null ? 0 : worker.delayMs();
            }
        }
        return worker.delayMs() == null ? 0 : worker.delayMs();
    }
}
