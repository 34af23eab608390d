package org.zmqdesigner.engine.edit;

import java.util.Locale;
import org.zmqdesigner.engine.model.Topology;

/** Fresh ids for new elements: "pub-1", "pub-2", … never one the design already uses. */
public final class Ids {
    private Ids() {
    }

    public static String fresh(Topology topology, String stem) {
        String base = stem.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (base.isEmpty()) {
            base = "node";
        }
        for (int i = 1; ; i++) {
            String candidate = base + "-" + i;
            if (topology.node(candidate).isEmpty() && topology.link(candidate).isEmpty()) {
                return candidate;
            }
        }
    }
}
