package org.zmqdesigner.engine.runtime;

import java.util.Set;

/**
 * How to run a topology.
 *
 * @param only run just these nodes (empty: all), so a design can be split over hosts over tcp
 * @param rateMultiplier slow motion below 1: source rates and processing delays scale by it
 * @param eventBatchMillis how often subscribers get a batch of events
 */
public record RunOptions(Set<String> only, double rateMultiplier, long eventBatchMillis) {
    public static final RunOptions DEFAULTS = new RunOptions(Set.of(), 1.0, 16);

    public RunOptions {
        only = only == null ? Set.of() : Set.copyOf(only);
    }

    public RunOptions withOnly(Set<String> nodes) {
        return new RunOptions(nodes, rateMultiplier, eventBatchMillis);
    }

    public RunOptions withRateMultiplier(double value) {
        return new RunOptions(only, value, eventBatchMillis);
    }
}
