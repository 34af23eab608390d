package org.zmqdesigner.engine.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where {@link ObservationBench}'s CPU goes. Each round is accounted with {@link ThreadCpu}: the
 * process's CPU time over the round's whole life (set-up, the N messages, teardown), split into
 * the sending and receiving threads, JeroMQ's I/O threads, the engine's event and sampler threads,
 * JIT and GC, with context switches. The threads are read once more just after the clock stops,
 * while they are still alive. The table adds up the measured rounds per case and side and divides
 * by the messages: CPU per million messages, and the engine's CPU per message over bare's.
 */
final class ObservationCpu {

    private ObservationCpu() {
    }

    /** The threads each round is accounted by: the two sides' work threads first. */
    static final ThreadGroups GROUPS = ThreadGroups.builder()
            .prefixes(Column.WORK.group, "bare-sender", "bare-receiver", "zmq-designer-node-")
            .prefixes(Column.IO.group, "iothread-", "reaper-")
            .prefixes(Column.EVENTS.group, "zmq-designer-events")
            .prefixes(Column.SAMPLER.group, "zmq-designer-queue-sampler")
            .jit().gc().build();

    /** The CPU table's columns, each one group of {@link #GROUPS}. */
    enum Column {
        WORK("sender + receiver", "sender and receiver threads"),
        IO("JeroMQ I/O", "JeroMQ I/O and reaper threads"),
        EVENTS("events", "engine events"),
        SAMPLER("sampler", "queue sampler"),
        JIT("JIT", ThreadGroups.JIT),
        GC("GC", ThreadGroups.GC),
        OTHER("other", ThreadGroups.OTHER);

        final String label;
        final String group;

        Column(String label, String group) {
            this.label = label;
            this.group = group;
        }
    }

    /** The measured rounds' CPU per million messages, per case and side, and engine over bare. */
    static void print(List<ObservationBench.Case> cases,
            Map<ObservationBench.Case, List<ObservationBench.Sample>> bare,
            Map<ObservationBench.Case, List<ObservationBench.Sample>> engine) {
        System.out.println();
        if (!ProcFiles.system().available()) {
            System.out.println("CPU per message: not available (needs Linux /proc)");
            return;
        }
        System.out.println("CPU per million messages, measured rounds added up (a round's whole life: set-up,"
                + " N messages, teardown; from /proc):");
        System.out.println();
        StringBuilder head = new StringBuilder("| case | side | CPU s |");
        StringBuilder rule = new StringBuilder("|---|---|---:|");
        for (Column column : Column.values()) {
            head.append(' ').append(column.label).append(" |");
            rule.append("---:|");
        }
        System.out.println(head + " switches | machine busy |");
        System.out.println(rule + "---:|---:|");
        List<String> ratios = new ArrayList<>();
        for (ObservationBench.Case c : cases) {
            Optional<CpuReport> b = cpuRow(c, "bare", bare.get(c));
            Optional<CpuReport> e = cpuRow(c, "engine", engine.get(c));
            if (b.isPresent() && e.isPresent()) {
                ratios.add(String.format(Locale.ROOT, "%s %.2f", c.label(),
                        perMessage(e.get(), engine.get(c)) / perMessage(b.get(), bare.get(c))));
            }
        }
        System.out.println();
        System.out.println("engine/bare CPU per message: " + (ratios.isEmpty() ? "n/a" : String.join(", ", ratios))
                + (cases.stream().anyMatch(c -> c.pattern() == ObservationBench.Pattern.PUB_SUB)
                        ? " (a PUB, bare and engine, sends " + ObservationBench.PUB_SURPLUS + " more than it counts a leg)"
                        : ""));
        System.out.println("switches: context switches of all threads per million messages; machine busy: cores in use"
                + " on the whole machine during the rounds, other processes included.");
    }

    private static Optional<CpuReport> cpuRow(ObservationBench.Case c, String side,
            List<ObservationBench.Sample> samples) {
        Optional<CpuReport> sum = samples.stream().filter(ObservationBench.Sample::ok).map(ObservationBench.Sample::cpu)
                .filter(r -> r != null).reduce(CpuReport::plus);
        if (sum.isEmpty() || !sum.get().available()) {
            return Optional.empty();
        }
        CpuReport r = sum.get();
        double millions = countedRounds(samples) * c.messages() / 1e6;
        StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "| %s | %s | %.3f |", c.label(), side,
                r.processSeconds() / millions));
        for (Column column : Column.values()) {
            row.append(String.format(Locale.ROOT, " %.3f |", r.group(column.group).cpuSeconds() / millions));
        }
        row.append(String.format(Locale.ROOT, " %,.0f | %.2f of %d |", r.switches() / millions, r.machineBusyCores(),
                r.machineCores()));
        System.out.println(row);
        return sum;
    }

    private static double perMessage(CpuReport report, List<ObservationBench.Sample> samples) {
        return report.processSeconds() / countedRounds(samples);
    }

    private static long countedRounds(List<ObservationBench.Sample> samples) {
        return samples.stream().filter(s -> s.ok() && s.cpu() != null && s.cpu().available()).count();
    }

    /** " 1.23 cores": the process's CPU over one round's wall time, for the round's line. */
    static String cores(CpuReport report) {
        return report == null || !report.available() ? ""
                : String.format(Locale.ROOT, " %4.2f cores", report.processSeconds() / report.wallSeconds());
    }
}
