package org.zmqdesigner.engine.runtime;

import org.zeromq.ZMQ;
import org.zmqdesigner.engine.model.NodeKind;

/**
 * A device is JeroMQ's own proxy between frontend and backend, with the capture socket when the
 * design has one. It blocks its thread; stopping the node sends the proxy TERMINATE on its
 * control socket. The proxy's sockets are observed from their peers' side (and, for
 * connections only the device knows, not at all): the proxy thread never comes back to us.
 */
final class DeviceLoop implements NodeLoop {
    private static final java.util.concurrent.atomic.AtomicLong CONTROLS = new java.util.concurrent.atomic.AtomicLong();

    @Override
    public void run(NodeRunner node) {
        String endpoint = "inproc://zmq-designer-control-" + CONTROLS.incrementAndGet();
        ZMQ.Socket control = node.run.context().createSocket(org.zeromq.SocketType.PAIR);
        try {
            control.bind(endpoint);
            node.onStop(() -> terminate(node, endpoint));
            ZMQ.Socket capture = node.socket(NodeKind.CAPTURE);
            ZMQ.proxy(node.socket(NodeKind.FRONTEND), node.socket(NodeKind.BACKEND), capture, control);
            node.checkStop();
        } finally {
            node.run.context().destroySocket(control);
        }
    }

    private static void terminate(NodeRunner node, String endpoint) {
        try {
            ZMQ.Socket steer = node.run.context().createSocket(org.zeromq.SocketType.PAIR);
            try {
                steer.setLinger(1000);
                steer.connect(endpoint);
                steer.send(ZMQ.PROXY_TERMINATE, 0);
            } finally {
                node.run.context().destroySocket(steer);
            }
        } catch (RuntimeException e) {
            // The context is closing already; the proxy returns on its own.
        }
    }
}
