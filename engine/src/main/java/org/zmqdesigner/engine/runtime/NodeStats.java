package org.zmqdesigner.engine.runtime;

import java.util.concurrent.atomic.LongAdder;

/** Application-level counts of one node; each node's own thread adds, anyone reads. */
final class NodeStats {
    final String node;
    final LongAdder sent = new LongAdder();
    final LongAdder received = new LongAdder();
    final LongAdder unroutable = new LongAdder();
    final LongAdder hwmDropped = new LongAdder();

    NodeStats(String node) {
        this.node = node;
    }
}
