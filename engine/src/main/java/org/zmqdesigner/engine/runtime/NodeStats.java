package org.zmqdesigner.engine.runtime;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Application-level counts of one node. Only the node's own thread adds (one writer at a time:
 * a restarted node's thread starts after the old one ended), so an add is a plain read and an
 * ordered write, not an atomic read-modify-write; any thread may read.
 */
final class NodeStats {

    /** A counter with a single writing thread. */
    static final class Count {
        private final AtomicLong value = new AtomicLong();

        void add(long n) {
            value.lazySet(value.get() + n);
        }

        void increment() {
            add(1);
        }

        long sum() {
            return value.get();
        }
    }

    final String node;
    final Count sent = new Count();
    final Count received = new Count();
    final Count unroutable = new Count();
    final Count hwmDropped = new Count();
    /** Requests sent again on a fresh socket after a reply timeout (the Lazy Pirate client). */
    final Count retries = new Count();

    NodeStats(String node) {
        this.node = node;
    }
}
