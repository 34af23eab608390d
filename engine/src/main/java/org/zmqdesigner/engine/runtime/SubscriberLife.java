package org.zmqdesigner.engine.runtime;

/**
 * Whether a SUB socket is up, and which incarnation: a restarted subscriber is a new joiner.
 * Written by the subscriber's thread, read by its publishers' threads.
 */
final class SubscriberLife {
    private volatile long epoch;
    private volatile boolean running;

    void started() {
        epoch++;
        running = true;
    }

    void stopped() {
        running = false;
    }

    long epoch() {
        return epoch;
    }

    boolean running() {
        return running;
    }
}
