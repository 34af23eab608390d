package org.zmqdesigner.engine.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zmqdesigner.engine.event.EventSubscriber;
import org.zmqdesigner.engine.event.RunEvent;
import org.zmqdesigner.engine.model.Behaviour;
import org.zmqdesigner.engine.model.Link;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.NodeKind;
import org.zmqdesigner.engine.model.Socket;
import org.zmqdesigner.engine.model.SocketOptions;
import org.zmqdesigner.engine.model.SocketRef;
import org.zmqdesigner.engine.model.SocketType;
import org.zmqdesigner.engine.model.Topology;
import org.zmqdesigner.engine.runtime.RunOptions;
import org.zmqdesigner.engine.runtime.RunReport;
import org.zmqdesigner.engine.runtime.TopologyRun;

/**
 * What out-of-band observation costs: throughput of the traced engine versus bare JeroMQ sockets,
 * PUSH→PULL and PUB→SUB over inproc and tcp, measured in the same JVM run. A report, not a test:
 * it prints a Markdown table and always ends normally. The name does not end in Test, so surefire
 * leaves it alone.
 *
 * <p>Run from the repository root with {@code .ci/bench observation}, which starts it in a JVM
 * of its own. Options follow the name as {@code key=value}: {@code inproc=10000000} and
 * {@code tcp=3000000} (messages per measurement, about 1 to 2 s each), {@code rounds=5},
 * {@code warmup=1}, {@code cases=push-inproc,push-tcp,pub-inproc,pub-tcp}, {@code timeout=120}
 * (seconds per measurement), {@code only=engine} or {@code only=bare} (measure one side, to
 * profile it).
 *
 * <h2>What is measured</h2>
 *
 * <p>Both sides send N constant 16-byte messages from one thread to another over one connection,
 * the sender binding (127.0.0.1 for tcp) and the receiver connecting, SNDHWM and RCVHWM 0
 * (unlimited) on both sockets, so no high-water mark drops or blocks distort the comparison.
 * Throughput is N divided by the time from the first data message sent to the N-th received.
 *
 * <ul>
 *   <li><b>bare</b>: two threads with plain JeroMQ sockets in one {@link ZContext}, blocking
 *       {@code send(bytes, 0)} and {@code recv(0)}. Before timing, the sender sends 1-byte probes
 *       until the receiver confirms one arrived (a latch): the connection, and for PUB the
 *       subscription, is then in place. The receiver skips probes; the clock starts just before
 *       the first data send and stops just after the N-th data receive.</li>
 *   <li><b>engine</b>: the same two sockets as a {@link Topology} built in code, run with
 *       {@link TopologyRun#start}: node {@code sender} with a {@link Behaviour.Source} (rate
 *       unlimited, awaitPeers 1) and node {@code receiver} with a {@link Behaviour.Sink} of count
 *       N. Timing uses the run's own events, whose time stamps are taken on the node threads at the
 *       moment things happen (not when the event bus delivers them): the start is the first
 *       {@link RunEvent.MessageSent} of the sender (the engine traces the first messages of every
 *       tick, so the very first delivered message is always traced), the end is the receiver's
 *       {@link RunEvent.NodeStateChanged} to FINISHED, which the node publishes right after its
 *       N-th receive. Polling {@code run.report()} would be coarser and steal a CPU from the two
 *       node threads.</li>
 * </ul>
 *
 * <p>A PUB whose source awaits one peer starts when the connection is attached, which over tcp
 * can be a moment before the subscription arrives; the first messages may then be dropped by
 * ZeroMQ (a slow joiner). So that the sink still reaches N, the engine's PUB source sends a small
 * surplus ({@value #PUB_SURPLUS} messages); the clock starts at the first message actually
 * delivered and stops at the N-th received, so the surplus is outside the measured window except
 * for the CPU it takes while the sender runs ahead. The table notes any slow-joiner losses the
 * engine itself reported.
 *
 * <p>Rounds alternate bare and engine (and which goes first), after a warm-up round that is not
 * counted; the table shows medians.
 * Each round's CPU is accounted too: see {@link ObservationCpu}.
 */
public final class ObservationBench {

