package org.zmqdesigner.engine.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.zeromq.ZMQ;
import org.zmqdesigner.engine.model.SocketType;
import org.zmqdesigner.engine.model.Topology;

/**
 * What out-of-band observation costs: throughput of the traced engine versus bare JeroMQ sockets,
 * PUSH→PULL and PUB→SUB over inproc and tcp, measured in the same JVM run. A report, not a test:
 * it prints a Markdown table and always ends normally. The name does not end in Test, so surefire
 * leaves it alone.
 *
 * <p>Run from the repository root with {@code .ci/bench observation}, which starts it in a JVM
 * of its own. Options follow the name as {@code key=value}: {@code inproc=10000000} and
 * {@code tcp=3000000} (messages per side and round, about 1.5 to 5 s each), {@code rounds=5},
 * {@code legs=8} (connections a round's messages are spread over), {@code warmup=2} (rounds
 * before each measured one, in its JVM), {@code fork=1} (each round in a JVM of its own, see
 * {@link ObservationFork}; {@code fork=0} keeps them in this one, to profile),
 * {@code cases=push-inproc,push-tcp,pub-inproc,pub-tcp}, {@code timeout=120} (seconds per leg),
 * {@code only=engine} or {@code only=bare} (measure one side, to profile it).
 *
 * <h2>What is measured</h2>
 *
 * <p>Both sides send constant 16-byte messages from one thread to another over one connection,
 * the sender binding (127.0.0.1 for tcp) and the receiver connecting, SNDHWM and RCVHWM 0
 * (unlimited) on both sockets, so no high-water mark drops or blocks distort the comparison.
 * Throughput is messages divided by the time from the first data message sent to the last received.
 *
 * <ul>
 *   <li><b>bare</b>: two threads with plain JeroMQ sockets in one {@link org.zeromq.ZContext}, blocking
 *       {@code send(bytes, 0)} and {@code recv(0)}. Before timing, the sender sends 1-byte probes
 *       until the receiver confirms one arrived (a latch): the connection, and for PUB the
 *       subscription, is then in place. The receiver skips probes; the clock starts just before
 *       the first data send and stops just after the last data receive.</li>
 *   <li><b>engine</b>: the same two sockets as a {@link org.zmqdesigner.engine.model.Topology}
 *       built in code, run with {@link org.zmqdesigner.engine.runtime.TopologyRun#start}: node
 *       {@code sender} with a Source (rate unlimited, awaitPeers 1) and node {@code receiver} with a
 *       Sink of the leg's count. Timing uses the run's own events, whose time stamps are taken on
 *       the node threads at the moment things happen (not when the event bus delivers them): the
 *       start is the first traced send or receive (the receiver traces its first message always),
 *       the end is the receiver's FINISHED state, which the node publishes right after its last
 *       receive. Polling {@code run.report()} would be coarser and steal a CPU from the two node
 *       threads.</li>
 * </ul>
 *
 * <p>A PUB whose source awaits one peer starts when the connection is attached, which over tcp
 * can be a moment before the subscription arrives; the first messages may then be dropped by
 * ZeroMQ (a slow joiner). So that the sink still reaches its count, the engine's PUB source sends
 * a surplus ({@value ObservationLeg#PUB_SURPLUS} messages); the clock starts at the first message
 * actually delivered and stops at the last counted. Over tcp the sender runs well ahead of the
 * I/O thread, so much of the surplus is sent inside the measured window: the bare PUB sends the
 * same surplus after its N, so both senders do the same work (before, the engine's PUB→SUB tcp
 * CPU per message was 1.14 to 1.28 of bare's, partly for sending 13 % more). The table notes any
 * slow-joiner losses the engine itself reported.
 *
 * <h2>Rounds and legs</h2>
 *
 * <p>On a 2-core machine one connection's throughput settles into a mode of its own and keeps it:
 * how often the receiver drains the pipe and sleeps, where the two threads' objects fall in the
 * cache. Bare PUB→SUB inproc connections of 2.5, 10 and 40 million messages all spread about
 * ±15 % (1.96 to 3.43 M msg/s in 16 connections of 2.5 M): a longer connection does not average
 * the mode out, more connections do. So a round spreads each side's messages over {@code legs}
 * fresh connections, alternating bare and engine leg by leg (which goes first alternates too), and
 * a side's round figure is its messages over its summed measured time. With 4 legs the rounds'
 * own engine/bare still spread 0.73 to 1.20; with 8, 0.81 to 1.07. What is left is decided per JVM
 * (the JIT's code, where long-lived objects land), so each round runs in a JVM of its own after two
 * warm-up rounds there ({@link ObservationFork}): after one, the JIT still compiled the engine's
 * set-up code during the measured round (0.20-0.25 s of CPU per million tcp messages against
 * bare's 0.10-0.12; after two, 0.11 against 0.05). The table shows the medians of the rounds and
 * their spread.
 * Each round's CPU is accounted too: see {@link ObservationCpu}.
 *
 * <h2>Heap</h2>
 *
 * <p>{@code .ci/bench} runs this with a fixed 2 GB heap ({@code -Xms2g -Xmx2g}), and each leg starts
 * after a {@code System.gc()}: a leg then runs without a collection. With the default heap (G1
 * sizing its young generation as it goes), unlimited-HWM tcp legs queue hundreds of thousands of
 * messages in the sender's pipe and G1 copies them again and again: 0.3 to 0.45 s of GC CPU per
 * million messages, a third of the process's CPU on two cores, varying with when collections fell
 * and where they moved each socket's objects. That is JeroMQ's allocation (about 118 bytes a
 * message sent, the same on both sides), not the engine's; without it the engine's own CPU is a
 * larger share of the whole, so the ratio is, if anything, stricter. The header prints the JVM's
 * options.
 */
