package org.zmqdesigner.engine.runtime;

import java.nio.channels.Selector;
import java.util.List;
import org.zeromq.ZMQ;

/**
 * The loop of ZeroMQ's proxy between two sockets, run on a node's own thread so that what passes
 * is counted and traced like any node's traffic: a device uses it, and so does a broker with a
 * DEALER backend (the zguide's rrbroker is this loop written out by hand).
 *
 * <p>A message is taken from one side only when the other side can take it (so requests that no
 * worker can take wait in the frontend's queue, where the canvas shows them), a copy of each goes
 * to the capture socket first when there is one, whole multi-part messages are moved frame for
 * frame (a ROUTER's envelope included), and both directions take turns so neither starves the
 * other. An XPUB's subscriptions travel upstream through the same loop but are not application
 * data, so they are not counted as received or sent.
 */
final class Proxying {

    /** Messages moved one way before the other way gets its turn. */
    static final int BATCH = 64;

    private final NodeRunner node;
    private final SocketTap frontend;
    private final SocketTap backend;
    private final SocketTap capture;

    Proxying(NodeRunner node, SocketTap frontend, SocketTap backend, SocketTap capture) {
        this.node = node;
        this.frontend = frontend;
        this.backend = backend;
        this.capture = capture;
    }

    /** Passes messages both ways until the node is stopped (within one poll, at most a tick). */
    void run() {
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
                forward(frontend, backend);
                forward(backend, frontend);
            }
        } finally {
            node.run.context().closeSelector(selector);
        }
    }

    private void forward(SocketTap from, SocketTap to) {
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

    static boolean writable(SocketTap tap) {
        return (tap.socket.getEvents() & ZMQ.Poller.POLLOUT) != 0;
    }
}
