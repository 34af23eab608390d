package org.zmqdesigner.engine.runtime;

import org.zeromq.ZMQException;

/** Says why a bind failed in words a student can act on. */
final class BindErrors {
    private BindErrors() {
    }

    static String explain(RuntimeException e, String endpoint) {
        if (e instanceof ZMQException z) {
            int code = z.getErrorCode();
            if (code == zmq.ZError.EADDRINUSE) {
                return "address already in use — another program (or another node, or an earlier run that is"
                        + " still stopping) holds " + endpoint + "; stop it or pick another port";
            }
            if (code == zmq.ZError.EADDRNOTAVAIL) {
                return "no network interface of this machine has that address";
            }
            if (code == zmq.ZError.EPROTONOSUPPORT || code == zmq.ZError.EINVAL) {
                return "ZeroMQ cannot use that endpoint (" + ZmqErrors.words(code) + ")";
            }
        }
        return ZmqErrors.words(e);
    }
}
