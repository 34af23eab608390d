package org.zmqdesigner.engine.runtime;

import java.nio.channels.Selector;
import java.util.List;
import org.zeromq.ZMQ;
import org.zmqdesigner.engine.model.NodeKind;

/**
 * A device: the loop of ZeroMQ's proxy, run here instead of inside {@code ZMQ.proxy} so that the
 * device is observed like every other node (its connections, counts, queue depths and traces,
 * its losses at an XPUB) and stops like one (between two polls, within a tick).
 *
 * <p>What it does is the proxy's: a message is taken from one side only when the other side can
 * take it (so a queue device with no worker leaves requests waiting in its frontend's queue,
 * where the canvas shows them), a copy of each message goes to the capture socket first when the
 * design has one, whole multi-part messages are moved frame for frame (a ROUTER's envelope
 * included), and both directions take turns so neither starves the other. An XPUB's
 * subscriptions travel upstream through the same loop; they are not application data, so they
 * are not counted as received or sent by the device (the capture still gets its copy, as the
 * zguide's espresso prints).
 *
 * <p>Unlike {@code ZMQ.proxy} there is no control socket: stopping sets the node's stop flag and
 * the loop sees it within one poll. A capture socket that cannot take a copy (a PAIR whose
 * listener fell behind) makes the device wait, as the proxy does, still checking for stop.
 */
final class DeviceLoop implements NodeLoop {

    /** Messages moved one way before the other way gets its turn. */
    static final int BATCH = 64;

    @Override
    public void run(NodeRunner node) {
        SocketTap frontend = node.tap(NodeKind.FRONTEND);
        SocketTap backend = node.tap(NodeKind.BACKEND);
        SocketTap capture = node.taps().get(NodeKind.CAPTURE);
        Selector selector = node.run.context().createSelector();
        try {
            while (true) {
                node.checkStop();
                node.tick();
                boolean toBackend = writable(backend);
                boolean toFrontend = writable(frontend);
                // Wait for input on a side whose message can go on, or for a blocked side to drain.
                ZMQ.PollItem[] items = {
                        new ZMQ.PollItem(frontend.socket, (toBackend ? ZMQ.Poller.POLLIN : 0)
                                | (toFrontend ? 0 : ZMQ.Poller.POLLOUT)),
                        new ZMQ.PollItem(backend.socket, (toFrontend ? ZMQ.Poller.POLLIN : 0)
                                | (toBackend ? 0 : ZMQ.Poller.POLLOUT)),
                };
                ZMQ.poll(selector, items, RunContext.TICK_MILLIS);
                forward(node, frontend, backend, capture);
                forward(node, backend, frontend, capture);
            }
        } finally {
            node.run.context().closeSelector(selector);
        }
    }

    private static void forward(NodeRunner node, SocketTap from, SocketTap to, SocketTap capture) {
        boolean data = !from.type.seesSubscriptions();
        for (int moved = 0; moved < BATCH && writable(to); moved++) {
            List<byte[]> frames = node.tryReceive(from, data);
            if (frames == null) {
                return;
            }
            if (capture != null) {
                node.send(capture, frames);
            }
            if (to.type.routes()) {
                node.sendRouted(to, frames);
            } else {
                node.send(to, frames, data);
            }
        }
    }

    private static boolean writable(SocketTap tap) {
        return (tap.socket.getEvents() & ZMQ.Poller.POLLOUT) != 0;
    }
}
