package org.zmqdesigner.engine.event;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Carries events from socket threads to subscribers without ever making a socket wait.
 *
 * <p>Publishing is a non-blocking offer into one bounded queue; when the queue is full the event is
 * counted as skipped and dropped, so memory stays bounded under any load and a slow subscriber
 * slows only this bus's thread. Counts that matter (sent, received, lost) are kept by the run's
 * counters, not derived from events, so skipping an event never makes a number wrong.
 */
public final class EventBus implements AutoCloseable {

    public static final int DEFAULT_CAPACITY = 65_536;
    private static final int MAX_BATCH = 8_192;

    private final ArrayBlockingQueue<RunEvent> queue;
    private final List<EventSubscriber> subscribers = new CopyOnWriteArrayList<>();
    private final AtomicLong skipped = new AtomicLong();
    private final Thread thread;
    private final long batchIntervalNanos;
    private volatile boolean closing;

    public EventBus(String name, int capacity, long batchIntervalMillis) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.batchIntervalNanos = TimeUnit.MILLISECONDS.toNanos(batchIntervalMillis);
        this.thread = new Thread(this::dispatch, name);
        this.thread.setDaemon(true);
        this.thread.start();
    }

    public void subscribe(EventSubscriber subscriber) {
        subscribers.add(subscriber);
    }

    public void unsubscribe(EventSubscriber subscriber) {
        subscribers.remove(subscriber);
    }

    /** Never blocks. Returns false when the event was skipped because the bus is full. */
    public boolean publish(RunEvent event) {
        if (queue.offer(event)) {
            return true;
        }
        skipped.incrementAndGet();
        return false;
    }

    public long skipped() {
        return skipped.get();
    }

    private void dispatch() {
        List<RunEvent> batch = new ArrayList<>();
        long reportedSkips = 0;
        while (true) {
            try {
                RunEvent first = queue.poll(batchIntervalNanos, TimeUnit.NANOSECONDS);
                if (first != null) {
                    batch.add(first);
                    // Let a batch gather: subscribers pay per batch, not per event.
                    long deadline = System.nanoTime() + batchIntervalNanos;
                    while (batch.size() < MAX_BATCH) {
                        long left = deadline - System.nanoTime();
                        if (queue.drainTo(batch, MAX_BATCH - batch.size()) == 0) {
                            if (left <= 0) {
                                break;
                            }
                            TimeUnit.NANOSECONDS.sleep(Math.min(left, 2_000_000));
                        }
                    }
                }
            } catch (InterruptedException e) {
                closing = true;
            }
            long skips = skipped.get();
            if (skips > reportedSkips) {
                batch.add(new RunEvent.EventsSkipped(System.nanoTime(), skips - reportedSkips));
                reportedSkips = skips;
            }
            if (!batch.isEmpty()) {
                deliver(batch);
                batch = new ArrayList<>();
            }
            if (closing && queue.isEmpty()) {
                return;
            }
        }
    }

    private void deliver(List<RunEvent> batch) {
        List<RunEvent> view = List.copyOf(batch);
        for (EventSubscriber subscriber : subscribers) {
            try {
                subscriber.onEvents(view);
            } catch (RuntimeException e) {
                // A broken subscriber must not stop the others, nor the run.
                System.getLogger(EventBus.class.getName()).log(System.Logger.Level.WARNING,
                        "event subscriber failed", e);
            }
        }
    }

    /** Delivers what is queued, then ends the bus thread. */
    @Override
    public void close() {
        closing = true;
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            thread.interrupt();
        }
    }
}
