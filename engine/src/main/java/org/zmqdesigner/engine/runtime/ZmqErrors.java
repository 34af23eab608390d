package org.zmqdesigner.engine.runtime;

import java.util.Map;
import org.zeromq.ZMQException;
import org.zmqdesigner.engine.text.Texts;
import zmq.ZError;

/**
 * JeroMQ's error numbers in words a student can act on. JeroMQ reports its own errors with
 * numbers past 156384712 ("Errno 156384819"), which mean nothing to a reader.
 */
public final class ZmqErrors {

    /** The errors said in words: their keys in the bundle, {@code errno.<name>}. */
    private static final Map<Integer, String> KEYS = Map.ofEntries(
            Map.entry(ZError.EADDRINUSE, "errno.EADDRINUSE"),
            Map.entry(ZError.EADDRNOTAVAIL, "errno.EADDRNOTAVAIL"),
            Map.entry(ZError.EPROTONOSUPPORT, "errno.EPROTONOSUPPORT"),
            Map.entry(ZError.EINVAL, "errno.EINVAL"),
            Map.entry(ZError.ENOTSUP, "errno.ENOTSUP"),
            Map.entry(ZError.ECONNREFUSED, "errno.ECONNREFUSED"),
            Map.entry(ZError.EHOSTUNREACH, "errno.EHOSTUNREACH"),
            Map.entry(ZError.EMSGSIZE, "errno.EMSGSIZE"),
            Map.entry(ZError.EAFNOSUPPORT, "errno.EAFNOSUPPORT"),
            Map.entry(ZError.ENETUNREACH, "errno.ENETUNREACH"),
            Map.entry(ZError.ECONNRESET, "errno.ECONNRESET"),
            Map.entry(ZError.ETIMEDOUT, "errno.ETIMEDOUT"),
            Map.entry(ZError.EFSM, "errno.EFSM"),
            Map.entry(ZError.ETERM, "errno.ETERM"),
            Map.entry(ZError.EMTHREAD, "errno.EMTHREAD"),
            Map.entry(ZError.EIOEXC, "errno.EIOEXC"),
            Map.entry(ZError.ESOCKET, "errno.ESOCKET"),
            Map.entry(ZError.EMFILE, "errno.EMFILE"),
            Map.entry(ZError.EPROTO, "errno.EPROTO"));

    private ZmqErrors() {
    }

    /** The error in words, with its number for whoever searches for it. */
    public static String words(int errno) {
        Texts texts = Texts.of(ZmqErrors.class);
        String key = KEYS.get(errno);
        return key == null ? texts.get("error.number", String.valueOf(errno))
                : texts.get("error.withNumber", texts.get(key), String.valueOf(errno));
    }

    /** A JeroMQ exception in words; other exceptions keep their message. */
    public static String words(RuntimeException e) {
        if (e instanceof ZMQException z) {
            return words(z.getErrorCode());
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
