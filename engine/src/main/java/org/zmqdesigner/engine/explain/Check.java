package org.zmqdesigner.engine.explain;

import java.util.List;

/** One branch of the Missing Message Problem Solver, answered from a run's facts. */
interface Check {
    void run(DesignIndex design, RunFacts facts, List<Finding> out);
}
