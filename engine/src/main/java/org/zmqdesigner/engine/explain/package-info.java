/**
 * "Why did I lose messages?": the zguide's Missing Message Problem Solver (chapter 2) walked against
 * one run's facts, for the designer's button and for {@code run --explain}.
 *
 * <p>Use: give a {@link org.zmqdesigner.engine.explain.RunObserver} to the run when it starts, then at
 * any time during or after the run call
 * {@link org.zmqdesigner.engine.explain.Explainer#explain(org.zmqdesigner.engine.runtime.TopologyRun,
 * org.zmqdesigner.engine.explain.RunObserver)} off the UI thread. Each
 * {@link org.zmqdesigner.engine.explain.Finding} names its {@link org.zmqdesigner.engine.explain.Cause},
 * the nodes, sockets and links to point at, its numbers (each a counter of the run's report,
 * {@link org.zmqdesigner.engine.explain.Measure}), its words in any language, and the fix as one
 * {@link org.zmqdesigner.engine.edit.Edit} where the cure is a change of the design.
 *
 * <p>Each branch of the guide's chart is one package-private {@code Check}; numbers come from the
 * report's counters, never from events (which a full bus may skip); events give only what counters
 * cannot: node lives, failed connects, when a link connected.
 */
package org.zmqdesigner.engine.explain;
