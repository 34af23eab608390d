package org.zmqdesigner.app.run;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.zmqdesigner.engine.runtime.RunReport;

/**
 * What the status bar says when a run is over: stopped, with the report's totals and who was
 * refused, or ended by the engine itself, with the engine's reason first. The numbers are the
 * report's (the engine's counters), never the canvas's.
 */
final class EndWords {
    /** Hosts named one by one after a stop; the rest are counted. */
    static final int HOSTS_NAMED = 3;

    private EndWords() {
    }

    static String stopped(RunReport report) {
        RunReport.Totals t = report.totals();
        String totals = String.format(Locale.ROOT, "%d sent, %d received, %d lost to slow joining, %d at the HWM,"
                + " %d unroutable.", t.sent(), t.received(), t.lostSlowJoiner(), t.lostHwm(), t.unroutable());
        String seconds = String.format(Locale.ROOT, "%.1f s", report.durationMs() / 1000.0);
        String refused = refused(report.externalPeers());
        if (report.engineFailure() != null) {
            return "Run over: " + report.engineFailure() + ". Up to then (" + seconds + "): " + totals + refused;
        }
        return "Stopped after " + seconds + ": " + totals + refused;
    }

    /** " Refused 30 connections that never completed the ZeroMQ handshake: 127.0.0.1 30." or "". */
    static String refused(Map<String, RunReport.OutsidePeer> peers) {
        List<Map.Entry<String, RunReport.OutsidePeer>> hosts = peers.entrySet().stream()
                .filter(e -> e.getValue().refused() > 0).toList();
        if (hosts.isEmpty()) {
            return "";
        }
        long total = hosts.stream().mapToLong(e -> e.getValue().refused()).sum();
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                " Refused %,d %s that never completed the ZeroMQ handshake: ", total,
                total == 1 ? "connection" : "connections"));
        for (int i = 0; i < Math.min(HOSTS_NAMED, hosts.size()); i++) {
            text.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%s %,d", hosts.get(i).getKey(),
                    hosts.get(i).getValue().refused()));
        }
        if (hosts.size() > HOSTS_NAMED) {
            int more = hosts.size() - HOSTS_NAMED;
            text.append(" and ").append(more).append(more == 1 ? " more host" : " more hosts");
        }
        return text.append('.').toString();
    }
}
