package org.zmqdesigner.engine.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zmqdesigner.engine.runtime.RunOptions;
import org.zmqdesigner.engine.runtime.TopologyRun;

/**
 * Where {@link ObservationBench}'s time goes, in CPU rather than wall-clock terms, so it can be
 * read on a machine others are loading: per message, the CPU nanoseconds and allocated bytes of
 * the sending and the receiving thread, the whole process's CPU, and the context switches of the
 * two threads, for bare JeroMQ and for the engine, the same cases as the benchmark. A report, not a
 * test.
 *
 * <pre>
 * ./mvnw -o -q -pl engine test-compile exec:java \
 *     -Dexec.mainClass=org.zmqdesigner.engine.bench.ObservationProfile -Dexec.classpathScope=test \
 *     -Dexec.args="cases=push-inproc,pub-inproc rounds=3"
 * </pre>
 *
 * Options ({@code key=value}): {@code cases=} any of {@code push-inproc,pub-inproc,push-tcp,pub-tcp}
 * and {@code send-only} (the source's send alone, see {@link #sendOnly}); {@code rounds=3};
 * {@code inproc=5000000} and {@code tcp=2000000} messages; {@code only=engine} or {@code only=bare};
 * {@code tasks=true} to print each run's CPU by thread name, the JIT's and the GC's included.
 *
 * <p>Thread CPU and allocation come from {@link java.lang.management.ThreadMXBean} (the engine's node
 * threads are read by name after the run finished, before it is stopped, so their set-up is
 * included: a few milliseconds against seconds of traffic). Context switches are summed over the
 * process's tasks named like the two threads ({@code /proc/self/task/N/comm}, which Linux cuts to
 * 15 characters: both engine nodes read as one).
 */
public final class ObservationProfile {

    private static final AtomicInteger NAMES = new AtomicInteger();
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    /** What one run cost, per message. */
    record Cost(double perSecond, double senderNs, double receiverNs, double senderBytes, double receiverBytes,
                double processNs, double switchesPerK) {
    }

    /** tasks=true: print each run's CPU by task name (from /proc/self/task), JIT and GC included. */
    private static boolean VERBOSE;

