package org.zmqdesigner.engine.bench;

import java.util.Optional;

/** The counters read from /proc text: one thread's, the process's, the whole machine's. */
final class ProcCounters {

    private ProcCounters() {
    }

    /**
     * One thread as /proc/self/task/TID shows it. {@code comm} is the kernel's name for it: the
     * Java thread name cut to 15 characters. {@code startTicks} tells a reused thread id apart.
     * {@code waitNanos} is the time it was ready to run but waited for a CPU (schedstat; 0 when the
     * kernel does not keep it).
     */
    record Task(int tid, long startTicks, String comm, long userTicks, long systemTicks, long voluntary,
            long involuntary, long waitNanos) {

        long cpuTicks() {
            return userTicks + systemTicks;
        }

        /** This thread's counters less an earlier reading of the same thread. */
        Task minus(Task earlier) {
            return new Task(tid, startTicks, comm, userTicks - earlier.userTicks, systemTicks - earlier.systemTicks,
                    voluntary - earlier.voluntary, involuntary - earlier.involuntary, waitNanos - earlier.waitNanos);
        }

        /** The same thread before it had run at all: what a thread born during a measurement started from. */
        Task zero() {
            return new Task(tid, startTicks, comm, 0, 0, 0, 0, 0);
        }
    }

    /** The whole machine from /proc/stat's "cpu" line: ticks busy and in all, summed over its CPUs. */
    record Machine(long busyTicks, long totalTicks, int cpus) {
        Machine minus(Machine earlier) {
            return new Machine(busyTicks - earlier.busyTicks, totalTicks - earlier.totalTicks, cpus);
        }
    }

    /**
     * A thread from its stat and status files. The name sits in parentheses and may itself hold
     * spaces and parentheses, so the fields are counted from the last ')'.
     */
    static Optional<Task> task(int tid, String stat, String status, Optional<String> schedstat) {
        int open = stat.indexOf('(');
        int close = stat.lastIndexOf(')');
        if (open < 0 || close < open) {
            return Optional.empty();
        }
        String[] fields = stat.substring(close + 1).trim().split("\\s+");
        // fields[0] is field 3 (state) of proc(5): utime is 14, stime 15, starttime 22.
        if (fields.length < 20) {
            return Optional.empty();
        }
        return Optional.of(new Task(tid, Long.parseLong(fields[19]), stat.substring(open + 1, close),
                Long.parseLong(fields[11]), Long.parseLong(fields[12]), statusValue(status, "voluntary_ctxt_switches"),
                statusValue(status, "nonvoluntary_ctxt_switches"), schedstat.map(ProcCounters::waitNanos).orElse(0L)));
    }

    /** schedstat: time on a CPU, time waiting on a run queue (both ns), time slices. */
    static long waitNanos(String schedstat) {
        String[] fields = schedstat.trim().split("\\s+");
        return fields.length >= 2 ? Long.parseLong(fields[1]) : 0;
    }

    /**
     * The process's user + system ticks from /proc/self/stat. Unlike the sum over its threads this
     * includes threads that have ended.
     */
    static long processTicks(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 1).trim().split("\\s+");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** /proc/stat: busy is everything but idle and iowait; guest time is already inside user. */
    static Machine machine(String procStat) {
        long busy = 0;
        long total = 0;
        int cpus = 0;
        for (String line : procStat.split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f[0].equals("cpu")) {
                for (int i = 1; i < f.length && i <= 8; i++) {
                    long v = Long.parseLong(f[i]);
                    total += v;
                    if (i != 4 && i != 5) { // 4 idle, 5 iowait
                        busy += v;
                    }
                }
            } else if (f[0].matches("cpu\\d+")) {
                cpus++;
            }
        }
        return new Machine(busy, total, cpus);
    }

    /** A "name:\tvalue" line of a status file; 0 when absent (an old kernel). */
    private static long statusValue(String status, String name) {
        for (String line : status.split("\n")) {
            if (line.startsWith(name + ":")) {
                return Long.parseLong(line.substring(name.length() + 1).trim());
            }
        }
        return 0;
    }
}
