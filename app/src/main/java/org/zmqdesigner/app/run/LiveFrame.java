package org.zmqdesigner.app.run;

import java.util.List;
import java.util.Map;
import org.zmqdesigner.app.canvas.MessageToken;
import org.zmqdesigner.engine.event.RunEvent;

/**
 * What changed in a run since the last animation frame, gathered off the FX thread and applied on
 * it in one go.
 *
 * @param linkDepth per link the latest {depth, capacity}
 * @param linkWritten per link messages written since the last frame {from the connecting end, toward it}
 * @param nodeTraffic per node messages it sent and received since the last frame
 * @param ghostTraffic per ghost peer (node@address) messages {from the peer, to the peer}
 * @param links connection states that changed, with a few words on why
 * @param tokens traced messages to show one by one
 * @param arrivals connection#sequence of traced messages their receiver read
 * @param trace rows for the message trace
 * @param refused per (node, host) the latest refused connection, with the host's running count
 * @param engineFailure why the engine stopped the run (a thread of its own died), or null
 * @param retries per node the latest request it retried on a new socket (a Lazy Pirate client)
 */
record LiveFrame(Map<String, long[]> linkDepth, Map<String, long[]> linkWritten, Map<String, Long> nodeTraffic,
                 Map<String, long[]> ghostTraffic, List<Drop> drops, Map<String, LinkState> links,
                 Map<String, RunEvent.NodeState> nodeStates, Map<String, String> nodeDetails,
                 List<RunEvent.ExternalPeer> externals, List<MessageToken> tokens, List<String> arrivals,
                 List<TraceRow> trace, long eventsSkipped, List<RunEvent.PeerRefused> refused,
                 String engineFailure, Map<String, RunEvent.RequestRetried> retries) {

    /** A frame without retries. */
    LiveFrame(Map<String, long[]> linkDepth, Map<String, long[]> linkWritten, Map<String, Long> nodeTraffic,
              Map<String, long[]> ghostTraffic, List<Drop> drops, Map<String, LinkState> links,
              Map<String, RunEvent.NodeState> nodeStates, Map<String, String> nodeDetails,
              List<RunEvent.ExternalPeer> externals, List<MessageToken> tokens, List<String> arrivals,
              List<TraceRow> trace, long eventsSkipped, List<RunEvent.PeerRefused> refused, String engineFailure) {
        this(linkDepth, linkWritten, nodeTraffic, ghostTraffic, drops, links, nodeStates, nodeDetails, externals, tokens,
                arrivals, trace, eventsSkipped, refused, engineFailure, Map.of());
    }

    /** Messages lost at one place in this frame. */
    record Drop(String link, String node, RunEvent.DropReason reason, long count) {
    }

    record LinkState(RunEvent.ConnectionState state, String detail) {
    }
}
