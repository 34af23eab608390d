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
     * Cache lines before a count's value: a count is written on every message by one node's thread,
     * and the counts of two nodes are made one after the other, so without padding a sender's
     * {@code sent} and its receiver's {@code received} can share a cache line, which then travels
     * between the two cores on every message (false sharing). Fields of a superclass are laid out
     * before a subclass's, so the padding stays where it is put.
     */
    abstract static class PaddedBefore {
        long p01, p02, p03, p04, p05, p06, p07, p08, p09, p10, p11, p12, p13, p14, p15, p16;
    }

    /** The value, between the paddings. */
    abstract static class Value extends PaddedBefore {
        volatile long value;
    }

    /**
     * A counter with a single writing thread: the count is a field of its own, one load and one
     * ordered store per message on the sending or receiving thread (no AtomicLong to go through),
     * with 128 bytes of padding on each side (two lines: CPUs fetch lines in adjacent pairs).
     */
    static final class Count extends Value {
        private static final VarHandle VALUE;

        static {
            try {
                VALUE = MethodHandles.lookup().findVarHandle(Value.class, "value", long.class);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        long q01, q02, q03, q04, q05, q06, q07, q08, q09, q10, q11, q12, q13, q14, q15, q16;

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
