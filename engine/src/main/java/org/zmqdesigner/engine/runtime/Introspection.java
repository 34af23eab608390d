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
import zmq.poll.Poller;

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
    private static final VarHandle ENGINE_METADATA;
    private static final VarHandle ENGINE_GREETING_RECEIVED;
    private static final VarHandle CTX_IO_THREADS;
    private static final VarHandle IO_THREAD_POLLER;
    private static final VarHandle POLLER_WORKER;
    private static final VarHandle POLLER_HANDLES;
    private static final VarHandle HANDLE_CHANNEL;
    private static final VarHandle IO_OBJECT_HANDLER;
    private static final VarHandle HANDLE_HANDLER;

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
            ENGINE_METADATA = engine.findVarHandle(StreamEngine.class, "metadata", zmq.io.Metadata.class);
            ENGINE_GREETING_RECEIVED = engine.findVarHandle(StreamEngine.class, "greetingRecv",
                    java.nio.ByteBuffer.class);
            CTX_IO_THREADS = MethodHandles.privateLookupIn(zmq.Ctx.class, MethodHandles.lookup())
                    .findVarHandle(zmq.Ctx.class, "ioThreads", java.util.List.class);
            IO_THREAD_POLLER = MethodHandles.privateLookupIn(zmq.io.IOThread.class, MethodHandles.lookup())
                    .findVarHandle(zmq.io.IOThread.class, "poller", Poller.class);
            Class<?> pollerBase = Class.forName("zmq.poll.PollerBase"); // package-private in JeroMQ
            POLLER_WORKER = MethodHandles.privateLookupIn(pollerBase, MethodHandles.lookup())
                    .findVarHandle(pollerBase, "worker", Thread.class);
            POLLER_HANDLES = MethodHandles.privateLookupIn(Poller.class, MethodHandles.lookup())
                    .findVarHandle(Poller.class, "fdTable", java.util.Set.class);
            IO_OBJECT_HANDLER = MethodHandles.privateLookupIn(zmq.io.IOObject.class, MethodHandles.lookup())
                    .findVarHandle(zmq.io.IOObject.class, "handler", zmq.poll.IPollEvents.class);
            HANDLE_CHANNEL = MethodHandles.privateLookupIn(Poller.Handle.class, MethodHandles.lookup())
                    .findVarHandle(Poller.Handle.class, "fd", java.nio.channels.SelectableChannel.class);
            HANDLE_HANDLER = MethodHandles.privateLookupIn(Poller.Handle.class, MethodHandles.lookup())
                    .findVarHandle(Poller.Handle.class, "handler", zmq.poll.IPollEvents.class);
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
     * connection yet. JeroMQ 0.6.0 attaches an accepted connection's pipe at once, before its
     * handshake: see {@link #handshaken}.
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

    /**
     * Whether the tcp connection behind the pipe completed its ZeroMQ handshake. Until it has, it is
     * not a ZeroMQ connection, and a peer that never completes it (garbage, silence) must not count
     * as an outside program (see {@link #refusedAfterSpeaking}). Read from the socket's thread: the
     * engine sets its metadata once, on the I/O thread; a moment's lag only delays the answer.
     */
    static boolean handshaken(Pipe pipe) {
        Pipe peer = peer(pipe);
        if (peer == null || !(parent(peer) instanceof SessionBase session)) {
            return false;
        }
        return SESSION_ENGINE.getOpaque(session) instanceof StreamEngine stream
                && ENGINE_METADATA.getOpaque(stream) != null;
    }

    /** Whether the pipe's other end is a socket in this process (inproc) rather than a session. */
    static boolean isInproc(Pipe pipe) {
        Pipe peer = peer(pipe);
        return peer != null && parent(peer) instanceof SocketBase;
    }

    /**
     * Whether the tcp connection on {@code channel} is being dropped in its ZeroMQ handshake after
     * its peer sent something: true for bytes which are not ZMTP 3 (random bytes, another protocol,
     * an old ZeroMQ), an incompatible socket type or mechanism; false for a completed handshake and
     * for a peer that sent nothing (closed at once, or silent until the handshake timer). JeroMQ
     * tells a disconnection with the channel only, so this finds the channel's engine in the handle
     * table of the calling I/O thread's poller; null when it cannot be found. An engine compiles its
     * metadata (at least the peer's address) exactly when the security handshake completes, after
     * the greeting and READY were both accepted, so no metadata means no ZeroMQ connection yet (its
     * {@code handshaking} flag ends with the greeting, before the socket type is checked).
     *
     * <p>Only from a monitor hook, which runs on the I/O thread that owns the channel, while JeroMQ
     * reports the disconnection and before it unregisters the channel: the poller's state is that
     * thread's own.
     */
    static Boolean refusedAfterSpeaking(ZMQ.Socket socket, java.nio.channels.SelectableChannel channel) {
        Thread current = Thread.currentThread();
        for (Object ioThread : (java.util.List<?>) CTX_IO_THREADS.get(socket.base().getCtx())) {
            Object poller = IO_THREAD_POLLER.get(ioThread);
            if (POLLER_WORKER.get(poller) != current) {
                continue;
            }
            // The handle table, not the selector: a peer whose bytes came with the connection fails
            // in the engine's first read, before the poller has registered the channel.
            for (Object handle : (Collection<?>) POLLER_HANDLES.get(poller)) {
                if (HANDLE_CHANNEL.get(handle) == channel) {
                    // An engine polls through its IOObject, which passes the events on to it.
                    Object events = HANDLE_HANDLER.get(handle);
                    Object engine = events instanceof zmq.io.IOObject io ? IO_OBJECT_HANDLER.get(io) : events;
                    if (!(engine instanceof StreamEngine stream)) {
                        return null;
                    }
                    // Silence is not refused: JeroMQ's own connect race (see SocketSetup) leaves a
                    // real ZeroMQ peer silent until its handshake timer ends the attempt, and a
                    // silent connection is dropped after the handshake time all the same.
                    boolean spoke = ((java.nio.ByteBuffer) ENGINE_GREETING_RECEIVED.get(stream)).position() > 0;
                    return ENGINE_METADATA.get(stream) == null && spoke;
                }
            }
            return null;
        }
        return null;
    }
}
