package org.zmqdesigner.app.canvas;

import javafx.scene.Group;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.Rectangle;
import org.zmqdesigner.engine.text.Texts;

/**
 * A link's queue as a bar filling toward its high-water mark: amber from 70 %, red from 95 %, and
 * "at HWM" while the sender is dropping there (ZeroMQ drops only when, as far as the sender knows,
 * the queue is full; the sampled depth can read lower because the sender learns of reads in
 * batches). Exact numbers are in the tooltip.
 *
 * <p>Only plain filled rectangles, no outline or round corners: two hundred gauges are drawn again
 * every frame while flows move, and the software renderer fills a plain rectangle directly but
 * must rasterise an outline or a rounded corner as a shape.
 */
final class QueueGauge extends Group {

    private static final Texts TEXTS = Texts.of(QueueGauge.class);

    static final double WIDTH = 64;
    static final double HEIGHT = 7;
    /** How long after a drop the gauge still says the queue is at its HWM. */
    private static final long AT_HWM_NANOS = 600_000_000L;

    private final Rectangle track = new Rectangle(WIDTH, HEIGHT);
    private final Rectangle fill = new Rectangle(0, HEIGHT);
    /** The HWM's place: a thin bar, not a line, so it is a plain fill (see the class comment). */
    private final Rectangle mark = new Rectangle(WIDTH - 1, -3, 2, HEIGHT + 6);
    private final Tooltip tip = new Tooltip();
    private long depth;
    private long capacity;
    private long deepest;
    private long dropped;
    private long lastDropNanos;
    private boolean everAtHwm;
    private String shownLevel;
    /** Whether the tooltip's words say the current numbers. */
    private boolean described;

    QueueGauge() {
        getStyleClass().add("queue-gauge");
        track.getStyleClass().add("gauge-track");
        fill.getStyleClass().add("gauge-fill");
        mark.getStyleClass().add("gauge-mark");
        getChildren().addAll(track, fill, mark);
        // The words are built when the tooltip opens, not per sample: fifty samples a second per
        // link would otherwise format three messages each for a tooltip nobody is reading.
        tip.setOnShowing(e -> describe());
        Tooltip.install(track, tip);
        Tooltip.install(fill, tip);
    }

    /** The style class for a fill level, or null below amber. */
    static String level(long messages, long capacity) {
        if (capacity > 0 && messages >= 0.95 * capacity) {
            return "depth-red";
        }
        if (capacity > 0 && messages >= 0.7 * capacity) {
            return "depth-amber";
        }
        return null;
    }

    void show(long messages, long capacity) {
        this.depth = messages;
        this.capacity = capacity;
        deepest = Math.max(deepest, messages);
        double share = capacity > 0 ? Math.min(1, messages / (double) capacity) : 0;
        fill.setWidth(WIDTH * share);
        String next = level(messages, capacity);
        // Style classes only when the level changes: each change costs a CSS pass of the gauge.
        if (!java.util.Objects.equals(next, shownLevel)) {
            if (shownLevel != null) {
                getStyleClass().remove(shownLevel);
            }
            if (next != null) {
                getStyleClass().add(next);
            }
            shownLevel = next;
        }
        described = false;
    }

    void dropped(long count, long nowNanos) {
        dropped += count;
        lastDropNanos = nowNanos;
        everAtHwm = true;
        StyleClasses.set(this, "gauge-at-hwm", true);
        // Drops are rare events: say them at once, so the words are there before anyone asks.
        describe();
    }

    void tick(long nowNanos) {
        if (lastDropNanos != 0 && nowNanos - lastDropNanos > AT_HWM_NANOS) {
            StyleClasses.set(this, "gauge-at-hwm", false);
            lastDropNanos = 0;
        }
    }

    long capacity() {
        return capacity;
    }

    boolean atHwm() {
        return getStyleClass().contains("gauge-at-hwm");
    }

    /** Whether the queue reached its HWM at some point of this run. */
    boolean everAtHwm() {
        return everAtHwm || (capacity > 0 && deepest >= capacity);
    }

    String description() {
        if (!described) {
            describe();
        }
        return tip.getText();
    }

    private void describe() {
        StringBuilder text = new StringBuilder(TEXTS.get("queue.tooltip.depth", Long.toString(depth), depth));
        if (capacity > 0) {
            text.append('\n').append(TEXTS.get("queue.tooltip.hwm", Long.toString(capacity)));
        }
        text.append('\n').append(TEXTS.get("queue.tooltip.deepest", Long.toString(deepest)));
        if (dropped > 0) {
            text.append('\n').append(TEXTS.get("queue.tooltip.dropped", Long.toString(dropped)));
            if (capacity > 0 && deepest < capacity) {
                // What a class sees: drops while the gauge reads well under the mark.
                text.append('\n').append(TEXTS.get("queue.tooltip.belowMark", Long.toString(capacity)));
            }
        }
        tip.setText(text.toString());
        described = true;
    }

    /** The tooltip again, in the current language; nothing while the gauge has nothing to say. */
    void relabel() {
        if (!tip.getText().isEmpty()) {
            describe();
        }
    }

    void reset() {
        depth = 0;
        capacity = 0;
        deepest = 0;
        dropped = 0;
        lastDropNanos = 0;
        everAtHwm = false;
        fill.setWidth(0);
        shownLevel = null;
        described = false;
        getStyleClass().removeAll("depth-amber", "depth-red", "gauge-at-hwm");
        tip.setText("");
    }
}
