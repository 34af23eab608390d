package org.zmqdesigner.engine.runtime;

import java.util.Set;

/**
 * How to run a topology.
 *
 * @param only run just these nodes (empty: all), so a design can be split over hosts over tcp
 * @param rateMultiplier slow motion below 1: source rates and processing delays scale by it
 * @param eventBatchMillis how often subscribers get a batch of events
 * @param replyPatienceMillis how long a REQ of the design waits for a reply before its node gives
 *     up (at least three times the slowest designed server's work; stretched by slow motion)
 */
public record RunOptions(Set<String> only, double rateMultiplier, long eventBatchMillis, long replyPatienceMillis) {
    public static final long DEFAULT_REPLY_PATIENCE_MILLIS = 30_000;
    public static final RunOptions DEFAULTS = new RunOptions(Set.of(), 1.0, 16, DEFAULT_REPLY_PATIENCE_MILLIS);

    public RunOptions {
        only = only == null ? Set.of() : Set.copyOf(only);
    }

    public RunOptions withOnly(Set<String> nodes) {
        return new RunOptions(nodes, rateMultiplier, eventBatchMillis, replyPatienceMillis);
    }

    public RunOptions withRateMultiplier(double value) {
        return new RunOptions(only, value, eventBatchMillis, replyPatienceMillis);
    }

    public RunOptions withReplyPatienceMillis(long millis) {
        return new RunOptions(only, rateMultiplier, eventBatchMillis, millis);
    }
}
