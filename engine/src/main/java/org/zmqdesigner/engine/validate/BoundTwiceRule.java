package org.zmqdesigner.engine.validate;

import org.zmqdesigner.engine.model.Endpoint;

/**
 * Only one socket can bind an address on a machine; the second bind fails with "address in use".
 * Each bind is reported against the first earlier bind it clashes with, found through
 * {@link BindClaims} so that a design of 50,000 nodes is not compared pair by pair.
 */
final class BoundTwiceRule implements Rule {

    private record Bind(TopologyFacts.OwnedSocket owner, String text) {
    }

    @Override
    public void check(TopologyFacts facts, Findings out) {
        BindClaims<Bind> claims = new BindClaims<>();
        for (TopologyFacts.OwnedSocket owned : facts.sockets()) {
            String machine = TopologyFacts.hostOf(owned.node());
            for (String text : owned.socket().binds()) {
                Endpoint endpoint = TopologyFacts.parse(text).orElse(null);
                if (endpoint == null) {
                    continue;
                }
                facts.worked(1);
                Bind bind = new Bind(owned, text);
                Bind earlier = claims.claim(machine, endpoint, bind);
                if (earlier != null) {
                    report(earlier, bind, out);
                }
            }
        }
    }

    private static void report(Bind earlier, Bind later, Findings out) {
        boolean sameSocket = earlier.owner().element().equals(later.owner().element());
        String who = sameSocket && earlier.text().equals(later.text())
                ? RuleTexts.get("bound.sameEndpoint", later.owner().element(), later.text())
                : sameSocket ? RuleTexts.get("bound.sameSocket", later.owner().element(), earlier.text(), later.text())
                : RuleTexts.get("bound.twoSockets", earlier.owner().element(), earlier.text(),
                        later.owner().element(), later.text());
        out.error("ENDPOINT_BOUND_TWICE", later.owner().element(), RuleTexts.get("bound.message", who),
                RuleTexts.get("bound.hint"));
    }
}
