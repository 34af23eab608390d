package org.zmqdesigner.app.run;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.zmqdesigner.engine.runtime.RunReport;
import org.zmqdesigner.engine.runtime.TopologyRun;

/**
 * Reads the run's counters a few times a second on its own thread, so the FX thread only picks up
 * the latest numbers and never waits on the engine. Rates are the change in a node's sent and
 * received messages over the last two seconds.
 */
final class LiveNumbers {

    static final long INTERVAL_MILLIS = 200;
    /** Rates are averaged over this long: steady at one message a second, quick enough at a thousand. */
    static final long RATE_WINDOW_NANOS = 2_000_000_000L;

    /** One reading: the run's report and, per node, {sent, received} messages per second. */
    record Reading(RunReport report, Map<String, double[]> rates) {
    }

    private final TopologyRun run;
    private final AtomicReference<Reading> latest = new AtomicReference<>();
    private final Thread thread;
    private volatile boolean stopping;

    LiveNumbers(TopologyRun run) {
        this.run = run;
        this.thread = new Thread(this::loop, "zmq-designer-live-numbers");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** The newest reading not yet taken, or null. */
    Reading take() {
        return latest.getAndSet(null);
    }

    private void loop() {
        // Per node, readings {nanos, sent, received} over the rate window.
        Map<String, java.util.ArrayDeque<long[]>> history = new HashMap<>();
        long startNanos = System.nanoTime();
        while (!stopping) {
            try {
                Thread.sleep(INTERVAL_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            RunReport report;
            try {
                report = run.report();
            } catch (RuntimeException e) {
                // One failed reading (say, the run stopping under it) must not end the live numbers.
                System.getLogger(LiveNumbers.class.getName()).log(System.Logger.Level.DEBUG, "report failed", e);
                continue;
            }
            long now = System.nanoTime();
            Map<String, double[]> rates = new HashMap<>();
            report.nodes().forEach((id, n) -> {
                java.util.ArrayDeque<long[]> readings = history.computeIfAbsent(id, k -> {
                    java.util.ArrayDeque<long[]> first = new java.util.ArrayDeque<>();
                    first.add(new long[] {startNanos, 0, 0});
                    return first;
                });
                long[] last = readings.peekLast();
                if (n.sent() < last[1] || n.received() < last[2]) {
                    // A restarted node counts from zero again: a new life, not negative traffic.
                    readings.clear();
                    readings.add(new long[] {now - INTERVAL_MILLIS * 1_000_000L, 0, 0});
                }
                readings.add(new long[] {now, n.sent(), n.received()});
                while (readings.size() > 2 && now - readings.peekFirst()[0] > RATE_WINDOW_NANOS) {
                    readings.removeFirst();
                }
                long[] oldest = readings.peekFirst();
                double seconds = (now - oldest[0]) / 1e9;
                rates.put(id, seconds <= 0 ? new double[2] : new double[] {(n.sent() - oldest[1]) / seconds,
                        (n.received() - oldest[2]) / seconds});
            });
            latest.set(new Reading(report, rates));
        }
    }

    void stop() {
        stopping = true;
        thread.interrupt();
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
