package org.zmqdesigner.engine.validate;

/** One family of checks. Rules never throw on odd input: whatever is broken becomes a diagnostic. */
interface Rule {
    void check(TopologyFacts facts, Findings out);
}
