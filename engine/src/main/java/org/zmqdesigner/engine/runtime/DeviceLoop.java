package org.zmqdesigner.engine.runtime;

import org.zeromq.ZMQ;
import org.zmqdesigner.engine.model.NodeKind;

/**
 * A device is JeroMQ's own proxy between frontend and backend, with the capture socket when the
 * design has one. It blocks its thread; stopping the node sends the proxy TERMINATE on its
 * control socket. The proxy's sockets are observed from their peers' side (and, for
 * connections only the device knows, not at all): the proxy thread never comes back to us.
 *
 * <p>The socket that sends TERMINATE is made and connected here, before the proxy starts, so that
 * stopping only has to send one message on an inproc pair that is already there: making a socket
 * at stop time could fail (the context closing) and leave the proxy, its thread and the context
 * running. Should the send fail all the same, the node's thread is interrupted, which ends the
 * proxy's poll.
 */
final class DeviceLoop implements NodeLoop {
    private static final java.util.concurrent.atomic.AtomicLong CONTROLS = new java.util.concurrent.atomic.AtomicLong();

    @Override
    public void run(NodeRunner node) {
        String endpoint = "inproc://zmq-designer-control-" + CONTROLS.incrementAndGet();
        ZMQ.Socket control = node.run.context().createSocket(org.zeromq.SocketType.PAIR);
        ZMQ.Socket steer = node.run.context().createSocket(org.zeromq.SocketType.PAIR);
        Thread proxyThread = Thread.currentThread();
        Steering steering = new Steering(steer, proxyThread);
        try {
            control.bind(endpoint);
            steer.setLinger(0);
            steer.connect(endpoint);
            // Handed to the stopping thread once: a socket may change threads between uses.
            node.onStop(steering::terminate);
            ZMQ.Socket capture = node.socket(NodeKind.CAPTURE);
            ZMQ.proxy(node.socket(NodeKind.FRONTEND), node.socket(NodeKind.BACKEND), capture, control);
            node.checkStop();
        } finally {
            steering.done();
            Thread.interrupted(); // a fallback interrupt has done its work; closing must not see it

            node.run.context().destroySocket(steer);
            node.run.context().destroySocket(control);
        }
    }

    /** The stopping thread's one use of the steer socket, never after the proxy has returned. */
    private static final class Steering {
        private final ZMQ.Socket steer;
        private final Thread proxyThread;
        private boolean done;

        Steering(ZMQ.Socket steer, Thread proxyThread) {
            this.steer = steer;
            this.proxyThread = proxyThread;
        }

        synchronized void terminate() {
            if (done) {
                return;
            }
            boolean sent;
            try {
                sent = steer.send(ZMQ.PROXY_TERMINATE, ZMQ.DONTWAIT);
            } catch (RuntimeException e) {
                sent = false;
            }
            if (!sent) {
                proxyThread.interrupt();
            }
        }

        synchronized void done() {
            done = true;
        }
    }
}
