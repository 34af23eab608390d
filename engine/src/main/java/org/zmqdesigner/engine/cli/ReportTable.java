package org.zmqdesigner.engine.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.zmqdesigner.engine.runtime.RunReport;

/** The end-of-run summary as aligned text columns. */
final class ReportTable {
    private ReportTable() {
    }

    private static String elsewhere(Long count) {
        return count == null ? "elsewhere" : count.toString();
    }

    static void print(RunReport report, PrintWriter out) {
        out.printf("%s — ran %.1f s%n", report.topology().isEmpty() ? "topology" : report.topology(),
                report.durationMs() / 1000.0);
        int width = Math.max(6, report.nodes().keySet().stream().mapToInt(String::length).max().orElse(4));
        String nodeRow = "%-" + width + "s  %-9s %10s %10s %9s %11s %12s %9s %12s%n";
        out.printf(nodeRow, "node", "state", "sent", "received", "dropped", "unroutable", "slow-joiner",
                "hwm-lost", "before-start");
        for (Map.Entry<String, RunReport.NodeReport> e : report.nodes().entrySet()) {
            RunReport.NodeReport n = e.getValue();
            out.printf(nodeRow, e.getKey(), n.state(), n.sent(), n.received(), n.dropped(), n.unroutable(),
                    n.lostSlowJoiner(), n.lostHwm(), n.publishedWhileAway());
        }
        if (!report.links().isEmpty()) {
            int linkWidth = Math.max(6, report.links().keySet().stream().mapToInt(String::length).max().orElse(4));
            String linkRow = "%-" + linkWidth + "s  %10s %10s %15s%n";
            out.println();
            out.printf(linkRow, "link", "sent", "delivered", "max-queue-depth");
            report.links().forEach((id, l) -> out.printf(linkRow, id, elsewhere(l.sent()), elsewhere(l.delivered()),
                    l.maxQueueDepth()));
            if (report.links().values().stream().anyMatch(l -> l.sent() == null || l.delivered() == null)) {
                out.println("(elsewhere: that end of the link runs in another process, which counts it)");
            }
        }
        if (!report.externalPeers().isEmpty()) {
            out.println();
            report.externalPeers().forEach((host, peer) ->
                    out.printf("outside program(s) at %s: %d connection%s, %d messages%s%n", host, peer.connections(),
                            peer.connections() == 1 ? "" : "s", peer.messages(), peer.refused() == 0 ? ""
                                    : ", " + peer.refused() + " refused (never completed the ZeroMQ handshake)"));
        }
        if (report.nodes().values().stream().anyMatch(n -> n.publishedWhileAway() > 0)) {
            out.println("(before-start: published while that subscriber was not running, before it started or while"
                    + " it was stopped; it could never get those, so they are not losses)");
        }
        report.nodes().forEach((id, n) -> {
            if (n.retries() > 0) {
                out.printf("%s made %d retr%s: a request sent again on a new socket after no reply came in time"
                        + " (Lazy Pirate)%n", id, n.retries(), n.retries() == 1 ? "y" : "ies");
            }
        });
        if (report.engineFailure() != null) {
            out.println();
            out.println("engine failure: " + report.engineFailure());
        }
        RunReport.Totals t = report.totals();
        out.println();
        out.printf("total: %d sent, %d received, %d lost to slow joining, %d lost at the HWM, %d unroutable%n",
                t.sent(), t.received(), t.lostSlowJoiner(), t.lostHwm(), t.unroutable());
        out.flush();
    }
}
