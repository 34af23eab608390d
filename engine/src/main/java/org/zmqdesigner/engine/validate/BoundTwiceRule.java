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
                ? "Socket " + later.owner().element() + " binds " + later.text() + " twice"
                : sameSocket ? "Socket " + later.owner().element() + " binds both " + earlier.text() + " and "
                + later.text() + ", which claim the same address"
                : "Both " + earlier.owner().element() + " (" + earlier.text() + ") and " + later.owner().element()
                + " (" + later.text() + ") bind the same address";
        out.error("ENDPOINT_BOUND_TWICE", later.owner().element(), who + "; the second bind would fail with"
                        + " \"address already in use\".",
                "Let one socket bind and the others connect to it, or give each its own port or name.");
    }
}
