package org.zmqdesigner.engine.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zmqdesigner.engine.model.SocketRef;
import org.zmqdesigner.engine.runtime.RunReport;
import org.zmqdesigner.engine.runtime.SubscriberLosses;

/**
 * "Do you set a subscription for messages?" A SUB with none receives nothing; one whose prefixes
 * match nothing its publishers sent receives nothing either. The run shows it: the publishers sent,
 * and the loss trackers, which count only messages matching the SUB's filters, counted none for it.
 */
final class SubscriptionCheck implements Check {

    @Override
    public void run(DesignIndex design, RunFacts facts, List<Finding> out) {
        for (SocketRef sub : design.sockets()) {
            if (!design.type(sub).subscribesByOption() || facts.node(sub.node()) == null) {
                continue;
            }
            List<DesignIndex.Peer> publishers = design.peers(sub).stream()
                    .filter(p -> design.type(p.socket()).publishes() && facts.node(p.socket().node()) != null)
                    .toList();
            long published = publishers.stream().map(p -> p.socket().node()).distinct()
                    .mapToLong(id -> facts.node(id).sent()).sum();
            if (published == 0) {
                continue;
            }
            List<String> filters = design.socket(sub).orElseThrow().options().subscribe();
            RunReport.NodeReport subscriber = facts.node(sub.node());
            if (filters.isEmpty()) {
                out.add(noSubscription(design, sub, publishers, published, subscriber));
            } else if (subscriber.received() == 0 && nothingMatched(facts, sub)) {
                Optional<SentPrefix> sent = sentBy(design, publishers);
                if (sent.isEmpty() || !sent.get().anyMatches(filters)) {
                    out.add(filterMatchesNothing(design, sub, publishers, published, filters, sent));
                }
            }
        }
    }

    /** The trackers counted no matching message for this SUB: none lost, none sent while it was away. */
    private static boolean nothingMatched(RunFacts facts, SocketRef sub) {
        for (SubscriberLosses pair : facts.pairs()) {
            if (pair.subscriber().equals(sub)
                    && pair.lostSlowJoiner() + pair.lostHwm() + pair.publishedWhileAway() > 0) {
                return false;
            }
        }
        return true;
    }

    private static Optional<SentPrefix> sentBy(DesignIndex design, List<DesignIndex.Peer> publishers) {
        for (DesignIndex.Peer p : publishers) {
            Optional<SentPrefix> sent = design.sourceOn(p.socket()).flatMap(s -> SentPrefix.of(s, p.socket().node()));
            if (sent.isPresent()) {
                return sent;
            }
        }
        return Optional.empty();
    }

    private static Draft about(Cause cause, SocketRef sub, List<DesignIndex.Peer> publishers, long published,
                               long received) {
        Draft d = new Draft(cause).socket(sub);
        publishers.forEach(p -> d.socket(p.socket()).link(p.link().id()));
        return d.number(Measure.SENT, published).number(Measure.RECEIVED, received);
    }

    private static String names(List<DesignIndex.Peer> publishers) {
        List<String> names = new ArrayList<>();
        publishers.forEach(p -> names.add(p.socket().toString()));
        return String.join(", ", names.stream().distinct().toList());
    }

    private static Finding noSubscription(DesignIndex design, SocketRef sub, List<DesignIndex.Peer> publishers,
                                          long published, RunReport.NodeReport subscriber) {
        return about(Cause.NO_SUBSCRIPTION, sub, publishers, published, subscriber.received())
                .headline("noSubscription.headline", sub.toString(), published)
                .what("noSubscription.what", sub.toString(), names(publishers), published)
                .why("noSubscription.why")
                .advice("noSubscription.advice", sub.toString())
                .fix(Fixes.subscribe(design, sub, ""))
                .done();
    }

    private static Finding filterMatchesNothing(DesignIndex design, SocketRef sub, List<DesignIndex.Peer> publishers,
                                                long published, List<String> filters, Optional<SentPrefix> sent) {
        String quoted = String.join(", ", filters.stream().map(f -> "\"" + f + "\"").toList());
        Draft d = about(Cause.FILTER_MATCHES_NOTHING, sub, publishers, published, 0)
                .headline("filterMatchesNothing.headline", sub.toString(), quoted, published)
                .why("filterMatchesNothing.why");
        if (sent.isEmpty()) {
            return d.what("filterMatchesNothing.what", sub.toString(), quoted, names(publishers), published)
                    .advice("filterMatchesNothing.advice.unknown").done();
        }
        d.what("filterMatchesNothing.what.example", sub.toString(), quoted, names(publishers), published,
                sent.get().example());
        String common = sent.get().common();
        if (filters.stream().anyMatch(sent.get()::canMatch)) {
            // The beginning varies (a random zip code): the filter is rare, not wrong; none came this run.
            return d.what("filterMatchesNothing.what.rare", sub.toString(), quoted, names(publishers), published,
                    sent.get().example()).advice("filterMatchesNothing.advice.rare", sub.toString()).done();
        }
        return d.advice("filterMatchesNothing.advice.prefix", sub.toString(), common)
                .fix(Fixes.subscribe(design, sub, common)).done();
    }
}
