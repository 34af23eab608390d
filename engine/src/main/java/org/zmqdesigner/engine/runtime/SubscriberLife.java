package org.zmqdesigner.engine.runtime;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Whether a SUB socket is up, and which incarnation: a restarted subscriber is a new joiner.
 * Written by the subscriber's thread, read by its publishers' threads. Every change also bumps
 * the run's subscriber generation, so a publisher checks one number per message, not each
 * subscriber.
 */
final class SubscriberLife {
    private final AtomicLong generation;
    private volatile long epoch;
    private volatile boolean running;

    SubscriberLife(AtomicLong generation) {
        this.generation = generation;
    }

    void started() {
        epoch++;
        running = true;
        generation.incrementAndGet();
    }

    void stopped() {
        running = false;
        generation.incrementAndGet();
    }

    long epoch() {
        return epoch;
    }

    boolean running() {
        return running;
    }
}
