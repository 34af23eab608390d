package org.zmqdesigner.engine.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
 * One leg of an {@link ObservationBench} round: {@code n} messages over one fresh connection, on
 * bare JeroMQ or through the engine; see the bench's class comment for what is timed.
 */
final class ObservationLeg {

    /** What one leg measured: messages counted over nanoseconds, or why not, and what was noticed. */
    record Result(long messages, long nanos, String note) {
        static Result failed(String why) {
            return new Result(0, 0, why);
        }

        boolean ok() {
            return nanos > 0;
        }
    }

    static final String PAYLOAD = "0123456789abcdef";
    static final int PAYLOAD_BYTES = PAYLOAD.length();
    /**
     * What the engine's PUB sends beyond the count, so that the sink still reaches it after
     * slow-joiner losses at the start (up to 14,435 were seen at 1.5 M msg/s on a loaded machine,
     * about 10 ms before the subscription arrived).
     */
    static final long PUB_SURPLUS = 50_000;
    private static final byte[] PAYLOAD_BYTES_ARRAY = PAYLOAD.getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PROBE = {'p'};
    private static final AtomicInteger INPROC_NAMES = new AtomicInteger();

    private ObservationLeg() {
    }

    static String endpoint(ObservationBench.Transport transport) throws IOException {
        if (transport == ObservationBench.Transport.INPROC) {
            return "inproc://bench-" + INPROC_NAMES.incrementAndGet();
        }
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return "tcp://127.0.0.1:" + probe.getLocalPort();
        }
    }

    /** Plain JeroMQ: one sender thread, one receiver thread, one context. */
    static Result bare(ObservationBench.Case c, long n, long timeoutSeconds, ThreadCpu cpu) throws Exception {
        String endpoint = endpoint(c.transport());
        CountDownLatch bound = new CountDownLatch(1);
        CountDownLatch joined = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        long[] started = new long[1];
        long[] ended = new long[1];
        long[] received = new long[1];
        try (ZContext context = new ZContext(1)) {
            Thread sender = new Thread(() -> {
                ZMQ.Socket socket = unbounded(context, c.pattern().zmqSender);
                try {
                    socket.bind(endpoint);
                    bound.countDown();
                    // Probe until the receiver has one: connected and, for PUB, subscribed.
                    do {
                        socket.send(PROBE, 0);
                    } while (!joined.await(1, TimeUnit.MILLISECONDS));
                    byte[] payload = PAYLOAD_BYTES_ARRAY;
                    // A PUB sends the engine's surplus too, so both senders do the same work.
                    long sends = c.pattern() == ObservationBench.Pattern.PUB_SUB ? n + PUB_SURPLUS : n;
                    started[0] = System.nanoTime();
                    for (long i = 0; i < sends; i++) {
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
                ZMQ.Socket socket = unbounded(context, c.pattern().zmqReceiver);
                try {
                    socket.setReceiveTimeOut(10_000);
                    if (c.pattern() == ObservationBench.Pattern.PUB_SUB) {
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
            return Result.failed(failure.get().toString());
        }
        return new Result(received[0], ended[0] - started[0], null);
    }

    /**
     * Time stamps taken from the run's events, stamped on the node threads when things happen
     * (not when the bus delivers them).
     */
    private static final class Stamps implements EventSubscriber {
        volatile long firstSent = Long.MAX_VALUE;
        volatile long firstReceived = Long.MAX_VALUE;
        volatile long senderRunning = -1;
        volatile long receiverFinished = -1;
        volatile long skipped;

        @Override
        public void onEvents(List<RunEvent> batch) {
            for (RunEvent event : batch) {
                if (event instanceof RunEvent.MessageSent sent && sent.node().equals("sender")) {
                    firstSent = Math.min(firstSent, sent.nanos());
                } else if (event instanceof RunEvent.MessageReceived got && got.node().equals("receiver")) {
                    firstReceived = Math.min(firstReceived, got.nanos());
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

        /**
         * When the first delivered message went: its MessageSent, or its receipt when that comes
         * first. A PUB's first sends may go nowhere (no subscription yet) and still use up the
         * tick's trace budget, so the first delivered one may be untraced at the sender; the
         * receiver traces its first message always, microseconds after the send.
         */
        long start() {
            long first = Math.min(firstSent, firstReceived);
            return first == Long.MAX_VALUE ? senderRunning : first;
        }
    }

    /** The same two sockets as a topology the engine runs, traced as in the designer. */
    static Result engine(ObservationBench.Case c, long n, long timeoutSeconds, ThreadCpu cpu) throws Exception {
        Topology topology = topology(c, endpoint(c.transport()), n);
        Stamps stamps = new Stamps();
        TopologyRun run = TopologyRun.start(topology, RunOptions.DEFAULTS, stamps);
        try {
            if (!run.awaitFinished(TimeUnit.SECONDS.toMillis(timeoutSeconds))) {
                return Result.failed("engine run did not finish within " + timeoutSeconds + " s: " + counts(run.report()));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (stamps.receiverFinished < 0 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            RunReport.NodeReport receiver = run.report().nodes().get("receiver");
            if (!"finished".equals(receiver.state()) && !"stopped".equals(receiver.state())) {
                return Result.failed("receiver " + receiver.state() + ": " + run.nodeDetail("receiver"));
            }
            if (stamps.receiverFinished < 0) {
                return Result.failed("no FINISHED event from the receiver");
            }
            List<String> notes = new ArrayList<>();
            if (stamps.firstSent == Long.MAX_VALUE && stamps.firstReceived == Long.MAX_VALUE) {
                notes.add("no traced message; timed from the sender's RUNNING state");
            }
            if (receiver.lostSlowJoiner() > 0) {
                notes.add("engine reported " + receiver.lostSlowJoiner() + " slow-joiner losses at the start");
            }
            if (stamps.skipped > 0) {
                notes.add("event bus skipped " + stamps.skipped + " events");
            }
            return new Result(receiver.received(), stamps.receiverFinished - stamps.start(),
                    notes.isEmpty() ? null : String.join("; ", notes));
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

    /** Node {@code sender} with a Source (unpaced, awaits 1 peer), node {@code receiver} with a Sink of {@code n}. */
    static Topology topology(ObservationBench.Case c, String endpoint, long n) {
        SocketOptions unlimited = SocketOptions.DEFAULTS.withSndhwm(0).withRcvhwm(0);
        Socket out = new Socket("out", c.pattern().senderType, List.of(endpoint), List.of(), unlimited);
        Socket in = new Socket("in", c.pattern().receiverType, List.of(), List.of(),
                c.pattern() == ObservationBench.Pattern.PUB_SUB ? unlimited.withSubscribe(List.of("")) : unlimited);
        long sends = c.pattern() == ObservationBench.Pattern.PUB_SUB ? n + PUB_SURPLUS : n;
        Node sender = new Node("sender", null, NodeKind.APPLICATION, null, null, null, List.of(out),
                new Behaviour.Source("out", null, sends, PAYLOAD, null, 1, null));
        Node receiver = new Node("receiver", null, NodeKind.APPLICATION, null, null, null, List.of(in),
                new Behaviour.Sink("in", n));
        Link link = new Link("data", new SocketRef("receiver", "in"), new SocketRef("sender", "out"), endpoint);
        return new Topology("observation bench " + c.key(), null, List.of(sender, receiver), List.of(link));
    }

    /** A bare socket as the engine's are in this benchmark: no linger, no high-water mark. */
    private static ZMQ.Socket unbounded(ZContext context, org.zeromq.SocketType type) {
        ZMQ.Socket socket = context.createSocket(type);
        socket.setLinger(0);
        socket.setSndHWM(0);
        socket.setRcvHWM(0);
        return socket;
    }
}
