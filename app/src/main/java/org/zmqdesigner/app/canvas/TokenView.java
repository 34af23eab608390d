package org.zmqdesigner.app.canvas;

import javafx.geometry.Point2D;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.Circle;

/**
 * A message on its way: leaves the sender when it was written, travels for a moment, and reaches
 * the receiver only once the receiver really read it; until then it waits near the receiving end,
 * where ZeroMQ holds it in the queue. Pooled: the canvas reuses tokens instead of allocating.
 */
final class TokenView extends Circle {

    /** How long a trip takes at 1× and faster; slow motion stretches it, up to {@link #MAX_TRAVEL_NANOS}. */
    static final long TRAVEL_NANOS = 450_000_000L;
    static final long MAX_TRAVEL_NANOS = 3_000_000_000L;
    /** Where an unread message waits: in the queue, short of the receiver. */
    static final double QUEUED_AT = 0.82;
    /** A message whose reading is never seen (not traced, or dropped) fades this long after its trip. */
    static final long EXPIRE_NANOS = 4_000_000_000L;

    private final Tooltip tip = new Tooltip();
    private String key;
    private Track track;
    private boolean forward;
    private long spawnedNanos;
    private long arrivedNanos;
    private double progress;
    private long travelNanos = TRAVEL_NANOS;
    private long lastNanos;

    TokenView() {
        super(5);
        getStyleClass().add("message-token");
        // Tokens are brief: the tooltip must come quickly, and the token holds still under the mouse.
        tip.setShowDelay(javafx.util.Duration.millis(80));
        Tooltip.install(this, tip);
    }

    /** The trip's duration for a speed multiplier: slow motion moves tokens slowly too. */
    static long travelFor(double speed) {
        if (!(speed < 1)) {
            return TRAVEL_NANOS;
        }
        return Math.min(MAX_TRAVEL_NANOS, (long) (TRAVEL_NANOS / speed));
    }

    void launch(MessageToken token, Track on, long nowNanos, boolean alreadyArrived, long travel) {
        this.travelNanos = travel;
        this.lastNanos = nowNanos;
        this.key = token.key();
        this.track = on;
        this.forward = token.forward();
        this.spawnedNanos = nowNanos;
        this.arrivedNanos = alreadyArrived ? nowNanos : 0;
        this.progress = 0;
        setFill(token.colour());
        setOpacity(1);
        tip.setText(token.description());
        place();
    }

    String key() {
        return key;
    }

    String description() {
        return tip.getText();
    }

    void arrived(long nowNanos) {
        if (arrivedNanos == 0) {
            arrivedNanos = nowNanos;
        }
    }

    boolean isArrived() {
        return arrivedNanos != 0;
    }

    /** Moves the token; false once it is done (arrived at the receiver, or expired). */
    boolean animate(long nowNanos) {
        if (isHover()) {
            // Held under the mouse so its tooltip can be read: its clock stands still.
            spawnedNanos += nowNanos - lastNanos;
            if (arrivedNanos != 0) {
                arrivedNanos += nowNanos - lastNanos;
            }
        }
        lastNanos = nowNanos;
        long age = nowNanos - spawnedNanos;
        double travelled = Math.min(1, age / (double) travelNanos);
        if (arrivedNanos == 0) {
            progress = Math.min(travelled, QUEUED_AT);
            if (age > travelNanos + EXPIRE_NANOS) {
                setOpacity(Math.max(0, 1 - (age - travelNanos - EXPIRE_NANOS) / 500e6));
                return getOpacity() > 0;
            }
        } else {
            progress = travelled;
            if (progress >= 1) {
                return false;
            }
        }
        place();
        return true;
    }

    private void place() {
        Point2D at = track.at(forward ? progress : 1 - progress);
        setCenterX(at.getX());
        setCenterY(at.getY());
    }
}
