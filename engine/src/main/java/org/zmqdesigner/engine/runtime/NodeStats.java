package org.zmqdesigner.engine.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * Application-level counts of one node. Only the node's own thread adds (one writer at a time:
 * a restarted node's thread starts after the old one ended), so an add is a plain read and an
 * ordered write, not an atomic read-modify-write; any thread may read.
 */
final class NodeStats {

    /**
     * A counter with a single writing thread: the count is a field of its own, one load and one
     * ordered store per message on the sending or receiving thread (no AtomicLong to go through).
     */
    static final class Count {
        private static final VarHandle VALUE;

        static {
            try {
                VALUE = MethodHandles.lookup().findVarHandle(Count.class, "value", long.class);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        private volatile long value;

        void add(long n) {
            VALUE.setRelease(this, (long) VALUE.getOpaque(this) + n);
        }

        void increment() {
            add(1);
        }

        long sum() {
            return value;
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
