package org.zmqdesigner.engine.validate;

import java.util.ArrayList;
import java.util.List;
import org.zmqdesigner.engine.model.Endpoint;

/** Only one socket can bind an address on a machine; the second bind fails with "address in use". */
final class BoundTwiceRule implements Rule {

    private record Bind(TopologyFacts.OwnedSocket owner, String text, Endpoint endpoint) {
    }

    @Override
    public void check(TopologyFacts facts, Findings out) {
        List<Bind> binds = new ArrayList<>();
        for (TopologyFacts.OwnedSocket owned : facts.sockets()) {
            for (String text : owned.socket().binds()) {
                TopologyFacts.parse(text).ifPresent(endpoint -> {
                    Bind bind = new Bind(owned, text, endpoint);
                    for (Bind earlier : binds) {
                        if (clash(earlier, bind)) {
                            report(earlier, bind, out);
                            break;
                        }
                    }
                    binds.add(bind);
                });
            }
        }
    }

    private static boolean clash(Bind a, Bind b) {
        boolean sameMachine = !TopologyFacts.differentHosts(a.owner().node(), b.owner().node());
        return sameMachine && a.endpoint().overlaps(b.endpoint());
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
