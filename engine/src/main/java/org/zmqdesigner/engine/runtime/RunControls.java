package org.zmqdesigner.engine.runtime;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** The run's steering: pause, single steps, slow motion. Written by any thread, read by nodes. */
final class RunControls {
    private volatile boolean paused;
    private volatile double rateMultiplier = 1.0;
    private final Map<String, AtomicInteger> steps = new ConcurrentHashMap<>();

    boolean paused() {
        return paused;
    }

    void paused(boolean value) {
        paused = value;
    }

    double rateMultiplier() {
        return rateMultiplier;
    }

    /** Any positive number; infinity is full speed (no pacing, no delays). */
    void rateMultiplier(double value) {
        if (!(value > 0)) {
            throw new IllegalArgumentException("the rate multiplier must be a positive number, not " + value);
        }
        rateMultiplier = value;
    }

    void addStep(String node) {
        steps.computeIfAbsent(node, n -> new AtomicInteger()).incrementAndGet();
    }

    /** Takes one pending step for the node, if any. */
    boolean takeStep(String node) {
        AtomicInteger pending = steps.get(node);
        return pending != null && pending.getAndUpdate(v -> v > 0 ? v - 1 : 0) > 0;
    }
}