public final class ObservationBench {

    static final int PAYLOAD_BYTES = ObservationLeg.PAYLOAD_BYTES;
    static final String PAYLOAD = ObservationLeg.PAYLOAD;
    static final long PUB_SURPLUS = ObservationLeg.PUB_SURPLUS;

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
    record Sample(double perSecond, String note, CpuReport cpu) implements java.io.Serializable {
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
        int warmups = Integer.parseInt(opts.getOrDefault("warmup", "2"));
        int legs = Math.max(1, Integer.parseInt(opts.getOrDefault("legs", "8")));
        long timeoutSeconds = Long.parseLong(opts.getOrDefault("timeout", "120"));
        only = opts.getOrDefault("only", "");
        boolean forked = !"0".equals(opts.getOrDefault("fork", "1"));
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

        if (opts.containsKey(ObservationFork.ROUND)) {
            // A round in a JVM of its own: measure, hand the samples to the parent, done.
            int r = Integer.parseInt(opts.get(ObservationFork.ROUND));
            ObservationFork.answer(opts.get(ObservationFork.OUT), measureRound(cases, r, warmups, legs, timeoutSeconds));
            return;
        }

        BenchEnvironment.describe("ObservationBench: the traced engine against bare JeroMQ")
                .with("options", String.format(Locale.ROOT, "%d-byte messages, %d rounds per case%s, each after"
                        + " %d warm-up round(s), %d legs a round, inproc=%d tcp=%d cases=%s", PAYLOAD_BYTES, rounds,
                        forked ? " each in a JVM of its own" : " in this JVM", warmups, legs, inprocN, tcpN,
                        String.join(",", wanted)))
                .with("JeroMQ", jeromqVersion())
                .print(System.out);

        Map<Case, List<Sample>> bare = new LinkedHashMap<>();
        Map<Case, List<Sample>> engine = new LinkedHashMap<>();
        for (Case c : cases) {
            bare.put(c, new ArrayList<>());
            engine.put(c, new ArrayList<>());
        }
        for (int r = 0; r < rounds; r++) {
            Map<String, Sample[]> measured = forked
                    ? ObservationFork.round(args, r, timeoutSeconds * legs * 2 * (warmups + 1) * cases.size())
                    : measureRound(cases, r, r == 0 ? warmups : 0, legs, timeoutSeconds);
            for (Case c : cases) {
                Sample[] pair = measured.getOrDefault(c.key(),
                        new Sample[] {Sample.failed("no result from round " + (r + 1)), Sample.failed("no result")});
                bare.get(c).add(pair[0]);
                engine.get(c).add(pair[1]);
            }
        }

        System.out.println();
        System.out.println("| case | N | bare msg/s | engine msg/s | engine/bare | overhead | rounds' engine/bare |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|");
        List<String> notes = new ArrayList<>();
        for (Case c : cases) {
            double b = median(bare.get(c));
            double e = median(engine.get(c));
            double ratio = e / b;
            System.out.printf(Locale.ROOT, "| %s | %,d | %s | %s | %s | %s | %s |%n", c.label(), c.messages(), rate(b),
                    rate(e), Double.isNaN(ratio) ? "n/a" : String.format(Locale.ROOT, "%.2f", ratio),
                    Double.isNaN(ratio) ? "n/a" : String.format(Locale.ROOT, "%.1f %%", (1 - ratio) * 100),
                    spread(bare.get(c), engine.get(c)));
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
        System.out.println("Medians of " + rounds + " rounds, each N messages a side over " + legs
                + " connections; overhead = (1 - engine/bare) * 100; target: overhead under 10 %;"
                + " rounds' engine/bare: lowest and highest of the rounds, each round's engine over the same round's bare.");
        System.out.println("bare: first data send to last receive, plain JeroMQ threads; engine: the first traced"
                + " send or receive to the receiver's FINISHED, both stamped on the node threads.");
        notes.stream().distinct().forEach(n -> System.out.println("note: " + n));
        ObservationCpu.print(cases, bare, engine);
    }

