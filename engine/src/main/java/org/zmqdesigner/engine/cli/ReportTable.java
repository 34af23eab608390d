package org.zmqdesigner.engine.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.zmqdesigner.engine.runtime.RunReport;
import org.zmqdesigner.engine.text.Texts;

/**
 * The end-of-run summary as aligned text columns, in the current language. The numbers and the
 * states are the report's own; headings and sentences come from the cli bundle.
 */
final class ReportTable {
    /** Widths of the node table's columns after the first; the first fits the longest node id. */
    private static final int[] NODE_COLUMNS = {9, 10, 10, 9, 11, 12, 9, 12};
    private static final int[] LINK_COLUMNS = {10, 10, 15};

    private ReportTable() {
    }

    private static String elsewhere(Texts texts, Long count) {
        return count == null ? texts.get("table.elsewhere") : count.toString();
    }

    static void print(RunReport report, PrintWriter out) {
        Texts texts = Texts.of(ReportTable.class);
        out.println(texts.get("table.title", report.topology().isEmpty() ? texts.get("table.untitled")
                : report.topology(), String.format("%.1f", report.durationMs() / 1000.0)));
        int width = Math.max(6, report.nodes().keySet().stream().mapToInt(ReportTable::columns).max().orElse(4));
        out.println(row(width, NODE_COLUMNS, true, texts.get("table.column.node"), texts.get("table.column.state"),
                texts.get("table.column.sent"), texts.get("table.column.received"), texts.get("table.column.dropped"),
                texts.get("table.column.unroutable"), texts.get("table.column.slowJoiner"),
                texts.get("table.column.hwmLost"), texts.get("table.column.beforeStart")));
        for (Map.Entry<String, RunReport.NodeReport> e : report.nodes().entrySet()) {
            RunReport.NodeReport n = e.getValue();
            out.println(row(width, NODE_COLUMNS, true, e.getKey(), n.state(), str(n.sent()), str(n.received()),
                    str(n.dropped()), str(n.unroutable()), str(n.lostSlowJoiner()), str(n.lostHwm()),
                    str(n.publishedWhileAway())));
        }
        if (!report.links().isEmpty()) {
            int linkWidth = Math.max(6, report.links().keySet().stream().mapToInt(ReportTable::columns).max().orElse(4));
            out.println();
            out.println(row(linkWidth, LINK_COLUMNS, false, texts.get("table.column.link"), texts.get("table.column.sent"),
                    texts.get("table.column.delivered"), texts.get("table.column.maxQueueDepth")));
            report.links().forEach((id, l) -> out.println(row(linkWidth, LINK_COLUMNS, false, id,
                    elsewhere(texts, l.sent()), elsewhere(texts, l.delivered()), str(l.maxQueueDepth()))));
            if (report.links().values().stream().anyMatch(l -> l.sent() == null || l.delivered() == null)) {
                out.println(texts.get("table.elsewhere.note"));
            }
        }
        if (!report.externalPeers().isEmpty()) {
            out.println();
            report.externalPeers().forEach((host, peer) -> out.println(texts.get(
                    peer.connections() == 1 ? "table.outside.one" : "table.outside.many",
                    RunReport.OTHER_HOSTS.equals(host) ? texts.get("table.otherHosts") : host,
                    str(peer.connections()), str(peer.messages()),
                    peer.refused() == 0 ? "" : texts.get("table.outside.refused", str(peer.refused())))));
        }
        if (report.nodes().values().stream().anyMatch(n -> n.publishedWhileAway() > 0)) {
            out.println(texts.get("table.beforeStart.note"));
        }
        report.nodes().forEach((id, n) -> {
            if (n.retries() > 0) {
                out.println(texts.get(n.retries() == 1 ? "table.retries.one" : "table.retries.many", id,
                        str(n.retries())));
            }
        });
        if (report.engineFailure() != null) {
            out.println();
            out.println(texts.get("table.engineFailure", report.engineFailure()));
        }
        RunReport.Totals t = report.totals();
        out.println();
        out.println(texts.get("table.total", str(t.sent()), str(t.received()), str(t.lostSlowJoiner()),
                str(t.lostHwm()), str(t.unroutable())));
        out.flush();
    }

    /** A count as printed before: digits only, never grouped. */
    private static String str(long n) {
        return Long.toString(n);
    }

    /**
     * One row: the first cell left-aligned to {@code first}, two spaces, the others right-aligned to
     * their widths (the second left-aligned when {@code secondLeft}), one space apart, as printf's
     * {@code %-Ns  %-9s %10s}… did, counting a Hangul or other wide letter as two columns so that Korean headings align.
     */
    static String row(int first, int[] widths, boolean secondLeft, String... cells) {
        StringBuilder line = new StringBuilder(pad(cells[0], first, true)).append("  ");
        for (int i = 1; i < cells.length; i++) {
            if (i > 1) {
                line.append(' ');
            }
            line.append(pad(cells[i], widths[i - 1], i == 1 && secondLeft));
        }
        return line.toString();
    }

    private static String pad(String cell, int width, boolean left) {
        String text = String.valueOf(cell);
        String space = " ".repeat(Math.max(0, width - columns(text)));
        return left ? text + space : space + text;
    }

    /** How many terminal columns the text takes: East Asian wide letters take two. */
    static int columns(String text) {
        return text.codePoints().map(c -> wide(c) ? 2 : 1).sum();
    }

    private static boolean wide(int c) {
        return c >= 0x1100 && c <= 0x115F || c >= 0x2E80 && c <= 0xA4CF || c >= 0xAC00 && c <= 0xD7A3
                || c >= 0xF900 && c <= 0xFAFF || c >= 0xFF00 && c <= 0xFF60;
    }
}
