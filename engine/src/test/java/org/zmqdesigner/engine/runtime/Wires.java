package org.zmqdesigner.engine.runtime;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zmqdesigner.engine.event.EventBus;
import org.zmqdesigner.engine.event.RunEvent;
import org.zmqdesigner.engine.format.TopologyFormat;
import org.zmqdesigner.engine.model.Topology;
import zmq.pipe.Pipe;

/**
 * Real JeroMQ sockets, driven from the test thread, for tests of the observation classes one at a
 * time: a context, the pipes of a socket as {@link Introspection} reads them, a run context whose
 * events are collected, and topologies written as .zmqtopo text.
 */
final class Wires implements AutoCloseable {

    final ZContext context = new ZContext();
    final List<RunEvent> events = new CopyOnWriteArrayList<>();
    private final List<EventBus> buses = new CopyOnWriteArrayList<>();

    /** A socket with its send and receive HWMs set before it binds or connects (0 keeps the default). */
    ZMQ.Socket socket(SocketType type, int sndhwm, int rcvhwm) {
        ZMQ.Socket s = context.createSocket(type);
        s.setLinger(0);
        if (sndhwm > 0) {
            s.setSndHWM(sndhwm);
        }
        if (rcvhwm > 0) {
            s.setRcvHWM(rcvhwm);
        }
        return s;
    }

    ZMQ.Socket socket(SocketType type) {
        return socket(type, 0, 0);
    }

    /**
     * The socket's only pipe, once it has attached: a bound socket attaches an inproc peer when it
     * next processes its commands, which entering the library makes it do.
     */
    static Pipe onlyPipe(ZMQ.Socket socket) {
        Pipe[][] found = new Pipe[1][];
        Runs.await("the socket to have exactly one pipe", 2_000, () -> {
            socket.getEvents();
            found[0] = Introspection.pipes(socket);
            return found[0].length == 1;
        }, () -> List.of(found[0]));
        return found[0][0];
    }

    /** All pipes of the socket, after it processed its pending commands. */
    static Pipe[] pipes(ZMQ.Socket socket) {
        socket.getEvents();
        return Introspection.pipes(socket);
    }

    static Connection.Side side(String node, String socket, org.zmqdesigner.engine.model.SocketType type, Pipe pipe) {
        return new Connection.Side(node, socket, type, pipe, 0, 0, null);
    }

    /** A run context over the topology whose published events land in {@link #events}. */
    RunContext run(Topology topology, Set<String> only) {
        EventBus bus = new EventBus("obs-test-events", EventBus.DEFAULT_CAPACITY, 1);
        bus.subscribe(events::addAll);
        buses.add(bus);
        return new RunContext(topology, only, context, bus, new RunControls(), System.nanoTime(),
                RunOptions.DEFAULT_REPLY_PATIENCE_MILLIS);
    }

    RunContext run(Topology topology) {
        return run(topology, Set.of());
    }

    /** The collected events of one type, waiting until at least {@code count} of them arrived. */
    <T extends RunEvent> List<T> await(Class<T> type, int count) {
        Runs.await(count + " " + type.getSimpleName() + " event(s)", 2_000,
                () -> of(type).size() >= count, () -> events);
        return of(type);
    }

    <T extends RunEvent> List<T> of(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /**
     * Waits until every event published so far has reached {@link #events}: a marker published
     * now arrives after them, each bus keeping order.
     */
    void drain() {
        for (EventBus bus : buses) {
            RunEvent marker = new RunEvent.QueueDepth(-1, "drain-marker-" + System.nanoTime(), 0, 0);
            bus.publish(marker);
            Runs.await("the event bus to deliver what was published", 2_000, () -> events.contains(marker),
                    () -> events);
            events.remove(marker);
        }
    }

    static Topology topology(String json) {
        try {
            return new TopologyFormat().read(json.getBytes(StandardCharsets.UTF_8), "test");
        } catch (Exception e) {
            throw new IllegalStateException("test topology does not load: " + json, e);
        }
    }

    /**
     * A topology of one link from {@code fromNode/fromSocket} (dialling) to {@code toNode/toSocket}
     * (binding); the nodes have no behaviour, the sockets no options.
     */
    static Topology oneLink(String link, String fromNode, String fromSocket, String fromType,
                            String toNode, String toSocket, String toType, String endpoint) {
        return topology("""
                {"formatVersion": 1, "nodes": [
                  {"id": "%s", "sockets": [{"id": "%s", "type": "%s"}]},
                  {"id": "%s", "sockets": [{"id": "%s", "type": "%s", "binds": ["%s"]}]}],
                 "links": [{"id": "%s", "from": {"node": "%s", "socket": "%s"},
                            "to": {"node": "%s", "socket": "%s"}, "endpoint": "%s"}]}
                """.formatted(fromNode, fromSocket, fromType, toNode, toSocket, toType, endpoint,
                link, fromNode, fromSocket, toNode, toSocket, endpoint));
    }

    @Override
    public void close() {
        buses.forEach(EventBus::close);
        context.close();
    }
}
