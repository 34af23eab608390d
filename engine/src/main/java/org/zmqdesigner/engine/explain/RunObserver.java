package org.zmqdesigner.engine.explain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zmqdesigner.engine.event.EventSubscriber;
import org.zmqdesigner.engine.event.RunEvent;
import org.zmqdesigner.engine.model.SocketRef;

/**
 * Keeps the facts of a run that only its events carry: how each node's life went (a kill is a stop
 * before the run's), which connects kept failing, and when each link connected and first carried
 * a message. Give it to the run when it starts ({@code TopologyRun.start(design, options, observer)},
 * or with another subscriber: {@code batch -> { live.onEvents(batch); observer.onEvents(batch); }})
 * so it sees the first events too. Memory is bounded by the design: keys are its nodes, links and
 * connect endpoints, and each node keeps its last {@value #CHANGES_KEPT} state changes.
 *
 * <p>Events arrive on the bus's thread; {@link #snapshot()} may be called from any thread.
 */
public final class RunObserver implements EventSubscriber {

    static final int CHANGES_KEPT = 32;

    private final Map<String, List<Observations.StateChange>> lives = new HashMap<>();
    private final Map<Observations.Target, Long> retries = new HashMap<>();
    private final Set<Observations.Target> connected = new HashSet<>();
    private final Map<String, Long> linkConnectedAt = new HashMap<>();
    private final Map<String, Map<String, Long>> firstWriteAt = new HashMap<>();
    private long skipped;

    @Override
    public synchronized void onEvents(List<RunEvent> batch) {
        for (RunEvent event : batch) {
            if (event instanceof RunEvent.NodeStateChanged s) {
                List<Observations.StateChange> changes = lives.computeIfAbsent(s.node(), k -> new ArrayList<>());
                if (changes.size() == CHANGES_KEPT) {
                    changes.remove(0);
                }
                changes.add(new Observations.StateChange(s.nanos(), s.state(), s.detail()));
            } else if (event instanceof RunEvent.ConnectionChanged c) {
                connection(c);
            } else if (event instanceof RunEvent.Flow f && f.sent() > 0 && f.link() != null) {
                wrote(f.node(), f.link(), f.nanos());
            } else if (event instanceof RunEvent.MessageSent m && m.link() != null) {
                wrote(m.node(), m.link(), m.nanos());
            } else if (event instanceof RunEvent.EventsSkipped k) {
                skipped += k.count();
            }
        }
    }

    private void connection(RunEvent.ConnectionChanged c) {
        if (c.state() == RunEvent.ConnectionState.CONNECTED && c.link() != null) {
            linkConnectedAt.merge(c.link(), c.nanos(), Math::min);
        }
        if (c.endpoint() == null || c.node() == null || c.socket() == null) {
            return;
        }
        Observations.Target target = new Observations.Target(new SocketRef(c.node(), c.socket()), c.endpoint());
        // The monitor's own event names: CONNECTED is the dialling side's success (ACCEPTED the binder's).
        if (c.state() == RunEvent.ConnectionState.RETRYING) {
            retries.merge(target, 1L, Long::sum);
        } else if ("CONNECTED".equals(c.detail())) {
            connected.add(target);
        }
    }

    private void wrote(String node, String link, long nanos) {
        firstWriteAt.computeIfAbsent(link, k -> new HashMap<>()).merge(node, nanos, Math::min);
    }

    /** What was seen so far, frozen. */
    public synchronized Observations snapshot() {
        Map<String, List<Observations.StateChange>> livesCopy = new HashMap<>();
        lives.forEach((node, changes) -> livesCopy.put(node, List.copyOf(changes)));
        Map<String, Map<String, Long>> writes = new HashMap<>();
        firstWriteAt.forEach((link, byNode) -> writes.put(link, Map.copyOf(byNode)));
        return new Observations(livesCopy, retries, connected, linkConnectedAt, writes, skipped);
    }
}
