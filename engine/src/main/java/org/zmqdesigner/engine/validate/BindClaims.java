package org.zmqdesigner.engine.validate;

import java.util.HashMap;
import java.util.Map;
import org.zmqdesigner.engine.model.Endpoint;

/**
 * The addresses binds claim on each machine, indexed so that each new bind finds the earliest
 * earlier bind it overlaps ({@link Endpoint#overlaps}) in constant time, instead of being compared
 * with every bind before it.
 *
 * <p>An ipc or inproc bind claims its path. A tcp bind claims its port on one address, or on every
 * address when its host is a wildcard; a bind on any free port ({@code *}) claims nothing another
 * bind can clash with. So per machine and port it is enough to remember the first bind, the first
 * wildcard bind and the first bind of each address.
 *
 * @param <B> what the caller remembers about a bind
 */
final class BindClaims<B> {

    private record Claim<B>(int order, B bind) {
    }

    private record PathKey(String machine, Endpoint.Transport transport, String path) {
    }

    private record PortKey(String machine, long port) {
    }

    /** Who bound one port of one machine first: at all, on every address, and on each address. */
    private static final class Port<B> {
        Claim<B> first;
        Claim<B> firstWildcard;
        final Map<String, Claim<B>> firstByHost = new HashMap<>();
    }

    private final Map<PathKey, Claim<B>> paths = new HashMap<>();
    private final Map<PortKey, Port<B>> ports = new HashMap<>();
    private int order;

    /**
     * Records that {@code bind} binds {@code endpoint} on {@code machine}, after all binds claimed
     * so far, and returns the earliest of those it overlaps, or null.
     */
    B claim(String machine, Endpoint endpoint, B bind) {
        Claim<B> claim = new Claim<>(order++, bind);
        if (!endpoint.isTcp()) {
            Claim<B> earlier = paths.putIfAbsent(new PathKey(machine, endpoint.transport(), endpoint.path()), claim);
            return earlier == null ? null : earlier.bind();
        }
        if (endpoint.port() == Endpoint.ANY_PORT) {
            return null;
        }
        Port<B> port = ports.computeIfAbsent(new PortKey(machine, endpoint.port()), k -> new Port<>());
        Claim<B> earlier = endpoint.isWildcardHost() ? port.first
                : earliest(port.firstWildcard, port.firstByHost.get(endpoint.canonicalHost()));
        if (port.first == null) {
            port.first = claim;
        }
        if (endpoint.isWildcardHost() && port.firstWildcard == null) {
            port.firstWildcard = claim;
        }
        port.firstByHost.putIfAbsent(endpoint.canonicalHost(), claim);
        return earlier == null ? null : earlier.bind();
    }

    private static <B> Claim<B> earliest(Claim<B> a, Claim<B> b) {
        if (a == null) {
            return b;
        }
        return b == null || a.order() < b.order() ? a : b;
    }
}
