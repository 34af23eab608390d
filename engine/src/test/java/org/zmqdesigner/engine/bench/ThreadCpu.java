package org.zmqdesigner.engine.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the CPU went over one interval, per group of threads, from Linux's /proc: user and kernel
 * time and context switches of every thread of this process, the process's own total (which also
 * counts threads that ended) and the whole machine's busy time (so a reader sees whether the cores
 * were saturated, and by whom).
 *
 * <p>{@link #start} reads every thread; {@link #sample} reads them again and keeps the newest
 * reading of each, so a thread that will end before {@link #stop} is still counted up to that
 * sample (call it while the threads of interest are alive); a thread born after the start counts
 * from zero. CPU times come in clock ticks (10 ms); over seconds that is precise enough, and
 * unlike ThreadMXBean it covers the JVM's and the graphics library's native threads too.
 *
 * <p>Off Linux every reading is empty and the report says "not available". {@link #sample} and
 * {@link #stop} may be called from any thread.
 */
public final class ThreadCpu {

    private final ProcFiles proc;
    private final ThreadGroups groups;
    private final long startNanos;
    private final long processStart;
    private final ProcCounters.Machine machineStart;
    /** Keyed by thread id and start time: first reading and newest reading of each thread. */
    private final Map<String, ProcCounters.Task> first = new HashMap<>();
    private final Map<String, ProcCounters.Task> last = new HashMap<>();
    private final boolean available;
    private Thread sampler;
    private final long startReadingNanos;

    private ThreadCpu(ProcFiles proc, ThreadGroups groups, long nanos) {
        this.proc = proc;
        this.groups = groups;
        this.startNanos = nanos;
        this.available = proc.available();
        long began = System.nanoTime();
        this.machineStart = available ? machine() : null;
        this.processStart = available ? processTicks() : 0;
        if (available) {
            for (ProcCounters.Task task : tasks()) {
                first.put(key(task), task);
                last.put(key(task), task);
            }
        }
        this.startReadingNanos = System.nanoTime() - began;
    }

    /** Starts an interval now, on this machine's /proc. */
    public static ThreadCpu start(ThreadGroups groups) {
        return new ThreadCpu(ProcFiles.system(), groups, System.nanoTime());
    }

    static ThreadCpu start(ProcFiles proc, ThreadGroups groups, long nanos) {
        return new ThreadCpu(proc, groups, nanos);
    }

    /**
     * Starts an interval now and reads every thread again every {@code periodMillis} on a daemon
     * thread of its own ("bench-cpu-sampler", counted under "other"), so that threads that end
     * meanwhile (HotSpot adds and retires compiler threads as it needs them) are still counted.
     */
    public static ThreadCpu startSampling(ThreadGroups groups, long periodMillis) {
        ThreadCpu cpu = start(groups);
        if (cpu.available) {
            Thread sampler = new Thread(() -> {
                try {
                    while (!Thread.currentThread().isInterrupted()) {
                        Thread.sleep(periodMillis);
                        cpu.sample();
                    }
                } catch (InterruptedException e) {
                    // stopped
                }
            }, "bench-cpu-sampler");
            sampler.setDaemon(true);
            cpu.sampler = sampler;
            sampler.start();
        }
        return cpu;
    }

    /** Reads every thread again; the newest reading of each counts at {@link #stop}. */
    public synchronized void sample() {
        if (!available) {
            return;
        }
        for (ProcCounters.Task task : tasks()) {
            String key = key(task);
            first.putIfAbsent(key, task.zero());
            last.put(key, task);
        }
    }

    /** Ends the interval now. */
    public CpuReport stop() {
        return stop(System.nanoTime());
    }

    synchronized CpuReport stop(long nanos) {
        if (sampler != null) {
            sampler.interrupt();
        }
        double wall = (nanos - startNanos) / 1e9;
        if (!available) {
            return CpuReport.notAvailable(wall);
        }
        long reading = System.nanoTime();
        sample();
        reading = System.nanoTime() - reading;
        double tick = 1.0 / proc.ticksPerSecond();
        Map<String, CpuReport.Group> byName = new LinkedHashMap<>();
        for (String name : groups.names()) {
            byName.put(name, new CpuReport.Group(name, 0, 0, 0, 0, 0, 0));
        }
        double threadsTotal = 0;
        for (Map.Entry<String, ProcCounters.Task> entry : last.entrySet()) {
            ProcCounters.Task now = entry.getValue();
            ProcCounters.Task used = now.minus(first.get(entry.getKey()));
            threadsTotal += used.cpuTicks() * tick;
            byName.merge(groups.groupOf(now), new CpuReport.Group("", 1, used.cpuTicks() * tick,
                    used.systemTicks() * tick, used.waitNanos() / 1e9, used.voluntary(), used.involuntary()),
                    CpuReport.Group::plus);
        }
        ProcCounters.Machine machine = machine().minus(machineStart);
        double process = (processTicks() - processStart) * tick;
        return new CpuReport(wall, List.copyOf(byName.values()), process, Math.max(0, process - threadsTotal),
                machine.totalTicks() == 0 ? 0 : machine.cpus() * (double) machine.busyTicks() / machine.totalTicks(),
                machine.cpus(), (startReadingNanos + reading) / 1e9);
    }

    /**
     * The kernel's id of the calling thread (from /proc/thread-self), to put a thread whose name
     * says nothing into a group; empty off Linux.
     */
    public static Optional<Integer> currentTid() {
        try {
            Path self = Files.readSymbolicLink(Path.of("/proc/thread-self"));
            return Optional.of(Integer.parseInt(self.getFileName().toString()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The kernel's name of a thread of this process, or empty when it has ended. */
    public static Optional<String> comm(int tid) {
        return ProcFiles.system().read("self/task/" + tid + "/comm").map(String::trim);
    }

    /** The kernel's names of this process's threads now; none off Linux. */
    public static List<String> threadNames() {
        ProcFiles proc = ProcFiles.system();
        return proc.list("self/task").stream().map(tid -> proc.read("self/task/" + tid + "/comm"))
                .flatMap(Optional::stream).map(String::trim).toList();
    }

    /** Every thread alive now whose files could be read; one that ends meanwhile is left out. */
    List<ProcCounters.Task> tasks() {
        return proc.list("self/task").stream().filter(name -> name.matches("\\d+")).map(name -> {
            Optional<String> stat = proc.read("self/task/" + name + "/stat");
            Optional<String> status = proc.read("self/task/" + name + "/status");
            if (stat.isEmpty() || status.isEmpty()) {
                return Optional.<ProcCounters.Task>empty();
            }
            return ProcCounters.task(Integer.parseInt(name), stat.get(), status.get(),
                    proc.read("self/task/" + name + "/schedstat"));
        }).flatMap(Optional::stream).toList();
    }

    private long processTicks() {
        return proc.read("self/stat").map(ProcCounters::processTicks).orElse(0L);
    }

    private ProcCounters.Machine machine() {
        return proc.read("stat").map(ProcCounters::machine).orElse(new ProcCounters.Machine(0, 0, 0));
    }

    private static String key(ProcCounters.Task task) {
        return task.tid() + "@" + task.startTicks();
    }
}
