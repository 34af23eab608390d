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
 * running. The proxy's thread is never interrupted: an interrupt during JeroMQ's NIO closes the
 * channels its mailboxes signal on, which wedges the whole context (seen: the reaper thread died
 * on an AssertionError and the run never ended). Should the send fail, the stop's budget runs out
 * and the run says which node did not stop.
 */
final class DeviceLoop implements NodeLoop {
    private static final java.util.concurrent.atomic.AtomicLong CONTROLS = new java.util.concurrent.atomic.AtomicLong();

    @Override
    public void run(NodeRunner node) {
        String endpoint = "inproc://zmq-designer-control-" + CONTROLS.incrementAndGet();
        ZMQ.Socket control = node.run.context().createSocket(org.zeromq.SocketType.PAIR);
        ZMQ.Socket steer = node.run.context().createSocket(org.zeromq.SocketType.PAIR);
        Steering steering = new Steering(steer);
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

            node.run.context().destroySocket(steer);
            node.run.context().destroySocket(control);
        }
    }

    /** The stopping thread's one use of the steer socket, never after the proxy has returned. */
    private static final class Steering {
        private final ZMQ.Socket steer;
        private boolean done;

        Steering(ZMQ.Socket steer) {
            this.steer = steer;
        }

        synchronized void terminate() {
            if (done) {
                return;
            }
            try {
                if (!steer.send(ZMQ.PROXY_TERMINATE, ZMQ.DONTWAIT)) {
                    System.getLogger(DeviceLoop.class.getName()).log(System.Logger.Level.WARNING,
                            "could not tell a device's proxy to stop (its control queue is full)");
                }
            } catch (RuntimeException e) {
                System.getLogger(DeviceLoop.class.getName()).log(System.Logger.Level.WARNING,
                        "could not tell a device's proxy to stop: " + ZmqErrors.words(e));
            }
        }

        synchronized void done() {
            done = true;
        }
    }
}
