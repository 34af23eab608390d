package org.zmqdesigner.engine.runtime;

import java.nio.channels.Selector;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import org.zeromq.ZMQ;
import org.zmqdesigner.engine.model.Behaviour;
import org.zmqdesigner.engine.model.BehaviourSockets;
import org.zmqdesigner.engine.model.Socket;
import org.zmqdesigner.engine.model.SocketType;
import org.zmqdesigner.engine.text.Texts;

/**
 * A broker between clients on a ROUTER frontend and workers on the backend, as the zguide writes
 * it. With a DEALER backend it passes requests and replies both ways, the DEALER dealing requests
 * to the workers in turn (rrbroker: the proxy loop, {@link Proxying}). With a ROUTER backend it is
 * the load-balancing broker (lbbroker):
 *
 * <ul>
 *   <li>a worker's first message, [worker, "", announce] (its "READY"), puts it at the back of
 *       the queue of ready workers;</li>
 *   <li>a client's request [client, "", request] goes to the worker at the head of the queue, the
 *       one ready longest, as [worker, "", client, "", request];</li>
 *   <li>the worker's reply [worker, "", client, "", reply] goes back to the client as
 *       [client, "", reply], and the worker joins the back of the queue again.</li>
 * </ul>
 *
 * Requests are taken from the frontend only while some worker is ready, so while every worker is
 * busy they wait in the frontend's queue, where the canvas shows its depth. A worker that
 * disconnects while waiting in the queue is passed over, so no request is sent into the void.
 */
final class BrokerLoop implements NodeLoop {
    private final Behaviour.Broker broker;

    BrokerLoop(Behaviour.Broker broker) {
        this.broker = broker;
    }

    @Override
    public void run(NodeRunner node) {
        Socket frontend = BehaviourSockets.brokerFrontend(node.node, broker).orElseThrow(() ->
                new NodeRunner.SetupFailure(Texts.of(BrokerLoop.class).get("broker.noFrontend", node.node.id())));
        Socket backend = BehaviourSockets.brokerBackend(node.node, broker).orElseThrow(() ->
                new NodeRunner.SetupFailure(Texts.of(BrokerLoop.class).get("broker.noBackend", node.node.id())));
        if (frontend.type() != SocketType.ROUTER
                || backend.type() != SocketType.ROUTER && backend.type() != SocketType.DEALER) {
            // The validator says so before a run; a design that runs anyway stops here, in words.
            throw new NodeRunner.SetupFailure(Texts.of(BrokerLoop.class).get("broker.wrongSockets", node.node.id(),
                    frontend.type().toString(), frontend.id(), backend.type().toString(), backend.id()));
        }
        SocketTap front = node.tap(frontend.id());
        SocketTap back = node.tap(backend.id());
        if (back.type == SocketType.DEALER) {
            new Proxying(node, front, back, null).run();
        } else {
            balance(node, front, back);
        }
    }

    private static void balance(NodeRunner node, SocketTap frontend, SocketTap backend) {
        Deque<byte[]> ready = new ArrayDeque<>();
        Selector selector = node.run.context().createSelector();
        try {
            while (true) {
                node.checkStop();
                node.tick();
                // Clients are listened to only while a worker can take their request.
                ZMQ.PollItem[] items = {
                        new ZMQ.PollItem(backend.socket, ZMQ.Poller.POLLIN),
                        new ZMQ.PollItem(frontend.socket, ready.isEmpty() ? 0 : ZMQ.Poller.POLLIN),
                };
                ZMQ.poll(selector, items, RunContext.TICK_MILLIS);
                for (int n = 0; n < Proxying.BATCH; n++) {
                    List<byte[]> frames = node.tryReceive(backend);
                    if (frames == null) {
                        break;
                    }
                    fromWorker(node, frames, frontend, ready);
                }
                for (int n = 0; n < Proxying.BATCH; n++) {
                    byte[] worker = nextConnected(backend, ready);
                    if (worker == null) {
                        break;
                    }
                    List<byte[]> request = node.tryReceive(frontend);
                    if (request == null) {
                        ready.addFirst(worker);
                        break;
                    }
                    List<byte[]> routed = new ArrayList<>(request.size() + 2);
                    routed.add(worker);
                    routed.add(new byte[0]);
                    routed.addAll(request);
                    node.sendRouted(backend, routed);
                }
            }
        } finally {
            node.run.context().closeSelector(selector);
        }
    }

    /**
     * The worker ready longest that is still connected. One that left while waiting is forgotten
     * here: the zguide's lbbroker would send it a request that its ROUTER then drops, and that
     * request's client would wait for ever.
     */
    private static byte[] nextConnected(SocketTap backend, Deque<byte[]> ready) {
        while (!ready.isEmpty()) {
            byte[] worker = ready.pollFirst();
            if (backend.knowsRoutingId(worker)) {
                return worker;
            }
        }
        return null;
    }

    /**
     * A worker's announcement or reply: either way the worker is ready again. What follows its
     * REQ envelope is one frame for an announcement, else a client's envelope and the reply.
     */
    private static void fromWorker(NodeRunner node, List<byte[]> frames, SocketTap frontend, Deque<byte[]> ready) {
        byte[] worker = frames.get(0);
        int rest = frames.size() > 2 && frames.get(1).length == 0 ? 2 : 1;
        if (ready.stream().noneMatch(w -> Arrays.equals(w, worker))) {
            ready.addLast(worker);
        }
        if (frames.size() - rest > 1) {
            node.sendRouted(frontend, new ArrayList<>(frames.subList(rest, frames.size())));
        }
    }
}
