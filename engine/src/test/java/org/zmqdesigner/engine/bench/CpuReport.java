package org.zmqdesigner.engine.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@link ThreadCpu} found over one interval (or several added up): CPU seconds and context
 * switches per group of threads, the process's CPU, and how busy the whole machine was.
 *
 * @param wallSeconds the interval's length (summed when reports are added)
 * @param groups per group, in the order the groups were given, "other" last
 * @param processSeconds the process's user + kernel time, threads that ended included
 * @param unaccountedSeconds process time no thread reading covers: threads that ended after their
 *     last reading, and rounding
 * @param machineBusyCores cores busy on the whole machine on average, this process included
 * @param machineCores the machine's CPUs; 0 when /proc is not available
 * @param readingSeconds wall time the first and last reading of /proc took: the process's CPU in
 *     that time is partly outside the threads' readings, so it shows as unattributed
 */
public record CpuReport(double wallSeconds, List<Group> groups, double processSeconds, double unaccountedSeconds,
        double machineBusyCores, int machineCores, double readingSeconds) implements java.io.Serializable {

    /**
     * One group's share; {@code threads} counts the threads seen in it, {@code waitSeconds} is the
     * time its threads were ready to run but waited for a CPU.
     */
    public record Group(String name, int threads, double cpuSeconds, double systemSeconds, double waitSeconds,
            long voluntary, long involuntary) implements java.io.Serializable {

        Group plus(Group other) {
            return new Group(name.isEmpty() ? other.name : name, threads + other.threads,
                    cpuSeconds + other.cpuSeconds, systemSeconds + other.systemSeconds,
                    waitSeconds + other.waitSeconds, voluntary + other.voluntary, involuntary + other.involuntary);
        }

        public long switches() {
            return voluntary + involuntary;
        }
    }

    static CpuReport notAvailable(double wallSeconds) {
        return new CpuReport(wallSeconds, List.of(), 0, 0, 0, 0, 0);
    }

    public boolean available() {
        return machineCores > 0;
    }

    /** Context switches of all this process's threads seen. */
    public long switches() {
        return groups.stream().mapToLong(Group::switches).sum();
    }

    public Group group(String name) {
        return groups.stream().filter(g -> g.name().equals(name)).findFirst()
                .orElse(new Group(name, 0, 0, 0, 0, 0, 0));
    }

    /** Two intervals added up (rounds of one kind): seconds and counts summed, machine load averaged by time. */
    public CpuReport plus(CpuReport other) {
        if (!available()) {
            return other;
        }
        if (!other.available()) {
            return this;
        }
        Map<String, Group> sum = new LinkedHashMap<>();
        for (Group g : groups) {
            sum.put(g.name(), g);
        }
        for (Group g : other.groups) {
            sum.merge(g.name(), g, Group::plus);
        }
        double wall = wallSeconds + other.wallSeconds;
        double busy = wall == 0 ? 0
                : (machineBusyCores * wallSeconds + other.machineBusyCores * other.wallSeconds) / wall;
        return new CpuReport(wall, new ArrayList<>(sum.values()), processSeconds + other.processSeconds,
                unaccountedSeconds + other.unaccountedSeconds, busy, machineCores,
                readingSeconds + other.readingSeconds);
    }

    /**
     * A table: per group the threads, cores used (CPU seconds / wall seconds), the kernel's part,
     * how many of its threads waited for a CPU on average (for one thread: the share of the time it
     * was ready but not running), and context switches a second (voluntary: the thread waited for
     * something; involuntary: it was preempted).
     */
    public void print(PrintStream out) {
        if (!available()) {
            out.println("CPU per thread: not available (needs Linux /proc)");
            return;
        }
        out.printf(Locale.ROOT, "CPU per thread group over %.1f s (from /proc; cores = CPU s / wall s):%n",
                wallSeconds);
        out.printf(Locale.ROOT, "  %-44s %7s %6s %6s %9s %22s%n", "group", "threads", "cores", "kernel",
                "CPU wait", "switches/s vol + invol");
        for (Group g : groups) {
            if (g.threads() == 0) {
                continue;
            }
            out.printf(Locale.ROOT, "  %-44s %7d %6.2f %5.0f%% %9.2f %22s%n", g.name(), g.threads(),
                    g.cpuSeconds() / wallSeconds, g.cpuSeconds() == 0 ? 0 : 100 * g.systemSeconds() / g.cpuSeconds(),
                    g.waitSeconds() / wallSeconds,
                    String.format(Locale.ROOT, "%,.0f + %,.0f", g.voluntary() / wallSeconds,
                            g.involuntary() / wallSeconds));
        }
        if (unaccountedSeconds / wallSeconds >= 0.005) {
            out.printf(Locale.ROOT, "  %-44s %7s %6.2f   (threads that ended; CPU used in the %.0f ms the"
                    + " readings took)%n", "unattributed", "", unaccountedSeconds / wallSeconds, 1000 * readingSeconds);
        }
        out.printf(Locale.ROOT, "  %-44s %7s %6.2f %39s%n", "this process", "", processSeconds / wallSeconds,
                String.format(Locale.ROOT, "%,.0f switches/s", switches() / wallSeconds));
        double others = Math.max(0, machineBusyCores - processSeconds / wallSeconds);
        out.printf(Locale.ROOT, "whole machine: %.2f of %d cores busy (%.0f %%), other processes %.2f cores%s%n",
                machineBusyCores, machineCores, 100 * machineBusyCores / machineCores, others,
                machineBusyCores >= 0.9 * machineCores ? " — saturated" : "");
        out.println("(CPU wait: threads of the group ready to run but waiting for a CPU, on average;"
                + " for one thread, the share of the time)");
    }
}
