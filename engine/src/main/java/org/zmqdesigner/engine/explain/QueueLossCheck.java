package org.zmqdesigner.engine.explain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zmqdesigner.engine.edit.CompositeEdit;
import org.zmqdesigner.engine.edit.Edit;
import org.zmqdesigner.engine.model.Behaviour;
import org.zmqdesigner.engine.model.SocketRef;
import org.zmqdesigner.engine.runtime.RunReport;
import org.zmqdesigner.engine.runtime.SubscriberLosses;

/**
 * "Are you losing messages in a SUB socket?" — at the high-water mark: the queue to a subscriber
 * was full and the publisher dropped (PUB and ROUTER drop where other types block). Counted by
 * the publishers' loss trackers ({@code lostHwm}) and by each ROUTER's own sends.
 */
final class QueueLossCheck implements Check {

    @Override
    public void run(DesignIndex design, RunFacts facts, List<Finding> out) {
        for (Map.Entry<String, RunReport.NodeReport> e : facts.report().nodes().entrySet()) {
            if (e.getValue().lostHwm() > 0) {
                out.add(atPublishers(design, facts, e.getKey(), e.getValue()));
            }
        }
        for (Map.Entry<String, RunReport.NodeReport> e : facts.report().nodes().entrySet()) {
            routerDrops(design, facts, e.getKey(), e.getValue()).ifPresent(out::add);
        }
    }

    private static Finding atPublishers(DesignIndex design, RunFacts facts, String subscriber,
                                        RunReport.NodeReport report) {
        Map<SocketRef, Long> byPublisher = new LinkedHashMap<>();
        SocketRef subSocket = null;
        for (SubscriberLosses pair : facts.pairs()) {
            if (pair.subscriber().node().equals(subscriber) && pair.lostHwm() > 0) {
                byPublisher.merge(pair.publisher(), pair.lostHwm(), Long::sum);
                subSocket = pair.subscriber();
            }
        }
        Draft d = new Draft(Cause.HWM_DROPS);
        List<String> where = new ArrayList<>();
        List<Edit> fixes = new ArrayList<>();
        long hwm = 0;
        for (Map.Entry<SocketRef, Long> e : byPublisher.entrySet()) {
            SocketRef pub = e.getKey();
            d.socket(pub);
            hwm = Math.max(hwm, design.sendHwm(pub));
            if (subSocket != null) {
                SocketRef sub = subSocket;
                design.peers(pub).stream().filter(p -> p.socket().equals(sub)).forEach(p -> d.link(p.link().id()));
            }
            where.add(pub.toString());
            fixes.add(Fixes.sendHwm(pub, roomFor(design, pub, e.getValue())));
        }
        if (subSocket != null) {
            d.socket(subSocket);
        } else {
            d.node(subscriber);
        }
        String publishers = where.isEmpty() ? "?" : String.join(", ", where);
        SocketRef first = byPublisher.isEmpty() ? null : byPublisher.keySet().iterator().next();
        Long count = first == null ? null : design.sourceOn(first).map(Behaviour.Source::count).orElse(null);
        d.number(Measure.LOST_HWM, report.lostHwm()).number(Measure.HWM, hwm).number(Measure.RECEIVED, report.received())
                .headline("hwm.headline", publishers, report.lostHwm(), subscriber)
                .what("hwm.what", subscriber, publishers, hwm, report.lostHwm(), report.received())
                .why("hwm.why");
        if (fixes.isEmpty()) {
            return d.advice("hwm.advice.words").done();
        }
        long value = roomFor(design, first, byPublisher.get(first));
        d.advice(count != null ? "hwm.advice.count" : "hwm.advice.endless", publishers, value);
        return d.fix(fixes.size() == 1 ? fixes.get(0) : new CompositeEdit(fixes, fixes.get(0).description())).done();
    }

    /**
     * A SNDHWM with room for the backlog: a source with a count gets room for every message it
     * sends (as the zguide's syncpub); otherwise twice the mark, or the mark plus what was lost,
     * rounded up to a thousand, whichever is more.
     */
    static long roomFor(DesignIndex design, SocketRef pub, long lost) {
        long hwm = design.sendHwm(pub);
        Optional<Long> count = design.sourceOn(pub).map(Behaviour.Source::count);
        if (count.isPresent()) {
            return Math.max(hwm, count.get() + 1);
        }
        long grown = (hwm + lost + 999) / 1000 * 1000;
        return Math.max(2 * hwm, grown);
    }

    /** A ROUTER's own HWM drops: what it dropped beyond the unroutable and its publishers' drops. */
    private static Optional<Finding> routerDrops(DesignIndex design, RunFacts facts, String id,
                                                 RunReport.NodeReport report) {
        List<SocketRef> routers = design.sockets().stream()
                .filter(s -> s.node().equals(id) && design.type(s).routes()).toList();
        if (routers.isEmpty()) {
            return Optional.empty();
        }
        long published = facts.pairs().stream().filter(p -> p.publisher().node().equals(id))
                .mapToLong(SubscriberLosses::lostHwm).sum();
        long dropped = report.dropped() - report.unroutable() - published;
        if (dropped <= 0) {
            return Optional.empty();
        }
        SocketRef router = routers.get(0);
        long hwm = design.sendHwm(router);
        long value = roomFor(design, router, dropped);
        return Optional.of(new Draft(Cause.HWM_DROPS).socket(router)
                .number(Measure.DROPPED, dropped).number(Measure.HWM, hwm)
                .headline("hwm.router.headline", router.toString(), dropped)
                .what("hwm.router.what", router.toString(), hwm, dropped)
                .why("hwm.why")
                .advice("hwm.advice.endless", router.toString(), value)
                .fix(Fixes.sendHwm(router, value))
                .done());
    }
}
