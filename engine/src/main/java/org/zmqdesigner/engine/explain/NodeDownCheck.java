package org.zmqdesigner.engine.explain;

import java.util.List;
import java.util.Map;
import org.zmqdesigner.engine.event.RunEvent.NodeState;
import org.zmqdesigner.engine.runtime.RunReport;

/**
 * A node that crashed, or was stopped by hand while the run went on: what it held is gone and what
 * is sent to it meanwhile cannot arrive. From the node's state (a stop before the run's own stop,
 * in a finished run, from the observed events).
 */
final class NodeDownCheck implements Check {

    @Override
    public void run(DesignIndex design, RunFacts facts, List<Finding> out) {
        for (Map.Entry<String, NodeState> e : facts.states().entrySet()) {
            String id = e.getKey();
            RunReport.NodeReport r = facts.node(id);
            if (r == null) {
                continue;
            }
            if (e.getValue() == NodeState.CRASHED) {
                String detail = facts.details().getOrDefault(id, "");
                out.add(about(Cause.NODE_CRASHED, id, r)
                        .headline("crashed.headline", id)
                        .what("crashed.what", id, r.sent(), r.received(), detail.isBlank() ? "?" : detail)
                        .why(r.publishedWhileAway() > 0 ? "down.why.subscriber" : "down.why", r.publishedWhileAway())
                        .advice("crashed.advice", id).done());
            } else if (killed(facts, id)) {
                out.add(about(Cause.NODE_KILLED, id, r)
                        .headline("killed.headline", id)
                        .what("killed.what", id, r.sent(), r.received())
                        .why(r.publishedWhileAway() > 0 ? "down.why.subscriber" : "down.why", r.publishedWhileAway())
                        .advice("killed.advice", id).done());
            }
        }
    }

    private static Draft about(Cause cause, String id, RunReport.NodeReport r) {
        Draft d = new Draft(cause).node(id).number(Measure.SENT, r.sent()).number(Measure.RECEIVED, r.received());
        if (r.publishedWhileAway() > 0) {
            d.number(Measure.PUBLISHED_WHILE_AWAY, r.publishedWhileAway());
        }
        return d;
    }

    /** Stopped while the run went on: now, in a live run; before the run's stop, in a finished one. */
    static boolean killed(RunFacts facts, String id) {
        if (facts.state(id) != NodeState.STOPPED) {
            return false;
        }
        if (facts.live()) {
            return true;
        }
        return facts.stopRequestedAt().isPresent()
                && facts.observed().stoppedBefore(id, facts.stopRequestedAt().getAsLong()).isPresent();
    }

    /** Whether the node crashed or was killed in this run (its absence then explains itself). */
    static boolean wentDown(RunFacts facts, String id) {
        return facts.state(id) == NodeState.CRASHED || killed(facts, id);
    }
}
