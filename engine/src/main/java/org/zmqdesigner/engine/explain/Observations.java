package org.zmqdesigner.engine.explain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.zmqdesigner.engine.event.RunEvent.NodeState;
import org.zmqdesigner.engine.model.SocketRef;

/**
 * What a {@link RunObserver} saw of one run's events, frozen: node lives, connection attempts and
 * when each link first carried a message. Times are the events' clock (nanoseconds since the run
 * started). Events can be skipped when the bus is full ({@code skipped}); the counters in the
 * report never are, so the explainer takes numbers from the report and only times and
 * connection facts from here.
 */
public record Observations(Map<String, List<StateChange>> lives, Map<Target, Long> connectRetries,
                           Set<Target> connected, Map<String, Long> linkConnectedAt,
                           Map<String, Map<String, Long>> firstWriteAt, long skipped) {

    /** Nothing observed (a report read without its events). */
    public static final Observations NONE = new Observations(Map.of(), Map.of(), Set.of(), Map.of(), Map.of(), 0);

    /** One change of a node's state, with the engine's words for it. */
    public record StateChange(long nanos, NodeState state, String detail) {
    }

    /** A socket's connect to one endpoint, as ZeroMQ's monitor names it (resolved: {@code tcp://127.0.0.1:5555}). */
    public record Target(SocketRef socket, String endpoint) {
    }

    public Observations {
        lives = Map.copyOf(lives);
        connectRetries = Map.copyOf(connectRetries);
        connected = Set.copyOf(connected);
        linkConnectedAt = Map.copyOf(linkConnectedAt);
        firstWriteAt = Map.copyOf(firstWriteAt);
    }

    /** The node's last state change seen, if any. */
    public Optional<StateChange> lastChange(String node) {
        List<StateChange> changes = lives.getOrDefault(node, List.of());
        return changes.isEmpty() ? Optional.empty() : Optional.of(changes.get(changes.size() - 1));
    }

    /** When the node stopped for the last time before {@code before}, if it then stayed down. */
    public OptionalLong stoppedBefore(String node, long before) {
        List<StateChange> changes = lives.getOrDefault(node, List.of());
        Long stoppedAt = null;
        for (StateChange c : changes) {
            if (c.nanos() >= before) {
                break;
            }
            if (c.state() == NodeState.STOPPED) {
                stoppedAt = c.nanos();
            } else if (c.state() == NodeState.STARTING || c.state() == NodeState.RUNNING) {
                stoppedAt = null;
            }
        }
        return stoppedAt == null ? OptionalLong.empty() : OptionalLong.of(stoppedAt);
    }

    /** Failed connection attempts of the socket to endpoints on this port (tcp), or to this endpoint. */
    public long retriesTo(SocketRef socket, String endpoint) {
        return connectRetries.entrySet().stream().filter(e -> e.getKey().socket().equals(socket)
                && sameAddress(e.getKey().endpoint(), endpoint)).mapToLong(Map.Entry::getValue).sum();
    }

    /** Whether the socket ever completed a connection to that endpoint. */
    public boolean connectedTo(SocketRef socket, String endpoint) {
        return connected.stream().anyMatch(t -> t.socket().equals(socket) && sameAddress(t.endpoint(), endpoint));
    }

    /** The first time the node wrote a message into the link. */
    public OptionalLong firstWrite(String node, String link) {
        Long at = firstWriteAt.getOrDefault(link, Map.of()).get(node);
        return at == null ? OptionalLong.empty() : OptionalLong.of(at);
    }

    /** The monitor names an endpoint resolved ("tcp://127.0.0.1:5599"); the design may say "localhost". */
    static boolean sameAddress(String observed, String designed) {
        if (observed == null || designed == null) {
            return false;
        }
        if (observed.equals(designed)) {
            return true;
        }
        int a = observed.lastIndexOf(':');
        int b = designed.lastIndexOf(':');
        return observed.startsWith("tcp://") && designed.startsWith("tcp://") && a > 0 && b > 0
                && observed.substring(a).equals(designed.substring(b))
                && loopback(observed.substring(6, a)) && loopback(designed.substring(6, b));
    }

    private static boolean loopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("*")
                || host.equals("0.0.0.0");
    }
}