    private ObservationProfile() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new LinkedHashMap<>();
        for (String arg : args) {
            for (String part : arg.trim().split("\\s+")) {
                int eq = part.indexOf('=');
                if (eq > 0) {
                    opts.put(part.substring(0, eq), part.substring(eq + 1));
                }
            }
        }
        int rounds = Integer.parseInt(opts.getOrDefault("rounds", "3"));
        long inprocN = Long.parseLong(opts.getOrDefault("inproc", "5000000"));
        long tcpN = Long.parseLong(opts.getOrDefault("tcp", "2000000"));
        String only = opts.getOrDefault("only", "");
        VERBOSE = Boolean.parseBoolean(opts.getOrDefault("tasks", "false"));
        List<String> wanted = Arrays.asList(opts.getOrDefault("cases", "push-inproc,pub-inproc,push-tcp,pub-tcp")
                .split(","));
        System.out.printf(Locale.ROOT, "Observation profile: Java %s, %d CPUs; per message: thread CPU ns,"
                        + " allocated bytes, process CPU ns; context switches of the two threads per 1000 messages%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        System.out.println("| case | side | msg/s | sender ns | receiver ns | sender B | receiver B | process ns"
                + " | switches/1000 |");
        System.out.println("|---|---|---:|---:|---:|---:|---:|---:|---:|");
        if (wanted.contains("send-only")) {
            sendOnly(rounds, inprocN);
        }
        for (ObservationBench.Pattern p : ObservationBench.Pattern.values()) {
            for (ObservationBench.Transport t : ObservationBench.Transport.values()) {
                String key = (p == ObservationBench.Pattern.PUSH_PULL ? "push" : "pub") + "-"
                        + t.name().toLowerCase(Locale.ROOT);
                if (!wanted.contains(key)) {
                    continue;
                }
                ObservationBench.Case c = new ObservationBench.Case(key, p, t,
                        t == ObservationBench.Transport.INPROC ? inprocN : tcpN);
                bare(c); // warm-up
                engine(c);
                for (int r = 0; r < rounds; r++) {
                    if (!only.equals("engine")) {
                        print(c, "bare", bare(c));
                    }
                    if (!only.equals("bare")) {
                        print(c, "engine", engine(c));
                    }
                }
            }
        }
    }

    /**
     * The sending side alone, with no other thread in play: a PUB whose only subscriber stopped
     * reading, so its queue is full and every message is dropped at the high-water mark. Each send
     * then costs the same fixed work in JeroMQ on both sides, with no reader to wake, and the
     * difference is what the engine's source adds per message.
     */
    private static void sendOnly(int rounds, long n) throws Exception {
        System.out.println("| send-only (PUB at its HWM, " + n + " messages) | side | sender CPU ns/msg | sender B/msg |");
        System.out.println("|---|---|---:|---:|");
        sendOnlyBare(n);
        sendOnlyEngine(n);
        for (int r = 0; r < rounds; r++) {
            double[] b = sendOnlyBare(n);
            double[] e = sendOnlyEngine(n);
            System.out.printf(Locale.ROOT, "| round %d | bare | %.1f | %.1f |%n", r + 1, b[0], b[1]);
            System.out.printf(Locale.ROOT, "| round %d | engine | %.1f | %.1f |%n", r + 1, e[0], e[1]);
        }
    }

    private static double[] sendOnlyBare(long n) throws Exception {
        System.gc();
        String endpoint = endpoint(ObservationBench.Transport.INPROC);
        byte[] payload = ObservationBench.PAYLOAD.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        double[] out = new double[2];
        try (ZContext context = new ZContext(1)) {
            ZMQ.Socket sub = context.createSocket(org.zeromq.SocketType.SUB);
            ZMQ.Socket pub = context.createSocket(org.zeromq.SocketType.PUB);
            pub.setSndHWM(1000);
            sub.setRcvHWM(1000);
            pub.bind(endpoint);
            sub.subscribe(new byte[0]);
            sub.connect(endpoint);
            Thread sender = new Thread(() -> {
                // Probe until the subscription is in: then everything else fills the queue or drops.
                while (sub.recv(ZMQ.DONTWAIT) == null) {
                    pub.send(new byte[] {'p'}, 0);
                }
                long cpu = THREADS.getCurrentThreadCpuTime();
                long bytes = THREADS.getThreadAllocatedBytes(Thread.currentThread().getId());
                for (long i = 0; i < n; i++) {
                    pub.send(payload, ZMQ.DONTWAIT);
                }
                out[0] = (THREADS.getCurrentThreadCpuTime() - cpu) / (double) n;
                out[1] = (THREADS.getThreadAllocatedBytes(Thread.currentThread().getId()) - bytes) / (double) n;
            }, "bare-sender");
            sender.start();
            sender.join();
        }
        return out;
    }

    private static double[] sendOnlyEngine(long n) throws Exception {
        System.gc();
        String endpoint = endpoint(ObservationBench.Transport.INPROC);
        org.zmqdesigner.engine.model.SocketOptions full = org.zmqdesigner.engine.model.SocketOptions.DEFAULTS
                .withSndhwm(1000).withRcvhwm(1000);
        var out = new org.zmqdesigner.engine.model.Socket("out", org.zmqdesigner.engine.model.SocketType.PUB,
                List.of(endpoint), List.of(), full);
        var in = new org.zmqdesigner.engine.model.Socket("in", org.zmqdesigner.engine.model.SocketType.SUB,
                List.of(), List.of(), full.withSubscribe(List.of("")));
        var sender = new org.zmqdesigner.engine.model.Node("sender", null,
                org.zmqdesigner.engine.model.NodeKind.APPLICATION, null, null, null, List.of(out),
                new org.zmqdesigner.engine.model.Behaviour.Source("out", null, n, ObservationBench.PAYLOAD, null, 1,
                        null));
        // A consumer that takes one message and then works on it for longer than the run lasts.
        var receiver = new org.zmqdesigner.engine.model.Node("receiver", null,
                org.zmqdesigner.engine.model.NodeKind.APPLICATION, null, null, null, List.of(in),
                new org.zmqdesigner.engine.model.Behaviour.Sink("in", null, 600_000));
        var link = new org.zmqdesigner.engine.model.Link("data",
                new org.zmqdesigner.engine.model.SocketRef("receiver", "in"),
                new org.zmqdesigner.engine.model.SocketRef("sender", "out"), endpoint);
        var topology = new org.zmqdesigner.engine.model.Topology("send only", null, List.of(sender, receiver),
                List.of(link));
        TopologyRun run = TopologyRun.start(topology, RunOptions.DEFAULTS, batch -> { });
        try {
            if (!run.awaitFinished(120_000)) {
                throw new IllegalStateException("the sender did not finish");
            }
            Thread t = thread("zmq-designer-node-sender");
            return new double[] {cpu(t) / (double) n, allocated(t) / (double) n};
        } finally {
            run.stop();
        }
    }

    private static void print(ObservationBench.Case c, String side, Cost k) {
        System.out.printf(Locale.ROOT, "| %s | %s | %,.0f | %.0f | %.0f | %.1f | %.1f | %.0f | %.1f |%n", c.label(),
                side, k.perSecond(), k.senderNs(), k.receiverNs(), k.senderBytes(), k.receiverBytes(),
                k.processNs(), k.switchesPerK());
    }

    private static String endpoint(ObservationBench.Transport transport) throws IOException {
        if (transport == ObservationBench.Transport.INPROC) {
            return "inproc://profile-" + NAMES.incrementAndGet();
        }
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return "tcp://127.0.0.1:" + probe.getLocalPort();
        }
    }

    private static Cost engine(ObservationBench.Case c) throws Exception {
        System.gc();
        long n = c.messages();
        long switches = switches("zmq-designer-no");
        Map<String, Long> tasks = taskCpu();
        long process = OS.getProcessCpuTime();
        long start = System.nanoTime();
        TopologyRun run = TopologyRun.start(ObservationBench.topology(c, endpoint(c.transport())), RunOptions.DEFAULTS,
                batch -> { });
        try {
            if (!run.awaitFinished(120_000)) {
                throw new IllegalStateException("the engine run did not finish");
            }
            long wall = System.nanoTime() - start;
            long processNs = OS.getProcessCpuTime() - process;
            long switched = switches("zmq-designer-no") - switches;
            if (VERBOSE) {
                System.out.println("  engine tasks: " + cpuSince(tasks, taskCpu()));
            }
            Thread sender = thread("zmq-designer-node-sender");
            Thread receiver = thread("zmq-designer-node-receiver");
            return new Cost(n * 1e9 / wall, cpu(sender) / (double) n, cpu(receiver) / (double) n,
                    allocated(sender) / (double) n, allocated(receiver) / (double) n, processNs / (double) n,
                    switched * 1000.0 / n);
        } finally {
            run.stop();
        }
    }

    private static Cost bare(ObservationBench.Case c) throws Exception {
        System.gc();
        long n = c.messages();
        String endpoint = endpoint(c.transport());
        CountDownLatch bound = new CountDownLatch(1);
        CountDownLatch joined = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        CountDownLatch measured = new CountDownLatch(1);
        byte[] payload = ObservationBench.PAYLOAD.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        try (ZContext context = new ZContext(1)) {
            long switches = switches("bare-");
            Map<String, Long> tasks = taskCpu();
            long process = OS.getProcessCpuTime();
            long start = System.nanoTime();
            Thread sender = new Thread(() -> {
                ZMQ.Socket socket = context.createSocket(c.pattern().zmqSender);
                socket.setLinger(0);
                socket.setSndHWM(0);
                socket.bind(endpoint);
                bound.countDown();
                try {
                    do {
                        socket.send(new byte[] {'p'}, 0);
                    } while (!joined.await(1, TimeUnit.MILLISECONDS));
                    for (long i = 0; i < n; i++) {
                        socket.send(payload, 0);
                    }
                    done.await();
                    measured.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    context.destroySocket(socket);
                }
            }, "bare-sender");
            Thread receiver = new Thread(() -> {
                ZMQ.Socket socket = context.createSocket(c.pattern().zmqReceiver);
                socket.setLinger(0);
                socket.setRcvHWM(0);
                if (c.pattern() == ObservationBench.Pattern.PUB_SUB) {
                    socket.subscribe(new byte[0]);
                }
                try {
                    bound.await();
                    socket.connect(endpoint);
                    while (socket.recv(0).length != 1) {
                        // data before the probe cannot come; skip nothing else
                    }
                    joined.countDown();
                    long count = 0;
                    while (count < n) {
                        if (socket.recv(0).length == ObservationBench.PAYLOAD_BYTES) {
                            count++;
                        }
                    }
                    done.countDown();
                    measured.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    context.destroySocket(socket);
                }
            }, "bare-receiver");
            sender.start();
            receiver.start();
            if (!done.await(120, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the bare run did not finish");
            }
            long wall = System.nanoTime() - start;
            long processNs = OS.getProcessCpuTime() - process;
            long switched = switches("bare-") - switches;
            if (VERBOSE) {
                System.out.println("  bare tasks: " + cpuSince(tasks, taskCpu()));
            }
            Cost cost = new Cost(n * 1e9 / wall, cpu(sender) / (double) n, cpu(receiver) / (double) n,
                    allocated(sender) / (double) n, allocated(receiver) / (double) n, processNs / (double) n,
                    switched * 1000.0 / n);
            measured.countDown();
            sender.join();
            receiver.join();
            return cost;
        }
    }

    private static Thread thread(String name) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no thread " + name));
    }

    private static long cpu(Thread t) {
        return THREADS.getThreadCpuTime(t.getId());
    }

    private static long allocated(Thread t) {
        return THREADS.getThreadAllocatedBytes(t.getId());
    }

    /** CPU milliseconds (user + system) of every live task of the process, summed by task name. */
    static Map<String, Long> taskCpu() throws IOException {
        Map<String, Long> byName = new java.util.TreeMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'))
                            .replaceAll("[0-9]+$", "#");
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime
                    byName.merge(name, ticks * 10, Long::sum);
                } catch (IOException | RuntimeException gone) {
                    // the task ended meanwhile
                }
            }
        }
        return byName;
    }

    /** What each named group of tasks spent between two snapshots, largest first, over 5 ms. */
    static String cpuSince(Map<String, Long> before, Map<String, Long> after) {
        StringBuilder sb = new StringBuilder();
        after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() > 5)
                .sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
                .forEach(e -> sb.append(e.getKey()).append(' ').append(e.getValue()).append(" ms, "));
        return sb.toString();
    }

    /** Voluntary and involuntary context switches of the process's live tasks whose name starts so. */
    private static long switches(String prefix) throws IOException {
        long sum = 0;
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                try {
                    if (!Files.readString(task.resolve("comm")).startsWith(prefix)) {
                        continue;
                    }
                    for (String line : Files.readAllLines(task.resolve("status"))) {
                        if (line.contains("ctxt_switches:")) {
                            sum += Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
                        }
                    }
                } catch (IOException gone) {
                    // the task ended meanwhile
                }
            }
        }
        return sum;
    }
}
