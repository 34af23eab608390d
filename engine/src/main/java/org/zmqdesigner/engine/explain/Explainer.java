package org.zmqdesigner.engine.explain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.zmqdesigner.engine.model.Topology;
import org.zmqdesigner.engine.runtime.RunReport;
import org.zmqdesigner.engine.runtime.TopologyRun;

/**
 * "Why did I lose messages?": the zguide's Missing Message Problem Solver (chapter 2) walked against
 * one run's facts. Each branch of the guide's chart is a {@link Check} that looks at the run's
 * counters (the report), node states and observed events, and says what it finds as a
 * {@link Finding}: the cause, the elements to point at, the numbers, the words and, where the cure
 * is a change of the design, the edit.
 *
 * <p>Pure: it reads what it is given and changes nothing. Taking the facts of a live run reads
 * counters, never waits on a socket, but is not free: call it off the UI thread.
 */
public final class Explainer {

    private static final List<Check> CHECKS = List.of(new QueueLossCheck(), new SlowJoinerCheck(),
            new UnroutableCheck(), new SubscriptionCheck(), new NodeDownCheck(), new RequestCheck(),
            new EndpointCheck(), new PushDealCheck());

    private Explainer() {
    }

    /**
     * The findings for a live or finished run, most important first (losses first); never empty:
     * when nothing was lost, one {@link Cause#NOTHING_LOST} finding with the totals.
     *
     * @param observer the observer given to the run when it started; null if there was none (then
     *     causes that need events — a connect that never succeeded, a late worker's timing, a kill
     *     in a finished run — are found only as far as the counters show them)
     */
    public static List<Finding> explain(TopologyRun run, RunObserver observer) {
        return explain(run.topology(), RunFacts.of(run, observer));
    }

    /** The findings for the design that ran and facts taken from its run. */
    public static List<Finding> explain(Topology design, RunFacts facts) {
        DesignIndex index = new DesignIndex(design);
        List<Finding> findings = new ArrayList<>();
        for (Check check : CHECKS) {
            check.run(index, facts, findings);
        }
        findings.sort(Comparator.comparing(Finding::cause));
        if (findings.isEmpty()) {
            findings.add(nothingLost(facts.report()));
        }
        return List.copyOf(findings);
    }

    private static Finding nothingLost(RunReport report) {
        RunReport.Totals t = report.totals();
        long away = report.nodes().values().stream().mapToLong(RunReport.NodeReport::publishedWhileAway).sum();
        Draft d = new Draft(Cause.NOTHING_LOST).number(Measure.SENT, t.sent()).number(Measure.RECEIVED, t.received())
                .headline("nothingLost.headline")
                .what("nothingLost.what", t.sent(), t.received())
                .why(away > 0 ? "nothingLost.why.away" : "nothingLost.why", away)
                .advice("nothingLost.advice");
        if (away > 0) {
            d.number(Measure.PUBLISHED_WHILE_AWAY, away);
        }
        return d.done();
    }
}
