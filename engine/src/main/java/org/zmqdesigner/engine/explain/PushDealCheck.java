package org.zmqdesigner.engine.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.SocketRef;
import org.zmqdesigner.engine.model.SocketType;
import org.zmqdesigner.engine.runtime.RunReport;

/**
 * "Are you using PUSH sockets?" PUSH deals round robin among the workers connected at that moment:
 * the first to connect grabs the burst while the others are still connecting. Found from the
 * link counters (how many each worker was dealt) and the proof that the short one came late: its
 * link connected after the first message went out (events), or its node starts later (design).
 */
final class PushDealCheck implements Check {

    @Override
    public void run(DesignIndex design, RunFacts facts, List<Finding> out) {
        for (SocketRef push : design.sockets()) {
            if (design.type(push) != SocketType.PUSH || facts.node(push.node()) == null) {
                continue;
            }
            List<DesignIndex.Peer> workers = new ArrayList<>();
            List<Long> dealt = new ArrayList<>();
            for (DesignIndex.Peer p : design.peers(push)) {
                RunReport.LinkReport link = facts.report().links().get(p.link().id());
                if (link != null && link.sent() != null && design.type(p.socket()) == SocketType.PULL) {
                    workers.add(p);
                    dealt.add(link.sent());
                }
            }
            if (workers.size() < 2) {
                continue;
            }
            long total = dealt.stream().mapToLong(Long::longValue).sum();
            int late = 0;
            for (int i = 1; i < dealt.size(); i++) {
                if (dealt.get(i) < dealt.get(late)) {
                    late = i;
                }
            }
            long fair = total / workers.size();
            if (total < 2L * workers.size() || dealt.get(late) * 2 >= fair) {
                continue;
            }
            DesignIndex.Peer latePeer = workers.get(late);
            OptionalLong lateBy = lateBy(design, facts, push, latePeer, workers);
            long delayDiff = startDelay(design, latePeer.socket().node()) - startDelay(design, push.node());
            if (lateBy.isEmpty() && delayDiff <= 0) {
                continue; // uneven, but nothing shows that this worker came late
            }
            out.add(finding(design, push, workers, dealt, late, total, lateBy, delayDiff));
        }
    }

    /** How long after the first message the late worker's link connected, when the events show it. */
    private static OptionalLong lateBy(DesignIndex design, RunFacts facts, SocketRef push, DesignIndex.Peer late,
                                       List<DesignIndex.Peer> workers) {
        Long connected = facts.observed().linkConnectedAt().get(late.link().id());
        long firstWrite = Long.MAX_VALUE;
        for (DesignIndex.Peer w : workers) {
            OptionalLong at = facts.observed().firstWrite(push.node(), w.link().id());
            if (at.isPresent()) {
                firstWrite = Math.min(firstWrite, at.getAsLong());
            }
        }
        if (connected == null || firstWrite == Long.MAX_VALUE || connected <= firstWrite) {
            return OptionalLong.empty();
        }
        return OptionalLong.of((connected - firstWrite) / 1_000_000);
    }

    private static long startDelay(DesignIndex design, String node) {
        Node n = design.node(node);
        return n.startDelayMs() == null ? 0 : n.startDelayMs();
    }

    private static Finding finding(DesignIndex design, SocketRef push, List<DesignIndex.Peer> workers,
                                   List<Long> dealt, int late, long total, OptionalLong lateBy, long delayDiff) {
        Draft d = new Draft(Cause.PUSH_LATE_WORKER).socket(workers.get(late).socket()).socket(push);
        List<Object> shares = new ArrayList<>();
        for (int i = 0; i < workers.size(); i++) {
            d.socket(workers.get(i).socket()).link(workers.get(i).link().id());
            shares.add(Phrase.of("push.share", workers.get(i).socket().node(), dealt.get(i)));
        }
        String lateNode = workers.get(late).socket().node();
        d.number(Measure.SENT, total).number(Measure.DEALT_TO_LATE, dealt.get(late))
                .number(Measure.DEALT_TO_OTHERS, total - dealt.get(late));
        lateBy.ifPresent(ms -> d.number(Measure.LATE_BY_MILLIS, ms));
        Phrase when = lateBy.isPresent() ? Phrase.of("push.when.observed", lateNode, String.valueOf(lateBy.getAsLong()))
                : Phrase.of("push.when.designed", lateNode, String.valueOf(delayDiff));
        d.headline("push.headline", push.node(), lateNode, dealt.get(late), total)
                .what("push.what", push.toString(), total, new Shares(shares).phrase(), when)
                .why("push.why");
        var fix = Fixes.awaitWorkers(design, push, workers.size())
                .filter(e -> design.sourceOn(push).map(s -> s.awaitPeers() == null || s.awaitPeers() < workers.size())
                        .orElse(false));
        return d.advice(fix.isPresent() ? "push.advice.edit" : "push.advice.words", push.node(), workers.size())
                .fix(fix).done();
    }

    /** "worker-1 100, worker-2 0" in any language. */
    private record Shares(List<Object> items) {
        Phrase phrase() {
            Phrase joined = (Phrase) items.get(0);
            for (int i = 1; i < items.size(); i++) {
                joined = Phrase.of("list.join", joined, items.get(i));
            }
            return joined;
        }
    }
}
