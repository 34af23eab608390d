package org.zmqdesigner.engine.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Connections from outside that never became ZeroMQ connections: the peer sent bytes that are not
 * ZMTP 3 (random bytes, another protocol, a ZeroMQ older than 3.x), asked for an incompatible socket
 * type or a security mechanism. JeroMQ drops them; this counts them by host, within the same cap as
 * outside programs, so the report and the designer can say who tried. A peer that says nothing is
 * dropped after the handshake time but not counted (see {@link Introspection#refusedAfterSpeaking}):
 * a real JeroMQ peer caught in JeroMQ's connect race, this run's other half in another process
 * included, is silent the same way.
 *
 * <p>This run's own connecting sockets are remembered too, a bounded number of the most recent,
 * so that a failed handshake of theirs is never taken for a stranger's.
 *
 * <p>Called from monitor hooks on JeroMQ's I/O threads; every method is synchronized and cheap.
 */
final class RefusedPeers {
    /** Recent local addresses of this run's own tcp connections; far more than a run keeps open. */
    static final int OWN_ADDRESSES_KEPT = 8_192;

    private final Map<String, Long> byHost = new LinkedHashMap<>();
    private final Map<String, Boolean> own = new LinkedHashMap<>(256, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > OWN_ADDRESSES_KEPT;
        }
    };

    /** A connection this run made from {@code localAddress} ("127.0.0.1:41234"). */
    synchronized void ownConnection(String localAddress) {
        if (localAddress != null) {
            own.put(localAddress, Boolean.TRUE);
        }
    }

    /**
     * A connection from {@code address} dropped during the handshake: the number refused from its
     * host so far, or 0 when the address is one of this run's own connections.
     */
    synchronized long refused(String address) {
        if (own.containsKey(address)) {
            return 0;
        }
        String host = OutsideHosts.host(address);
        if (!byHost.containsKey(host) && byHost.size() >= OutsideHosts.MAX) {
            host = OutsideHosts.OTHERS;
        }
        return byHost.merge(host, 1L, Long::sum);
    }

    synchronized Map<String, Long> byHost() {
        return new LinkedHashMap<>(byHost);
    }
}
