package org.zmqdesigner.engine.explain;

/**
 * Why messages went missing, as the zguide's Missing Message Problem Solver (chapter 2) asks it,
 * each answered from one run's own counters and events. Declared in order of importance: counted
 * losses first, then messages that never flowed, then an unfair share, then the all-clear.
 */
public enum Cause {
    /** A publisher (or ROUTER) dropped messages because the queue to a peer was at its high-water mark. */
    HWM_DROPS,
    /** A subscriber lost what was published after it started and before its subscription arrived. */
    SLOW_JOINER,
    /** A ROUTER dropped messages addressed to a routing id no connected peer had. */
    UNROUTABLE,
    /** A SUB with no subscription at all: it receives nothing. */
    NO_SUBSCRIPTION,
    /** A SUB whose subscriptions matched none of the messages its publishers sent. */
    FILTER_MATCHES_NOTHING,
    /** A node crashed; what it held and what was sent to it meanwhile is gone. */
    NODE_CRASHED,
    /** A node was stopped by hand while the run went on. */
    NODE_KILLED,
    /** A REQ waited for a reply that did not come (and gave up, or is still waiting for a server that is down). */
    REQ_STUCK,
    /** A socket connects to an endpoint no socket binds; one of the design binds a neighbouring port. */
    WRONG_PORT,
    /** A socket connects to an endpoint no socket binds, and nothing answered there during the run. */
    ENDPOINT_NOT_BOUND,
    /** A PUSH dealt its messages before one of its workers had connected: one worker got the burst. */
    PUSH_LATE_WORKER,
    /** Nothing was lost: the totals, for the record. */
    NOTHING_LOST
}
