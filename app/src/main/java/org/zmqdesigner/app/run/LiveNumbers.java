package org.zmqdesigner.app.run;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.zmqdesigner.engine.runtime.RunReport;
import org.zmqdesigner.engine.runtime.TopologyRun;

/**
 * Reads the run's counters a few times a second on its own thread, so the FX thread only picks up
 * the latest numbers and never waits on the engine. Rates are the change in a node's sent plus
 * received messages over the last interval.
 */
final class LiveNumbers {

    static final long INTERVAL_MILLIS = 200;

    /** One reading: the run's report and, per node, messages per second since the previous one. */
    record Reading(RunReport report, Map<String, Double> rates) {
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
        Map<String, Long> before = new HashMap<>();
        long beforeNanos = System.nanoTime();
        while (!stopping) {
            try {
                Thread.sleep(INTERVAL_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            RunReport report = run.report();
            long now = System.nanoTime();
            double seconds = (now - beforeNanos) / 1e9;
            Map<String, Double> rates = new HashMap<>();
            Map<String, Long> moved = new HashMap<>();
            report.nodes().forEach((id, n) -> {
                long total = n.sent() + n.received();
                moved.put(id, total);
                long previous = before.getOrDefault(id, 0L);
                // A restarted node starts its count again; a drop means a new life, not negative traffic.
                rates.put(id, total >= previous ? (total - previous) / seconds : total / seconds);
            });
            before.clear();
            before.putAll(moved);
            beforeNanos = now;
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
