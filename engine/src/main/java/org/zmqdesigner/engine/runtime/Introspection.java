package org.zmqdesigner.engine.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Collection;
import org.zeromq.ZMQ;
import zmq.SocketBase;
import zmq.io.SessionBase;
import zmq.io.StreamEngine;
import zmq.io.net.Address;
import zmq.pipe.Pipe;

/**
 * The one place that reads JeroMQ's private state; everything else asks here.
 *
 * <p>JeroMQ 0.6.0 has no public API for queue contents (libzmq's PIPES_STATS is absent), but each
 * connection is a pair of pipes whose counters drive the high-water mark: {@code msgsWritten} and
 * {@code msgsRead} count whole messages (the last frame of a multipart message moves them).
 * {@code pipes} of a socket is a plain HashSet changed by the socket's own thread, so it is only
 * enumerated there. Single counters are read from other threads with opaque reads: a long field
 * read is atomic on the JVM, and a value may be a moment old, never torn.
 *
 * <p>If a JeroMQ upgrade renames a field, class initialisation fails at once with the name, rather
 * than the engine showing wrong numbers.
 */
final class Introspection {

    private static final VarHandle SOCKET_PIPES;
    private static final VarHandle MSGS_WRITTEN;
    private static final VarHandle MSGS_READ;
    private static final VarHandle PIPE_HWM;
    private static final VarHandle PIPE_LWM;
    private static final VarHandle PIPE_PEER;
    private static final VarHandle PIPE_PARENT;
    private static final VarHandle SESSION_ENGINE;
    private static final VarHandle ENGINE_SELF;
    private static final VarHandle ENGINE_PEER;

    static {
        try {
            MethodHandles.Lookup socketBase = MethodHandles.privateLookupIn(SocketBase.class, MethodHandles.lookup());
            SOCKET_PIPES = socketBase.findVarHandle(SocketBase.class, "pipes", java.util.Set.class);
            MethodHandles.Lookup pipe = MethodHandles.privateLookupIn(Pipe.class, MethodHandles.lookup());
            MSGS_WRITTEN = pipe.findVarHandle(Pipe.class, "msgsWritten", long.class);
            MSGS_READ = pipe.findVarHandle(Pipe.class, "msgsRead", long.class);
            PIPE_HWM = pipe.findVarHandle(Pipe.class, "hwm", int.class);
            PIPE_LWM = pipe.findVarHandle(Pipe.class, "lwm", int.class);
            PIPE_PEER = pipe.findVarHandle(Pipe.class, "peer", Pipe.class);
            PIPE_PARENT = pipe.findVarHandle(Pipe.class, "parent", zmq.ZObject.class);
            MethodHandles.Lookup session = MethodHandles.privateLookupIn(SessionBase.class, MethodHandles.lookup());
            SESSION_ENGINE = session.findVarHandle(SessionBase.class, "engine", zmq.io.IEngine.class);
            MethodHandles.Lookup engine = MethodHandles.privateLookupIn(StreamEngine.class, MethodHandles.lookup());
            ENGINE_SELF = engine.findVarHandle(StreamEngine.class, "selfAddress", Address.class);
            ENGINE_PEER = engine.findVarHandle(StreamEngine.class, "peerAddress", Address.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError("this JeroMQ version does not have the pipe fields the engine"
                    + " observes (" + e.getMessage() + "); the engine is built against JeroMQ 0.6.0");
        }
    }

    private Introspection() {
    }

    /** The socket's pipes, one per connection. Only on the thread that owns the socket. */
    @SuppressWarnings("unchecked")
    static Pipe[] pipes(ZMQ.Socket socket) {
        Collection<Pipe> pipes = (Collection<Pipe>) SOCKET_PIPES.get(socket.base());
        return pipes.toArray(new Pipe[0]);
    }

    /**
     * Whether the socket has a pipe that is not among {@code known}, without copying its pipes.
     * Only on the owning thread.
     */
    @SuppressWarnings("unchecked")
    static boolean hasPipeOutside(ZMQ.Socket socket, java.util.Map<Pipe, ?> known) {
        for (Pipe pipe : (Collection<Pipe>) SOCKET_PIPES.get(socket.base())) {
            if (!known.containsKey(pipe)) {
                return true;
            }
        }
        return false;
    }

    static long written(Pipe pipe) {
        return (long) MSGS_WRITTEN.getOpaque(pipe);
    }

    static long read(Pipe pipe) {
        return (long) MSGS_READ.getOpaque(pipe);
    }

    /** The outbound high-water mark of this pipe (for inproc, both sides' HWMs added). */
    static int hwm(Pipe pipe) {
        return (int) PIPE_HWM.getOpaque(pipe);
    }

    static int lwm(Pipe pipe) {
        return (int) PIPE_LWM.getOpaque(pipe);
    }

    static Pipe peer(Pipe pipe) {
        return (Pipe) PIPE_PEER.getOpaque(pipe);
    }

    /** The socket or session a pipe is attached to. */
    static Object parent(Pipe pipe) {
        return PIPE_PARENT.get(pipe);
    }

    /**
     * For a pipe to a tcp session, the addresses of its current connection as {@code self|peer}
     * ("127.0.0.1:5555|127.0.0.1:41234"); null for inproc, or while a connecting side has no
     * connection yet.
     */
    static String tcpAddresses(Pipe pipe) {
        Pipe peer = peer(pipe);
        if (peer == null || !(parent(peer) instanceof SessionBase session)) {
            return null;
        }
        Object engine = SESSION_ENGINE.getOpaque(session);
        if (!(engine instanceof StreamEngine stream)) {
            return null;
        }
        Address self = (Address) ENGINE_SELF.get(stream);
        Address other = (Address) ENGINE_PEER.get(stream);
        if (self == null || other == null || self.address().isEmpty() || other.address().isEmpty()) {
            return null;
        }
        return self.address() + "|" + other.address();
    }

    /** Whether the pipe's other end is a socket in this process (inproc) rather than a session. */
    static boolean isInproc(Pipe pipe) {
        Pipe peer = peer(pipe);
        return peer != null && parent(peer) instanceof SocketBase;
    }
}
