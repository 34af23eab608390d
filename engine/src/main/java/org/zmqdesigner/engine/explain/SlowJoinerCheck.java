package org.zmqdesigner.engine.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zmqdesigner.engine.edit.Edit;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.SocketRef;
import org.zmqdesigner.engine.runtime.RunReport;
import org.zmqdesigner.engine.runtime.SubscriberLosses;

/**
 * "Do you start the SUB socket after the PUB?" The publishers' loss trackers count what a
 * subscriber lost between starting and its subscription reaching the publisher
 * ({@code lostSlowJoiner}), and what was published before it started ({@code publishedWhileAway}).
 */
final class SlowJoinerCheck implements Check {

    @Override
    public void run(DesignIndex design, RunFacts facts, List<Finding> out) {
        for (Map.Entry<String, RunReport.NodeReport> e : facts.report().nodes().entrySet()) {
            RunReport.NodeReport r = e.getValue();
            Node node = design.topology().node(e.getKey()).orElse(null);
            boolean startedLate = node != null && node.startDelayMs() != null && node.startDelayMs() > 0
                    && !NodeDownCheck.wentDown(facts, e.getKey());
            if (r.lostSlowJoiner() > 0 || (startedLate && r.publishedWhileAway() > 0)) {
                out.add(finding(design, facts, e.getKey(), r));
            }
        }
    }

    private static Finding finding(DesignIndex design, RunFacts facts, String subscriber, RunReport.NodeReport r) {
        Draft d = new Draft(Cause.SLOW_JOINER);
        List<SocketRef> publishers = new ArrayList<>();
        SocketRef sub = null;
        for (SubscriberLosses pair : facts.pairs()) {
            if (pair.subscriber().node().equals(subscriber)
                    && pair.lostSlowJoiner() + pair.publishedWhileAway() > 0 && !publishers.contains(pair.publisher())) {
                publishers.add(pair.publisher());
                sub = pair.subscriber();
            }
        }
        if (sub != null) {
            d.socket(sub);
            for (SocketRef pub : publishers) {
                d.socket(pub);
                SocketRef s = sub;
                design.peers(pub).stream().filter(p -> p.socket().equals(s)).forEach(p -> d.link(p.link().id()));
            }
        } else {
            d.node(subscriber);
        }
        String names = publishers.isEmpty() ? "?" : String.join(", ", publishers.stream().map(SocketRef::toString)
                .toList());
        d.number(Measure.LOST_SLOW_JOINER, r.lostSlowJoiner()).number(Measure.PUBLISHED_WHILE_AWAY,
                        r.publishedWhileAway()).number(Measure.RECEIVED, r.received())
                .headline("slowJoiner.headline", subscriber, r.lostSlowJoiner(), names)
                .what("slowJoiner.what", subscriber, names, r.lostSlowJoiner(), r.publishedWhileAway(), r.received())
                .why("slowJoiner.why");
        Optional<Edit> fix = publishers.isEmpty() ? Optional.empty() : Fixes.awaitSubscribers(design, publishers);
        return d.advice(fix.isPresent() ? "slowJoiner.advice.edit" : "slowJoiner.advice.words", names)
                .fix(fix).done();
    }
}