    // ----- one round ----------------------------------------------------------------------------

    /**
     * Round {@code r} of every case, each case after its warm-up rounds, in this JVM: the samples
     * by case key, {bare, engine}.
     */
    private static Map<String, Sample[]> measureRound(List<Case> cases, int r, int warmups, int legs,
            long timeoutSeconds) {
        Map<String, Sample[]> measured = new LinkedHashMap<>();
        for (Case c : cases) {
            for (int w = 0; w < warmups; w++) {
                Sample[] pair = round(c, w, legs, timeoutSeconds);
                System.out.printf(Locale.ROOT, "%-18s %-9s bare %s   engine %s%n", c.label(), "warm-up", show(pair[0]),
                        show(pair[1]));
            }
            Sample[] pair = round(c, r, legs, timeoutSeconds);
            System.out.printf(Locale.ROOT, "%-18s %-9s bare %s   engine %s%n", c.label(), "round " + (r + 1),
                    show(pair[0]), show(pair[1]));
            measured.put(c.key(), pair);
        }
        return measured;
    }

    /** "bare" or "engine" measures only that side (for profiling one of them); skipped is NaN. */
    private static String only = "";

    /**
     * One round of a case: N messages a side spread over {@code legs} fresh connections, bare and
     * engine in turn (round {@code r} and leg {@code i} starting with bare when {@code r + i} is
     * even). Returns {bare, engine}; a side with a failed leg has no figure for the round.
     */
    private static Sample[] round(Case c, int r, int legs, long timeoutSeconds) {
        Totals bare = new Totals();
        Totals engine = new Totals();
        for (int i = 0; i < legs; i++) {
            long n = c.messages() / legs + (i < c.messages() % legs ? 1 : 0);
            boolean bareFirst = Math.floorMod(r + i, 2) == 0;
            leg(c, n, bareFirst ? bare : engine, !bareFirst, timeoutSeconds);
            leg(c, n, bareFirst ? engine : bare, bareFirst, timeoutSeconds);
        }
        return new Sample[] {bare.sample(), engine.sample()};
    }

    /** One side's legs of a round added up. */
    private static final class Totals {
        long messages;
        long nanos;
        String failure;
        final List<String> notes = new ArrayList<>();
        CpuReport cpu;

        Sample sample() {
            if (failure != null) {
                return Sample.failed(failure);
            }
            return new Sample(messages * 1e9 / nanos, notes.isEmpty() ? null : String.join("; ", notes), cpu);
        }
    }

    private static void leg(Case c, long n, Totals side, boolean viaEngine, long timeoutSeconds) {
        if (side.failure != null) {
            return;
        }
        if (!only.isEmpty() && !only.equals(viaEngine ? "engine" : "bare")) {
            side.failure = "skipped (only=" + only + ")";
            return;
        }
        System.gc();
        ThreadCpu cpu = ThreadCpu.start(ObservationCpu.GROUPS);
        ObservationLeg.Result result;
        try {
            result = viaEngine ? ObservationLeg.engine(c, n, timeoutSeconds, cpu)
                    : ObservationLeg.bare(c, n, timeoutSeconds, cpu);
        } catch (Exception | Error e) {
            result = ObservationLeg.Result.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        CpuReport used = cpu.stop();
        if (!result.ok()) {
            side.failure = result.note();
            return;
        }
        side.messages += result.messages();
        side.nanos += result.nanos();
        side.cpu = side.cpu == null ? used : side.cpu.plus(used);
        if (result.note() != null) {
            side.notes.add(result.note());
        }
    }

    /** Compatibility for {@link ObservationProfile}: the engine topology of a whole case. */
    static Topology topology(Case c, String endpoint) {
        return ObservationLeg.topology(c, endpoint, c.messages());
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

    /** The lowest and highest of the rounds' own engine/bare, e.g. "0.93–1.04". */
    private static String spread(List<Sample> bare, List<Sample> engine) {
        double low = Double.NaN;
        double high = Double.NaN;
        for (int i = 0; i < Math.min(bare.size(), engine.size()); i++) {
            if (bare.get(i).ok() && engine.get(i).ok()) {
                double ratio = engine.get(i).perSecond() / bare.get(i).perSecond();
                low = Double.isNaN(low) ? ratio : Math.min(low, ratio);
                high = Double.isNaN(high) ? ratio : Math.max(high, ratio);
            }
        }
        return Double.isNaN(low) ? "n/a" : String.format(Locale.ROOT, "%.2f–%.2f", low, high);
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
