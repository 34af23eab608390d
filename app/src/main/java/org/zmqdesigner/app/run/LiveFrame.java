package org.zmqdesigner.app.run;

import java.util.Map;
import org.zmqdesigner.engine.event.RunEvent;

/**
 * What changed in a run since the last animation frame, gathered off the FX thread and applied on
 * it in one go: per link the latest queue depth and capacity, traffic and drops since the last
 * frame; per node its state.
 */
record LiveFrame(Map<String, long[]> linkDepth, Map<String, Long> linkTraffic, Map<String, Long> linkDrops,
                 Map<String, RunEvent.NodeState> nodeStates, Map<String, String> nodeDetails) {
    boolean isEmpty() {
        return linkDepth.isEmpty() && linkTraffic.isEmpty() && linkDrops.isEmpty() && nodeStates.isEmpty();
    }
}
