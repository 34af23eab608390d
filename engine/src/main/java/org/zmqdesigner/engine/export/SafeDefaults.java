package org.zmqdesigner.engine.export;

import org.zmqdesigner.engine.model.SocketOption;

/**
 * The options every exported socket gets before the design's own, the same the engine sets on
 * every socket of a run: a program left running on a network port must not be made to allocate a
 * 2 GB frame by a stranger, hold a silent connection for 30 s, or hang on exit.
 */
public final class SafeDefaults {
    private SafeDefaults() {
    }

    /** ZMQ_MAXMSGSIZE: the largest message a socket accepts, 1 MiB. */
    public static final int MAX_MSG_SIZE = SocketOption.RUN_MAX_MSG_SIZE;

    /** ZMQ_HANDSHAKE_IVL: how long a new connection may take to say who it is. */
    public static final int HANDSHAKE_MILLIS = SocketOption.RUN_HANDSHAKE_MILLIS;

    /** ZMQ_LINGER: closing drops what is unsent instead of waiting for a peer that may never come. */
    public static final int LINGER_MILLIS = SocketOption.RUN_LINGER_MILLIS;
}
