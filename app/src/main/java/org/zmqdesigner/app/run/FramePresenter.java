package org.zmqdesigner.app.run;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.zmqdesigner.app.canvas.RunOverlay;
import org.zmqdesigner.app.canvas.MessageToken;
import org.zmqdesigner.app.canvas.StateWords;
import org.zmqdesigner.engine.event.RunEvent;
import org.zmqdesigner.engine.model.Link;
import org.zmqdesigner.engine.model.Topology;
import org.zmqdesigner.engine.text.Texts;

/**
 * Applies one frame of a run to the canvas and the bottom panel, on the FX thread: everything the
 * engine reported since the previous frame, in one pass. Numbers (counts, rates, slow-joiner
 * losses) come from the run's own counters, read off the FX thread a few times a second.
 */
final class FramePresenter {

    private static final Texts TEXTS = Texts.of(FramePresenter.class);

    /** The longest the chart waits for a frame without node numbers. */
    private static final long CHART_OVERDUE_NANOS = 500_000_000L;

    private final RunOverlay canvas;
    private final RunPanel panel;
    private final Map<String, RunEvent.NodeState> states = new HashMap<>();
    private final Map<String, String> details = new HashMap<>();
    /** The chart's "whole run": every link and every outside program's traffic seen so far. */
    private final Set<String> wholeRun = new HashSet<>();
    private boolean wholeRunSelected = true;
    /** History ids of outside programs' traffic, apart from node and link ids. */
    static final String OUTSIDE_SERIES = "outside@";
    private long lastChart;
    /** The run's counters on the nodes, a slice of the nodes a frame. */
    private final NumbersInSlices numbers = new NumbersInSlices();

    private final java.util.function.Consumer<String> status;
    private long skipped;
    private long lastSkipNote;

    FramePresenter(RunOverlay canvas, RunPanel panel, java.util.function.Consumer<String> status) {
        this.canvas = canvas;
        this.panel = panel;
        this.status = status;
    }

    void reset(Topology topology) {
        skipped = 0;
        lastSkipNote = 0;
        states.clear();
        details.clear();
        wholeRun.clear();
        for (Link link : topology.links()) {
            wholeRun.add(link.id());
        }
        lastChart = 0;
        numbers.clear();
    }

    /** Points the chart at the selection; nothing selected means the whole run (all its links). */
    void select(Set<String> selection, Topology topology) {
        wholeRunSelected = selection.isEmpty();
        if (wholeRunSelected) {
            topology.links().forEach(l -> wholeRun.add(l.id()));
            panel.selectWholeRun(wholeRun);
        } else {
            panel.select(selection, String.join(", ", selection.stream().sorted().toList()));
        }
    }

    /** A node's state as the last frame told it (the FX thread's own copy), or null before any. */
    RunEvent.NodeState state(String node) {
        return states.get(node);
    }

    /**
     * A node that just crashed or gave up says why in the status bar, in the engine's words (the
     * bar shows the whole text on hover; the node's badge keeps it): with other nodes still running,
     * nothing else would tell the user.
     */
    private void sayCrashes(LiveFrame frame) {
        frame.nodeStates().forEach((node, state) -> {
            String detail = frame.nodeDetails().get(node);
            if ((state == RunEvent.NodeState.CRASHED || state == RunEvent.NodeState.GAVE_UP)
                    && states.get(node) != state && detail != null
                    && !detail.isEmpty()) {
                status.accept(Character.toUpperCase(detail.charAt(0)) + detail.substring(1));
            }
        });
    }

    /** A node's state in one word ("finished", "crashed", "gave up"), or null before any. */
    String stateWord(String node) {
        RunEvent.NodeState state = states.get(node);
        return state == null ? null : StateWords.word(state);
    }

    void apply(LiveFrame frame, LiveNumbers.Reading reading, long runClock, long now) {
        sayCrashes(frame);
        states.putAll(frame.nodeStates());
        details.putAll(frame.nodeDetails());
        frame.nodeStates().forEach((node, state) -> canvas.showNodeState(node, state,
                frame.nodeDetails().getOrDefault(node, "")));
        frame.links().forEach((link, s) -> canvas.showLinkConnection(link, s.state(), s.detail()));
        LiveHistory history = panel.history();
        frame.linkDepth().forEach((link, d) -> {
            canvas.showLinkDepth(link, d[0], d[1]);
            history.depth(link, d[0]);
        });
        frame.linkWritten().forEach((link, w) -> {
            canvas.addLinkTraffic(link, w[0], w[1]);
            history.addTraffic(link, w[0] + w[1]);
        });
        frame.nodeTraffic().forEach(history::addTraffic);
        for (RunEvent.ExternalPeer peer : frame.externals()) {
            canvas.showExternalPeer(peer.node(), peer.socket(), peer.address(), peer.connected());
        }
        for (RunEvent.PeerRefused refused : frame.refused()) {
            canvas.showRefusedPeer(refused.node(), refused.socket(), refused.host(), refused.refusedFromHost());
        }
        frame.ghostTraffic().forEach((key, t) -> {
            int at = key.indexOf('@');
            canvas.addGhostTraffic(key.substring(0, at), key.substring(at + 1), t[0], t[1]);
            String series = OUTSIDE_SERIES + key;
            history.addTraffic(series, t[0] + t[1]);
            if (wholeRun.add(series) && wholeRunSelected) {
                panel.selectWholeRun(wholeRun);
            }
        });
        frame.retries().forEach((node, r) -> canvas.showRetry(node, r.attempt(), r.of(), r.retriesSoFar()));
        for (LiveFrame.Drop drop : frame.drops()) {
            if (drop.reason() == RunEvent.DropReason.UNROUTABLE) {
                canvas.showUnroutable(drop.node(), drop.count());
            } else {
                canvas.showHwmDrop(drop.link(), drop.node(), drop.count());
            }
        }
        for (MessageToken token : frame.tokens()) {
            canvas.launchToken(token);
        }
        for (String key : frame.arrivals()) {
            canvas.tokenArrived(key);
        }
        if (!frame.trace().isEmpty()) {
            panel.trace().add(frame.trace());
        }
        history.advance(runClock);
        numbers.offer(reading);
        numbers.showSlice(canvas);
        if (frame.eventsSkipped() > 0) {
            skipped += frame.eventsSkipped();
            if (now - lastSkipNote > 2_000_000_000L) {
                lastSkipNote = now;
                status.accept(TEXTS.get("run.eventsSkipped", String.format(Locale.ROOT, "%,d", skipped)));
            }
        }
        canvas.animate(now);
        // The chart changes once a second (when a second closes), a chart a frame; it is drawn in
        // frames that show no node numbers, unless a slow frame rate left none for a while.
        if (!numbers.showing() || now - lastChart >= CHART_OVERDUE_NANOS) {
            lastChart = now;
            panel.chart().refresh();
        }
    }
}
