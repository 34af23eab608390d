package org.zmqdesigner.app.run;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The last minute of a run in one-second buckets, per node or link id: messages moved and the
 * deepest queue seen. Only closed seconds are reported; the second in progress would read as a
 * sudden drop in the rate if it were drawn while half full. Seconds without traffic count as zero.
 *
 * <p>Queue depth is a level, not a flow: a link sampled at 500 and not sampled again is still at
 * 500, so each second starts from the last sampled depth and keeps the maximum of what it sees.
 *
 * <p>Pure data and not thread-safe: the FX thread feeds it once per frame and the chart reads it.
 */
public final class LiveHistory {

    /** How many closed seconds are kept. */
    public static final int SECONDS = 60;

    private static final long SECOND_NANOS = 1_000_000_000L;

    private final Map<String, Series> series = new HashMap<>();
    /** The ring slot the next closed second goes to. */
    private int next;
    private int closed;
    /** Run-clock second that is still open; traffic added now belongs to it. */
    private long openSecond;
    /** Changes whenever what {@link #rate} and {@link #depth} return may change. */
    private long version;

    /** Adds messages moved through a node or link since the last call. */
    public void addTraffic(String id, long messages) {
        series(id).openTraffic += messages;
    }

    /** Records the latest sampled queue depth of a link. */
    public void depth(String id, long depth) {
        Series s = series(id);
        s.lastDepth = depth;
        s.openDepth = Math.max(s.openDepth, depth);
    }

    /** Moves to the run clock, closing every second that has ended since the last call. */
    public void advance(long clockNanos) {
        long second = Math.floorDiv(clockNanos, SECOND_NANOS);
        if (second <= openSecond) {
            return;
        }
        close();
        // After a long gap only the last minute matters: zero-filling more would be overwritten.
        long quiet = Math.min(second - openSecond - 1, SECONDS);
        for (long i = 0; i < quiet; i++) {
            close();
        }
        openSecond = second;
    }

    /** Messages per second for each closed second, oldest first, summed over ids (none = all). */
    public double[] rate(Set<String> ids) {
        double[] rate = new double[closed];
        for (Series s : selected(ids)) {
            for (int i = 0; i < closed; i++) {
                rate[i] += s.traffic[slot(i)];
            }
        }
        return rate;
    }

    /** The deepest queue for each closed second, oldest first, over ids (none = all). */
    public long[] depth(Set<String> ids) {
        long[] depth = new long[closed];
        for (Series s : selected(ids)) {
            for (int i = 0; i < closed; i++) {
                depth[i] = Math.max(depth[i], s.depth[slot(i)]);
            }
        }
        return depth;
    }

    /**
     * A number that changes whenever a second closes or the history is cleared: the closed seconds
     * are all a chart draws, so a chart drawn at this version needs no redrawing until it changes.
     */
    public long version() {
        return version;
    }

    /** How many closed seconds are held, at most {@link #SECONDS}. */
    public int seconds() {
        return closed;
    }

    /** Forgets everything, for a new run whose clock starts again at zero. */
    public void clear() {
        series.clear();
        next = 0;
        closed = 0;
        openSecond = 0;
        version++;
    }

    private void close() {
        for (Series s : series.values()) {
            s.traffic[next] = s.openTraffic;
            s.depth[next] = s.openDepth;
            s.openTraffic = 0;
            s.openDepth = s.lastDepth;
        }
        next = (next + 1) % SECONDS;
        closed = Math.min(closed + 1, SECONDS);
        version++;
    }

    /** Ring slot of the i-th closed second, oldest first. */
    private int slot(int i) {
        return Math.floorMod(next - closed + i, SECONDS);
    }

    private Collection<Series> selected(Set<String> ids) {
        if (ids.isEmpty()) {
            return series.values();
        }
        return ids.stream().map(series::get).filter(s -> s != null).toList();
    }

    private Series series(String id) {
        // A series first seen mid-run has zeros for the seconds before it, which is what happened.
        return series.computeIfAbsent(id, k -> new Series());
    }

    private static final class Series {
        final long[] traffic = new long[SECONDS];
        final long[] depth = new long[SECONDS];
        long openTraffic;
        long openDepth;
        long lastDepth;
    }
}
