package org.zmqdesigner.engine.runtime;

import org.zeromq.ZMQException;
import org.zmqdesigner.engine.text.Texts;

/** Says why a bind failed in words a student can act on. */
final class BindErrors {
    private BindErrors() {
    }

    static String explain(RuntimeException e, String endpoint) {
        if (e instanceof ZMQException z) {
            int code = z.getErrorCode();
            if (code == zmq.ZError.EADDRINUSE) {
                return Texts.of(BindErrors.class).get("bind.addressInUse", endpoint);
            }
            if (code == zmq.ZError.EADDRNOTAVAIL) {
                return Texts.of(BindErrors.class).get("bind.noInterface");
            }
            if (code == zmq.ZError.EPROTONOSUPPORT || code == zmq.ZError.EINVAL) {
                return Texts.of(BindErrors.class).get("bind.badEndpoint", ZmqErrors.words(code));
            }
        }
        return ZmqErrors.words(e);
    }
}
