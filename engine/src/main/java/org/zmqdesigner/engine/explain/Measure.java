package org.zmqdesigner.engine.explain;

/** The numbers a finding states, each read from the run's report or events, never estimated. */
public enum Measure {
    /** Messages the element (or, for a subscriber, its linked publishers) sent: a node's {@code sent}. */
    SENT,
    /** Messages the element received: a node's {@code received}. */
    RECEIVED,
    /** A subscriber's {@code lostSlowJoiner}. */
    LOST_SLOW_JOINER,
    /** A subscriber's {@code lostHwm}. */
    LOST_HWM,
    /** A subscriber's {@code publishedWhileAway}: sent while it was not running. */
    PUBLISHED_WHILE_AWAY,
    /** Messages a ROUTER dropped at the HWM: its {@code dropped} less {@code unroutable}. */
    DROPPED,
    /** A ROUTER's {@code unroutable}. */
    UNROUTABLE,
    /** The high-water mark in force at the dropping socket (the design's SNDHWM, else ZeroMQ's 1,000). */
    HWM,
    /** A Lazy Pirate client's {@code retries}. */
    RETRIES,
    /** Connection attempts to an endpoint that failed and were retried, from the run's monitor events. */
    CONNECT_RETRIES,
    /** Messages a PUSH wrote into the link of the worker that connected late: the link's {@code sent}. */
    DEALT_TO_LATE,
    /** Messages the same PUSH wrote into its other links, together. */
    DEALT_TO_OTHERS,
    /** How much later than the first message the late worker connected, in milliseconds (events' clock). */
    LATE_BY_MILLIS
}
