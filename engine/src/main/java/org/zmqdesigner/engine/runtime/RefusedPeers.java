package org.zmqdesigner.engine.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Connections from outside that never became ZeroMQ connections: the peer sent bytes that are not
 * ZMTP 3 (random bytes, another protocol, a ZeroMQ older than 3.x), asked for an incompatible socket
 * type or a security mechanism, or said nothing until the handshake timer ran out. JeroMQ drops
 * them; this counts them by host, within the same cap as outside programs, so the report and the
 * designer can say who tried.
 *
 * <p>This run's own connecting sockets can fail a handshake too (JeroMQ's poller stall, see
 * {@link SocketSetup#HANDSHAKE_MILLIS}, ends in a reconnect), and the binding side then sees a
 * connection dropped while handshaking. Their local addresses are remembered here, a bounded
 * number of the most recent, so such a drop is never taken for a stranger's.
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
