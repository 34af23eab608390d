package org.zmqdesigner.engine.runtime;

import java.util.ArrayList;
import java.util.List;
import org.zmqdesigner.engine.model.SocketRef;

/**
 * What one SUB of the design lost or missed from one publisher linked to it: the pairs behind the
 * report's per-node {@code lostSlowJoiner}, {@code lostHwm} and {@code publishedWhileAway}, which
 * are their sums. Read-only; the explainer uses it to say on which link a loss happened.
 */
public record SubscriberLosses(SocketRef publisher, SocketRef subscriber, long lostSlowJoiner, long lostHwm,
                               long publishedWhileAway) {

    /** Every pair of the run so far, from the publishers' loss trackers. */
    static List<SubscriberLosses> of(RunContext run) {
        List<SubscriberLosses> pairs = new ArrayList<>();
        run.pubTrackers().forEach((publisher, tracker) -> {
            for (PubLossTracker.Watch w : tracker.watches()) {
                pairs.add(new SubscriberLosses(publisher, new SocketRef(w.node, w.socket), w.slowJoinerLosses,
                        w.hwmLosses, w.sentWhileAway));
            }
        });
        return pairs;
    }
}
