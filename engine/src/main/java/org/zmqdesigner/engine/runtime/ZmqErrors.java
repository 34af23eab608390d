package org.zmqdesigner.engine.runtime;

import java.util.Map;
import org.zeromq.ZMQException;
import zmq.ZError;

/**
 * JeroMQ's error numbers in words a student can act on. JeroMQ reports its own errors with
 * numbers past 156384712 ("Errno 156384819"), which mean nothing to a reader.
 */
public final class ZmqErrors {

    private static final Map<Integer, String> WORDS = Map.ofEntries(
            Map.entry(ZError.EADDRINUSE, "the address is already in use"),
            Map.entry(ZError.EADDRNOTAVAIL, "no network interface of this machine has that address"),
            Map.entry(ZError.EPROTONOSUPPORT, "ZeroMQ does not support that transport"),
            Map.entry(ZError.EINVAL, "the endpoint or option is not valid"),
            Map.entry(ZError.ENOTSUP, "the socket type does not support that operation"),
            Map.entry(ZError.ECONNREFUSED, "the connection was refused"),
            Map.entry(ZError.EHOSTUNREACH, "no connected peer has that routing id"),
            Map.entry(ZError.EMSGSIZE, "the message is larger than the socket's maximum message size"),
            Map.entry(ZError.EAFNOSUPPORT, "that address family is not supported (is IPv6 switched on?)"),
            Map.entry(ZError.ENETUNREACH, "the network is unreachable"),
            Map.entry(ZError.ECONNRESET, "the peer reset the connection"),
            Map.entry(ZError.ETIMEDOUT, "the operation timed out"),
            Map.entry(ZError.EFSM, "the socket was used out of turn (a REQ must receive its reply before sending"
                    + " again, a REP must reply before receiving)"),
            Map.entry(ZError.ETERM, "the run is stopping (its ZeroMQ context was closed)"),
            Map.entry(ZError.EMTHREAD, "ZeroMQ has no I/O thread left"),
            Map.entry(ZError.EIOEXC, "an I/O error occurred inside ZeroMQ"),
            Map.entry(ZError.ESOCKET, "the operating system refused a socket"),
            Map.entry(ZError.EMFILE, "too many open files: the process reached its limit of file descriptors"
                    + " (see ulimit -n); every socket, connection and node takes some"),
            Map.entry(ZError.EPROTO, "the peer spoke something other than ZMTP"));

    private ZmqErrors() {
    }

    /** The error in words, with its number for whoever searches for it. */
    public static String words(int errno) {
        String words = WORDS.get(errno);
        return words == null ? "ZeroMQ error " + errno : words + " (ZeroMQ error " + errno + ")";
    }

    /** A JeroMQ exception in words; other exceptions keep their message. */
    public static String words(RuntimeException e) {
        if (e instanceof ZMQException z) {
            return words(z.getErrorCode());
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