    static final int PAYLOAD_BYTES = 16;
    static final String PAYLOAD = "0123456789abcdef";
    static final long PUB_SURPLUS = 10_000;
    private static final byte[] PAYLOAD_BYTES_ARRAY = PAYLOAD.getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PROBE = {'p'};
    private static final AtomicInteger INPROC_NAMES = new AtomicInteger();

    enum Pattern {
        PUSH_PULL("PUSH→PULL", SocketType.PUSH, SocketType.PULL, org.zeromq.SocketType.PUSH,
                org.zeromq.SocketType.PULL),
        PUB_SUB("PUB→SUB", SocketType.PUB, SocketType.SUB, org.zeromq.SocketType.PUB, org.zeromq.SocketType.SUB);

        final String label;
        final SocketType senderType;
        final SocketType receiverType;
        final org.zeromq.SocketType zmqSender;
        final org.zeromq.SocketType zmqReceiver;

        Pattern(String label, SocketType senderType, SocketType receiverType, org.zeromq.SocketType zmqSender,
                org.zeromq.SocketType zmqReceiver) {
            this.label = label;
            this.senderType = senderType;
            this.receiverType = receiverType;
            this.zmqSender = zmqSender;
            this.zmqReceiver = zmqReceiver;
        }
    }

    enum Transport { INPROC, TCP }

    record Case(String key, Pattern pattern, Transport transport, long messages) {
        String label() {
            return pattern.label + " " + transport.name().toLowerCase(Locale.ROOT);
        }
    }

    /** One measurement: throughput, or why there is none, what the engine said about it, the CPU it took. */
    record Sample(double perSecond, String note, CpuReport cpu) {
        static Sample failed(String why) {
            return new Sample(Double.NaN, why, null);
        }

        boolean ok() {
            return !Double.isNaN(perSecond);
        }
    }

    private ObservationBench() {
    }

    /** Always ends normally: a failed measurement shows as n/a with a note, bad options are reported. */
    public static void main(String[] args) {
        try {
            run(args);
        } catch (RuntimeException e) {
            System.out.println("benchmark aborted: " + e);
        }
    }

