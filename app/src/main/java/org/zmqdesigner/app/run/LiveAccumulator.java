package org.zmqdesigner.app.run;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zmqdesigner.engine.event.EventSubscriber;
import org.zmqdesigner.engine.event.RunEvent;

/**
 * Folds engine events into one {@link LiveFrame} between two animation frames. Runs on the event
 * bus's thread; the FX thread takes the frame with {@link #take()}. Aggregating here, not queueing,
 * keeps memory bounded at any message rate, and the FX thread does one update per frame.
 */
final class LiveAccumulator implements EventSubscriber {

    private Map<String, long[]> depth = new HashMap<>();
    private Map<String, Long> traffic = new HashMap<>();
    private Map<String, Long> drops = new HashMap<>();
    private Map<String, RunEvent.NodeState> states = new HashMap<>();
    private Map<String, String> details = new HashMap<>();

    @Override
    public synchronized void onEvents(List<RunEvent> batch) {
        for (RunEvent event : batch) {
            if (event instanceof RunEvent.QueueDepth q) {
                depth.put(q.link(), new long[] {q.depth(), q.capacity()});
            } else if (event instanceof RunEvent.Flow f && f.link() != null) {
                traffic.merge(f.link(), f.sent() + f.received(), Long::sum);
            } else if (event instanceof RunEvent.MessageDropped d && d.link() != null) {
                drops.merge(d.link(), d.count(), Long::sum);
            } else if (event instanceof RunEvent.NodeStateChanged s) {
                states.put(s.node(), s.state());
                details.put(s.node(), s.detail());
            }
        }
    }

    /** The frame gathered since the last call; called once per animation pulse. */
    synchronized LiveFrame take() {
        LiveFrame frame = new LiveFrame(depth, traffic, drops, states, details);
        depth = new HashMap<>();
        traffic = new HashMap<>();
        drops = new HashMap<>();
        states = new HashMap<>();
        details = new HashMap<>();
        return frame;
    }
}
