package org.zmqdesigner.engine.runtime;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.zmqdesigner.engine.event.RunEvent;

/**
 * Samples true queue depth per link, 50 times a second, on its own thread.
 *
 * <p>The depth of one direction of a connection is what the sending socket wrote into it minus what
 * the receiving socket read from it. Over inproc that is exactly what the pipe pair holds (the
 * reading pipe is the writing pipe's peer). Over tcp it also counts what sits in the two sessions
 * and in the kernel's socket buffers, which pipe counters alone cannot see.
 *
 * <p>Accuracy: the two counters belong to other threads and are read a few nanoseconds apart,
 * the written count first; the reader can only have advanced in between, so a sample never
 * exceeds the true depth at the moment of the first read, and may understate it by the messages
 * read in those nanoseconds. The writer's own HWM check uses the reader's count as last reported,
 * which lags by up to the low-water mark (half the receiving HWM), so ZeroMQ sometimes refuses
 * messages while the true depth is below the HWM; the samples show the true depth.
 */
final class QueueSampler {

    static final long PERIOD_MILLIS = 20;

    private final RunContext run;
    private final Map<String, Long> maxDepth = new ConcurrentHashMap<>();
    /** Guarded by this sampler's lock, like everything {@link #sample()} touches. */
    private final Map<String, Long> lastPublished = new HashMap<>();
    private final Map<String, Long> lastCapacity = new HashMap<>();
    private final Thread thread;
    private volatile boolean stopping;

    QueueSampler(RunContext run) {
        this(run, null);
    }

    QueueSampler(RunContext run, Thread.UncaughtExceptionHandler onDeath) {
        this.run = run;
        this.thread = new Thread(this::loop, "zmq-designer-queue-sampler");
        this.thread.setDaemon(true);
        this.thread.setUncaughtExceptionHandler(onDeath);
    }

    void start() {
        thread.start();
    }

    private void loop() {
        while (!stopping) {
            sample();
            java.util.concurrent.locks.LockSupport.parkNanos(PERIOD_MILLIS * 1_000_000L);
        }
    }

    /**
     * One look at every link. Synchronized: {@link #stop()} takes a last sample itself, and its
     * join may time out while the sampler thread is still inside one.
     */
    synchronized void sample() {
        long now = System.nanoTime();
        Map<String, long[]> byLink = new HashMap<>();
        List<Connection> connections = run.registry().connections();
        for (Connection c : connections) {
            if (c.closed || !c.complete() || c.link() == null) {
                continue;
            }
            Connection.Side a = c.first();
            Connection.Side b = c.second();
            long depth = direction(a, b) + direction(b, a);
            long capacity = capacity(c, a, b);
            long[] sum = byLink.computeIfAbsent(c.link(), k -> new long[2]);
            sum[0] += depth;
            sum[1] = Math.max(sum[1], capacity);
        }
        for (Map.Entry<String, long[]> e : byLink.entrySet()) {
            long depth = e.getValue()[0];
            maxDepth.merge(e.getKey(), depth, Math::max);
            Long previous = lastPublished.put(e.getKey(), depth);
            lastCapacity.put(e.getKey(), e.getValue()[1]);
            if (previous == null || previous != depth) {
                run.publish(new RunEvent.QueueDepth(run.clock(now), e.getKey(), depth, e.getValue()[1]));
            }
        }
        // A link with no connection left has no queue (it went with the connection): say so once,
        // or its last depth would stand on the canvas for as long as the link is down.
        for (Map.Entry<String, Long> e : lastPublished.entrySet()) {
            if (!byLink.containsKey(e.getKey()) && e.getValue() != 0) {
                e.setValue(0L);
                run.publish(new RunEvent.QueueDepth(run.clock(now), e.getKey(), 0, lastCapacity.get(e.getKey())));
            }
        }
    }

    /** Messages written by {@code from} that {@code to} has not read; subscriptions do not count. */
    private static long direction(Connection.Side from, Connection.Side to) {
        if (to.type.publishes()) {
            return 0;
        }
        long written = from.written();
        long read = to.read();
        return Math.max(0, written - read);
    }

    /** The HWM of the data direction: both pipes' limits for inproc, send plus receive for tcp. */
    private static long capacity(Connection c, Connection.Side a, Connection.Side b) {
        Connection.Side writer = ConnectionRegistry.sendsData(a.type) ? a : b;
        Connection.Side reader = writer == a ? b : a;
        long hwm = Introspection.hwm(writer.pipe);
        if (c.tcp) {
            zmq.pipe.Pipe session = Introspection.peer(reader.pipe);
            hwm += session == null ? 0 : Introspection.hwm(session);
        }
        return hwm;
    }

    long maxDepth(String link) {
        return maxDepth.getOrDefault(link, 0L);
    }

    void stop() {
        stopping = true;
        java.util.concurrent.locks.LockSupport.unpark(thread);
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // The final depths, even if the thread is still finishing a sample: sample() holds the lock.
        sample();
    }

    boolean running() {
        return thread.isAlive();
    }
}
