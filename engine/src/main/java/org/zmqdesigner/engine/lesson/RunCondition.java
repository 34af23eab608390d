package org.zmqdesigner.engine.lesson;

import org.zmqdesigner.engine.model.SocketType;

/** A condition on a run of the design: judged from the engine's own counters in a {@code RunReport}. */
public sealed interface RunCondition extends Condition {

    /**
     * The run sent at least this many messages (all nodes together). Until it has, the other run
     * conditions are not judged and the student is asked to let it run longer.
     */
    record RunSent(long messages) implements RunCondition {
    }

    /** One node's counter compared with a number. */
    record NodeCounter(String node, Counter counter, Comparison comparison) implements RunCondition {
    }

    /** The counter of every node with a socket of this type (in the design that ran). */
    record EveryNodeWith(SocketType type, Counter counter, Comparison comparison) implements RunCondition {
    }

    /** The counter ({@code sent} or {@code delivered}) of every link of a node or {@code node/socket}. */
    record EveryLinkOf(String element, Counter counter, Comparison comparison) implements RunCondition {
    }

    /**
     * The subscriber received some messages, but fewer than its publishers sent while it listened
     * (losses aside): its subscriptions let only part of the stream through.
     */
    record Filtered(String node) implements RunCondition {
    }

    /** The node is in this state when the run is judged (finished, gave up, crashed...). */
    record EndedIn(String node, EndState state) implements RunCondition {
    }
}
