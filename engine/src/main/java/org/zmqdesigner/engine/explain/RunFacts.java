package org.zmqdesigner.engine.explain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.zmqdesigner.engine.event.RunEvent.NodeState;
import org.zmqdesigner.engine.runtime.RunReport;
import org.zmqdesigner.engine.runtime.SubscriberLosses;
import org.zmqdesigner.engine.runtime.TopologyRun;

/**
 * Everything the explainer reads of one run, taken at one moment: the report (the counters), each
 * node's state and the engine's words for it, the losses per publisher and subscriber, and what
 * a {@link RunObserver} saw.
 *
 * @param live whether the run was still going (not stopped) when the facts were taken
 * @param stopRequestedAt when the run was stopped, on the events' clock; empty while it runs
 */
public record RunFacts(RunReport report, Map<String, NodeState> states, Map<String, String> details,
                       List<SubscriberLosses> pairs, Observations observed, boolean live,
                       OptionalLong stopRequestedAt) {

    public RunFacts {
        states = Map.copyOf(states);
        details = Map.copyOf(details);
        pairs = List.copyOf(pairs);
    }

    /**
     * The facts of a live or finished run. Reads counters only (never waits on a socket), but not
     * for free: call it off the UI thread. {@code observer} may be null (then nothing observed).
     */
    public static RunFacts of(TopologyRun run, RunObserver observer) {
        OptionalLong stopAt = run.stopRequestedAt();
        Map<String, NodeState> states = run.nodeStates();
        Map<String, String> details = new HashMap<>();
        states.keySet().forEach(id -> details.put(id, java.util.Objects.requireNonNullElse(run.nodeDetail(id), "")));
        // The report last: its counters are then at least as new as the states read before.
        List<SubscriberLosses> pairs = run.subscriberLosses();
        RunReport report = run.report();
        return new RunFacts(report, states, details, pairs, observer == null ? Observations.NONE : observer.snapshot(),
                stopAt.isEmpty(), stopAt);
    }

    /** The state of a node, or null when it did not run in this process. */
    NodeState state(String node) {
        return states.get(node);
    }

    RunReport.NodeReport node(String id) {
        return report.nodes().get(id);
    }
}
