package org.zmqdesigner.engine.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Outside programs counted by host, not by connection: a probe or a client that reconnects makes
 * a new connection (and a new port) each time, and one entry per connection grew without end
 * (350 after one probe). Past {@link #MAX} hosts, the rest are counted together under
 * {@link #OTHERS}.
 */
final class OutsideHosts {
    static final int MAX = 100;
    static final String OTHERS = RunReport.OTHER_HOSTS;

    private OutsideHosts() {
    }

    /** The host of "host:port" or "[v6]:port". */
    static String host(String address) {
        if (address == null) {
            return "unknown";
        }
        int colon = address.lastIndexOf(':');
        return colon > 0 ? address.substring(0, colon) : address;
    }

    /** Adds connections and messages of an address to its host's totals, within the cap. */
    static void add(Map<String, long[]> totals, String address, long connections, long messages) {
        String host = host(address);
        if (!totals.containsKey(host) && totals.size() >= MAX) {
            host = OTHERS;
        }
        long[] t = totals.computeIfAbsent(host, k -> new long[2]);
        t[0] += connections;
        t[1] += messages;
    }

    static Map<String, long[]> copy(Map<String, long[]> totals) {
        Map<String, long[]> copy = new LinkedHashMap<>();
        totals.forEach((host, t) -> copy.put(host, t.clone()));
        return copy;
    }
}
