package org.zmqdesigner.app.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.zmqdesigner.app.canvas.RunOverlay;
import org.zmqdesigner.engine.runtime.RunReport;

/**
 * Shows each reading of the run's counters on the nodes over a few frames, a slice of the nodes a
 * frame, instead of all of them in the frame the reading arrives. At 100 nodes, changing every
 * node's numbers in one frame (new text, layout, badges) made that frame two to three times as
 * long as the others, five times a second: the stutter a class sees. Spread over
 * {@link #FRAMES} frames (a tenth of a second at 30 frames a second) nobody can tell, and every
 * node still shows every reading, or a newer one.
 */
final class NumbersInSlices {

    /** Frames a reading is spread over; readings come every {@link LiveNumbers#INTERVAL_MILLIS}. */
    static final int FRAMES = 4;

    private record NodeNumbers(String id, RunReport.NodeReport counts, double[] rates) {
    }

    private final List<NodeNumbers> pending = new ArrayList<>();
    /** The next node to show, kept from reading to reading so no node waits behind the others. */
    private int next;
    /** Nodes of the newest reading not shown yet. */
    private int left;

    /** Takes a new reading (null: none arrived); nodes not shown yet get its numbers instead. */
    void offer(LiveNumbers.Reading reading) {
        if (reading == null) {
            return;
        }
        pending.clear();
        for (Map.Entry<String, RunReport.NodeReport> node : reading.report().nodes().entrySet()) {
            double[] rate = reading.rates().get(node.getKey());
            pending.add(new NodeNumbers(node.getKey(), node.getValue(), rate == null ? new double[2] : rate));
        }
        left = pending.size();
        if (next >= pending.size()) {
            next = 0;
        }
    }

    /** Shows this frame's slice of the newest reading on the canvas. */
    void showSlice(RunOverlay canvas) {
        int slice = (pending.size() + FRAMES - 1) / FRAMES;
        for (int shown = 0; shown < slice && left > 0; shown++, left--) {
            NodeNumbers node = pending.get(next);
            RunReport.NodeReport n = node.counts();
            canvas.showNodeNumbers(node.id(), n.sent(), n.received(), n.dropped(), n.publishedWhileAway(),
                    node.rates()[0], node.rates()[1]);
            canvas.showLossBadges(node.id(), n.lostSlowJoiner(), n.unroutable());
            next = (next + 1) % pending.size();
        }
    }

    /** True while part of the newest reading is still to be shown. */
    boolean showing() {
        return left > 0;
    }

    /** Forgets the reading, for a new run. */
    void clear() {
        pending.clear();
        next = 0;
        left = 0;
    }
}
