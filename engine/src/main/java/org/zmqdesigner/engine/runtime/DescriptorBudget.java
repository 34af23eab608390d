package org.zmqdesigner.engine.runtime;

import java.util.Set;
import org.zmqdesigner.engine.model.Endpoint;
import org.zmqdesigner.engine.model.Link;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.Socket;
import org.zmqdesigner.engine.model.Topology;

/**
 * How many file descriptors a run of a design opens, worked out before anything starts, so that a
 * design too big for the process's limit is refused with the numbers instead of failing node by
 * node with "too many open files".
 *
 * <p>The costs are JeroMQ 0.6.0's on Linux with JDK 17, measured by counting {@code /proc/self/fd}
 * before and after creating each kind of thing many times over in one context (a throwaway
 * program; {@code DescriptorBudgetTest} checks the sum against a real run):
 * <ul>
 *   <li>a context: 5 (its termination mailbox: a pipe and a selector, and one more);</li>
 *   <li>the reaper thread and each I/O thread, started with the first socket: 6 each (a mailbox,
 *       4, and the thread's poller, a selector of 2: epoll and its wake-up eventfd);</li>
 *   <li>a socket: 4 (its mailbox: a pipe and a selector);</li>
 *   <li>a {@code ZMQ.Poller}: 2 (a selector). The engine gives every socket two (SocketTap waits
 *       for input and for room to send on separate ones);</li>
 *   <li>a tcp or ipc bind: 1 (the listening socket; JeroMQ's ipc is tcp on loopback);</li>
 *   <li>a tcp or ipc connection: 1 at each end (2 when both ends run in this process);</li>
 *   <li>inproc binds and connections: 0 (pipes between threads, no descriptor).</li>
 * </ul>
 * A device adds its proxy's control and steer PAIR sockets (no pollers) and the proxy's selector.
 * Connections that programs outside the design make to its binds cannot be known in advance; the
 * limit check leaves a margin for a few.
 */
public final class DescriptorBudget {

    static final int CONTEXT = 5;
    static final int REAPER = 6;
    static final int IO_THREAD = 6;
    static final int SOCKET = 4;
    static final int POLLER = 2;
    static final int POLLERS_PER_SOCKET = 2;
    static final int DEVICE_CONTROL = 2 * SOCKET + POLLER;
    static final int LISTENER = 1;
    static final int CONNECTION_END = 1;

    /**
     * @param descriptors the estimate
     * @param sockets the design's sockets that run (a device's own control sockets not counted)
     * @param ioThreads JeroMQ's I/O threads for the run
     */
    public record Estimate(long descriptors, int sockets, int ioThreads) {
    }

    private DescriptorBudget() {
    }

    /** What running {@code only} (all nodes when empty) of the design opens, all nodes started. */
    public static Estimate estimate(Topology topology, Set<String> only) {
        long descriptors = CONTEXT + REAPER + (long) TopologyRun.IO_THREADS * IO_THREAD;
        int sockets = 0;
        for (Node node : topology.nodes()) {
            if (!runs(node.id(), only)) {
                continue;
            }
            if (node.kind().isDevice()) {
                descriptors += DEVICE_CONTROL;
            }
            for (Socket socket : node.sockets()) {
                sockets++;
                descriptors += SOCKET + POLLERS_PER_SOCKET * POLLER;
                descriptors += LISTENER * overTheNetwork(socket.binds());
                descriptors += CONNECTION_END * overTheNetwork(socket.connects());
            }
        }
        for (Link link : topology.links()) {
            if (!usesDescriptors(link.endpoint())) {
                continue;
            }
            if (runs(link.from().node(), only)) {
                descriptors += CONNECTION_END;
            }
            if (runs(link.to().node(), only)) {
                descriptors += CONNECTION_END;
            }
        }
        return new Estimate(descriptors, sockets, TopologyRun.IO_THREADS);
    }

    private static boolean runs(String node, Set<String> only) {
        return only.isEmpty() || only.contains(node);
    }

    private static int overTheNetwork(java.util.List<String> endpoints) {
        int count = 0;
        for (String endpoint : endpoints) {
            if (usesDescriptors(endpoint)) {
                count++;
            }
        }
        return count;
    }

    /** tcp and ipc need a descriptor per listener and per connection end; inproc none. */
    private static boolean usesDescriptors(String endpoint) {
        return !endpoint.startsWith(Endpoint.Transport.INPROC.scheme() + "://");
    }
}