    private static void run(String[] args) {
        Map<String, String> opts = parse(args);
        long inprocN = Long.parseLong(opts.getOrDefault("inproc", "10000000"));
        long tcpN = Long.parseLong(opts.getOrDefault("tcp", "3000000"));
        int rounds = Integer.parseInt(opts.getOrDefault("rounds", "5"));
        int warmups = Integer.parseInt(opts.getOrDefault("warmup", "1"));
        long timeoutSeconds = Long.parseLong(opts.getOrDefault("timeout", "120"));
        only = opts.getOrDefault("only", "");
        List<String> wanted = Arrays.asList(
                opts.getOrDefault("cases", "push-inproc,push-tcp,pub-inproc,pub-tcp").split(","));

        List<Case> cases = new ArrayList<>();
        for (Pattern p : Pattern.values()) {
            for (Transport t : Transport.values()) {
                String key = (p == Pattern.PUSH_PULL ? "push" : "pub") + "-" + t.name().toLowerCase(Locale.ROOT);
                if (wanted.contains(key)) {
                    cases.add(new Case(key, p, t, t == Transport.INPROC ? inprocN : tcpN));
                }
            }
        }

        BenchEnvironment.describe("ObservationBench: the traced engine against bare JeroMQ")
                .with("options", String.format(Locale.ROOT, "%d-byte messages, %d warm-up + %d rounds per case,"
                        + " inproc=%d tcp=%d cases=%s", PAYLOAD_BYTES, warmups, rounds, inprocN, tcpN,
                        String.join(",", wanted)))
                .with("JeroMQ", jeromqVersion())
                .print(System.out);

        Map<Case, List<Sample>> bare = new LinkedHashMap<>();
        Map<Case, List<Sample>> engine = new LinkedHashMap<>();
        for (Case c : cases) {
            bare.put(c, new ArrayList<>());
            engine.put(c, new ArrayList<>());
            for (int w = 0; w < warmups; w++) {
                Sample b = measure(c, false, timeoutSeconds);
                Sample e = measure(c, true, timeoutSeconds);
                System.out.printf(Locale.ROOT, "%-18s warm-up   bare %s   engine %s%n", c.label(), show(b), show(e));
            }
            for (int r = 0; r < rounds; r++) {
                Sample b;
                Sample e;
                if (r % 2 == 0) {
                    b = measure(c, false, timeoutSeconds);
                    e = measure(c, true, timeoutSeconds);
                } else {
                    e = measure(c, true, timeoutSeconds);
                    b = measure(c, false, timeoutSeconds);
                }
                bare.get(c).add(b);
                engine.get(c).add(e);
                System.out.printf(Locale.ROOT, "%-18s round %d   bare %s   engine %s%n", c.label(), r + 1, show(b),
                        show(e));
            }
        }

        System.out.println();
        System.out.println("| case | N | bare msg/s | engine msg/s | engine/bare | overhead |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        List<String> notes = new ArrayList<>();
        for (Case c : cases) {
            double b = median(bare.get(c));
            double e = median(engine.get(c));
            double ratio = e / b;
            System.out.printf(Locale.ROOT, "| %s | %,d | %s | %s | %s | %s |%n", c.label(), c.messages(), rate(b),
                    rate(e), Double.isNaN(ratio) ? "n/a" : String.format(Locale.ROOT, "%.2f", ratio),
                    Double.isNaN(ratio) ? "n/a" : String.format(Locale.ROOT, "%.1f %%", (1 - ratio) * 100));
            for (Sample s : bare.get(c)) {
                if (s.note() != null) {
                    notes.add(c.label() + " bare: " + s.note());
                }
            }
            for (Sample s : engine.get(c)) {
                if (s.note() != null) {
                    notes.add(c.label() + " engine: " + s.note());
                }
            }
        }
        System.out.println();
        System.out.println("Medians of " + rounds + " rounds; overhead = (1 - engine/bare) * 100;"
                + " target: overhead under 10 %.");
        System.out.println("bare: first data send to N-th receive, plain JeroMQ threads; engine: the sender's first"
                + " MessageSent to the receiver's FINISHED, both stamped on the node threads.");
        notes.stream().distinct().forEach(n -> System.out.println("note: " + n));
        ObservationCpu.print(cases, bare, engine);
    }

    // ----- one measurement -----------------------------------------------------------------------

    /** "bare" or "engine" measures only that side (for profiling one of them); skipped is NaN. */
    private static String only = "";

    private static Sample measure(Case c, boolean viaEngine, long timeoutSeconds) {
        if (!only.isEmpty() && !only.equals(viaEngine ? "engine" : "bare")) {
            return Sample.failed("skipped (only=" + only + ")");
        }
        System.gc();
        ThreadCpu cpu = ThreadCpu.start(ObservationCpu.GROUPS);
        try {
            String endpoint = endpoint(c.transport());
            Sample sample = viaEngine ? engine(c, endpoint, timeoutSeconds, cpu)
                    : bare(c, endpoint, timeoutSeconds, cpu);
            return new Sample(sample.perSecond(), sample.note(), cpu.stop());
        } catch (Exception | Error e) {
            return Sample.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static String endpoint(Transport transport) throws IOException {
        if (transport == Transport.INPROC) {
            return "inproc://bench-" + INPROC_NAMES.incrementAndGet();
        }
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return "tcp://127.0.0.1:" + probe.getLocalPort();
        }
    }

    /** Plain JeroMQ: one sender thread, one receiver thread, one context. */
    private static Sample bare(Case c, String endpoint, long timeoutSeconds, ThreadCpu cpu) throws Exception {
        long n = c.messages();
        CountDownLatch bound = new CountDownLatch(1);
        CountDownLatch joined = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        long[] started = new long[1];
        long[] ended = new long[1];
        long[] received = new long[1];
        try (ZContext context = new ZContext(1)) {
            Thread sender = new Thread(() -> {
                ZMQ.Socket socket = context.createSocket(c.pattern().zmqSender);
                try {
                    socket.setLinger(0);
                    socket.setSndHWM(0);
                    socket.setRcvHWM(0);
                    socket.bind(endpoint);
                    bound.countDown();
                    // Probe until the receiver has one: connected and, for PUB, subscribed.
                    do {
                        socket.send(PROBE, 0);
                    } while (!joined.await(1, TimeUnit.MILLISECONDS));
                    byte[] payload = PAYLOAD_BYTES_ARRAY;
                    started[0] = System.nanoTime();
                    for (long i = 0; i < n; i++) {
                        socket.send(payload, 0);
                    }
                    // Linger is 0, as in the engine: keep the socket open until everything is
                    // received, or closing it would drop what tcp has not carried yet.
                    done.await();
                } catch (Throwable t) {
                    failure.compareAndSet(null, t);
                    bound.countDown();
                } finally {
                    context.destroySocket(socket);
                }
            }, "bare-sender");
            Thread receiver = new Thread(() -> {
                ZMQ.Socket socket = context.createSocket(c.pattern().zmqReceiver);
                try {
                    socket.setLinger(0);
                    socket.setSndHWM(0);
                    socket.setRcvHWM(0);
                    socket.setReceiveTimeOut(10_000);
                    if (c.pattern() == Pattern.PUB_SUB) {
                        socket.subscribe(new byte[0]);
                    }
                    bound.await();
                    socket.connect(endpoint);
                    byte[] first;
                    do {
                        first = socket.recv(0);
                        if (first == null) {
                            throw new IllegalStateException("no probe within 10 s");
                        }
                    } while (first.length != PROBE.length);
                    joined.countDown();
                    long count = 0;
                    while (count < n) {
                        byte[] m = socket.recv(0);
                        if (m == null) {
                            throw new IllegalStateException("nothing for 10 s after " + count + " messages");
                        }
                        if (m.length == PAYLOAD_BYTES) {
                            count++;
                        }
                    }
                    ended[0] = System.nanoTime();
                    received[0] = count;
                    cpu.sample(); // the clock has stopped; both threads and the I/O thread still live
                } catch (Throwable t) {
                    failure.compareAndSet(null, t);
                    joined.countDown();
                } finally {
                    done.countDown();
                    context.destroySocket(socket);
                }
            }, "bare-receiver");
            sender.start();
            receiver.start();
            sender.join(TimeUnit.SECONDS.toMillis(timeoutSeconds));
            receiver.join(TimeUnit.SECONDS.toMillis(timeoutSeconds));
            if (sender.isAlive() || receiver.isAlive()) {
                // Leave the context open: closing it under live threads would hang or corrupt it.
                throw new IllegalStateException("bare run did not end within " + timeoutSeconds + " s");
            }
        }
        if (failure.get() != null) {
            return Sample.failed(failure.get().toString());
        }
        return new Sample(received[0] * 1e9 / (ended[0] - started[0]), null, null);
    }

    /** Time stamps taken from the run's events; see the class comment. */
    private static final class Stamps implements EventSubscriber {
        volatile long firstSent = Long.MAX_VALUE;
        volatile long senderRunning = -1;
        volatile long receiverFinished = -1;
        volatile long skipped;

        @Override
        public void onEvents(List<RunEvent> batch) {
            for (RunEvent event : batch) {
                if (event instanceof RunEvent.MessageSent sent && sent.node().equals("sender")) {
                    if (sent.nanos() < firstSent) {
                        firstSent = sent.nanos();
                    }
                } else if (event instanceof RunEvent.NodeStateChanged state) {
                    if (state.node().equals("sender") && state.state() == RunEvent.NodeState.RUNNING) {
                        senderRunning = state.nanos();
                    } else if (state.node().equals("receiver") && state.state() == RunEvent.NodeState.FINISHED) {
                        receiverFinished = state.nanos();
                    }
                } else if (event instanceof RunEvent.EventsSkipped s) {
                    skipped += s.count();
                }
            }
        }
    }

    /** The same two sockets as a topology the engine runs, traced as in the designer. */
    private static Sample engine(Case c, String endpoint, long timeoutSeconds, ThreadCpu cpu) throws Exception {
        Topology topology = topology(c, endpoint);
        Stamps stamps = new Stamps();
        TopologyRun run = TopologyRun.start(topology, RunOptions.DEFAULTS, stamps);
        try {
            if (!run.awaitFinished(TimeUnit.SECONDS.toMillis(timeoutSeconds))) {
                RunReport r = run.report();
                return Sample.failed("engine run did not finish within " + timeoutSeconds + " s: " + counts(r));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (stamps.receiverFinished < 0 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            RunReport report = run.report();
            RunReport.NodeReport receiver = report.nodes().get("receiver");
            if (!"finished".equals(receiver.state()) && !"stopped".equals(receiver.state())) {
                return Sample.failed("receiver " + receiver.state() + ": " + run.nodeDetail("receiver"));
            }
            if (stamps.receiverFinished < 0) {
                return Sample.failed("no FINISHED event from the receiver");
            }
            long start = stamps.firstSent;
            List<String> notes = new ArrayList<>();
            if (start == Long.MAX_VALUE) {
                start = stamps.senderRunning;
                notes.add("no MessageSent event; timed from the sender's RUNNING state");
            }
            if (receiver.lostSlowJoiner() > 0) {
                notes.add("engine reported " + receiver.lostSlowJoiner() + " slow-joiner losses at the start");
            }
            if (stamps.skipped > 0) {
                notes.add("event bus skipped " + stamps.skipped + " events");
            }
            double perSecond = receiver.received() * 1e9 / (stamps.receiverFinished - start);
            return new Sample(perSecond, notes.isEmpty() ? null : String.join("; ", notes), null);
        } finally {
            cpu.sample(); // finished nodes idle until the stop: read them while they live
            run.stop();
        }
    }

    private static String counts(RunReport r) {
        StringBuilder sb = new StringBuilder();
        r.nodes().forEach((id, n) -> sb.append(id).append(' ').append(n.state()).append(" sent ").append(n.sent())
                .append(" received ").append(n.received()).append(" lostSlowJoiner ").append(n.lostSlowJoiner())
                .append("; "));
        return sb.toString();
    }

    static Topology topology(Case c, String endpoint) {
        long n = c.messages();
        SocketOptions unlimited = SocketOptions.DEFAULTS.withSndhwm(0).withRcvhwm(0);
        Socket out = new Socket("out", c.pattern().senderType, List.of(endpoint), List.of(), unlimited);
        Socket in = new Socket("in", c.pattern().receiverType, List.of(), List.of(),
                c.pattern() == Pattern.PUB_SUB ? unlimited.withSubscribe(List.of("")) : unlimited);
        long sends = c.pattern() == Pattern.PUB_SUB ? n + PUB_SURPLUS : n;
        Node sender = new Node("sender", null, NodeKind.APPLICATION, null, null, null, List.of(out),
                new Behaviour.Source("out", null, sends, PAYLOAD, null, 1, null));
        Node receiver = new Node("receiver", null, NodeKind.APPLICATION, null, null, null, List.of(in),
                new Behaviour.Sink("in", n));
        Link link = new Link("data", new SocketRef("receiver", "in"), new SocketRef("sender", "out"), endpoint);
        return new Topology("observation bench " + c.key(), null, List.of(sender, receiver), List.of(link));
    }

    // ----- helpers -------------------------------------------------------------------------------

    private static Map<String, String> parse(String[] args) {
        Map<String, String> opts = new LinkedHashMap<>();
        for (String arg : args) {
            for (String part : arg.trim().split("\\s+")) {
                if (part.isEmpty()) {
                    continue;
                }
                int eq = part.indexOf('=');
                if (eq <= 0) {
                    System.out.println("ignoring argument \"" + part + "\" (expected key=value)");
                    continue;
                }
                opts.put(part.substring(0, eq).toLowerCase(Locale.ROOT), part.substring(eq + 1));
            }
        }
        return opts;
    }

    private static double median(List<Sample> samples) {
        double[] values = samples.stream().filter(Sample::ok).mapToDouble(Sample::perSecond).sorted().toArray();
        if (values.length == 0) {
            return Double.NaN;
        }
        int mid = values.length / 2;
        return values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }

    private static String jeromqVersion() {
        try (var in = ZMQ.class.getResourceAsStream("/META-INF/maven/org.zeromq/jeromq/pom.properties")) {
            java.util.Properties p = new java.util.Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "?");
        } catch (IOException e) {
            return "?";
        }
    }

    private static String rate(double perSecond) {
        return Double.isNaN(perSecond) ? "n/a" : String.format(Locale.ROOT, "%,.0f", perSecond);
    }

    private static String show(Sample s) {
        if (!s.ok()) {
            return "FAILED (" + s.note() + ")";
        }
        return String.format(Locale.ROOT, "%,12.0f msg/s%s", s.perSecond(), ObservationCpu.cores(s.cpu()));
    }
}
