package org.zmqdesigner.app.run;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.zmqdesigner.engine.runtime.RunReport;
import org.zmqdesigner.engine.text.Texts;

/**
 * What the status bar says when a run is over: stopped, with the report's totals and who was
 * refused, or ended by the engine itself, with the engine's reason first. The numbers are the
 * report's (the engine's counters), never the canvas's.
 */
final class EndWords {
    private static final Texts TEXTS = Texts.of(EndWords.class);
    /** Hosts named one by one after a stop; the rest are counted. */
    static final int HOSTS_NAMED = 3;

    private EndWords() {
    }

    static String stopped(RunReport report) {
        RunReport.Totals t = report.totals();
        String totals = TEXTS.get("end.totals", Long.toString(t.sent()), Long.toString(t.received()),
                Long.toString(t.lostSlowJoiner()), Long.toString(t.lostHwm()), Long.toString(t.unroutable()));
        String seconds = TEXTS.get("end.seconds", String.format(Locale.ROOT, "%.1f", report.durationMs() / 1000.0));
        String refused = refused(report.externalPeers());
        if (report.engineFailure() != null) {
            return TEXTS.get("end.engineFailure", report.engineFailure(), seconds, totals, refused);
        }
        return TEXTS.get("end.stopped", seconds, totals, refused);
    }

    /** " Refused 30 connections that never completed the ZeroMQ handshake: 127.0.0.1 30." or "". */
    static String refused(Map<String, RunReport.OutsidePeer> peers) {
        List<Map.Entry<String, RunReport.OutsidePeer>> hosts = peers.entrySet().stream()
                .filter(e -> e.getValue().refused() > 0).toList();
        if (hosts.isEmpty()) {
            return "";
        }
        long total = hosts.stream().mapToLong(e -> e.getValue().refused()).sum();
        StringBuilder named = new StringBuilder();
        for (int i = 0; i < Math.min(HOSTS_NAMED, hosts.size()); i++) {
            named.append(i == 0 ? "" : ", ").append(TEXTS.get("end.refused.host", hosts.get(i).getKey(),
                    grouped(hosts.get(i).getValue().refused())));
        }
        String list = named.toString();
        if (hosts.size() > HOSTS_NAMED) {
            int more = hosts.size() - HOSTS_NAMED;
            list = TEXTS.get("end.refused.moreHosts", list, Integer.toString(more), more);
        }
        // A sentence of its own after the totals.
        return " " + TEXTS.get("end.refused", grouped(total), total, list);
    }

    private static String grouped(long count) {
        return String.format(Locale.ROOT, "%,d", count);
    }
}
