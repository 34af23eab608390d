package org.zmqdesigner.engine.runtime;

import org.zmqdesigner.engine.model.NodeKind;

/**
 * A device: the loop of ZeroMQ's proxy ({@link Proxying}), run here instead of inside
 * {@code ZMQ.proxy} so that the device is observed like every other node (its connections,
 * counts, queue depths and traces, its losses at an XPUB) and stops like one (between two polls,
 * within a tick).
 *
 * <p>Unlike {@code ZMQ.proxy} there is no control socket: stopping sets the node's stop flag and
 * the loop sees it within one poll. A capture socket that cannot take a copy (a PAIR whose
 * listener fell behind) makes the device wait, as the proxy does, still checking for stop.
 */
final class DeviceLoop implements NodeLoop {

    @Override
    public void run(NodeRunner node) {
        new Proxying(node, node.tap(NodeKind.FRONTEND), node.tap(NodeKind.BACKEND),
                node.taps().get(NodeKind.CAPTURE)).run();
    }
}
