package org.zmqdesigner.app.canvas;

import javafx.geometry.Point2D;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.HLineTo;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.VLineTo;

/**
 * A message on its way: leaves the sender when it was written, travels for a moment, and reaches
 * the receiver only once the receiver really read it; until then it waits near the receiving end,
 * where ZeroMQ holds it in the queue. Pooled: the canvas reuses tokens instead of allocating.
 *
 * <p>Drawn as a small envelope (a filled rectangle with its flap folded in), so that a message is
 * never mistaken for a port, which is a round dot of the same colours. One path of eight segments,
 * built once per token and cached as a bitmap; a frame only moves it.
 */
final class TokenView extends Path {

    /** The envelope's size in canvas units at 100 % and closer. */
    static final double WIDTH = 14;
    static final double HEIGHT = 10;
    /** Zoomed out, a token keeps at least this width on screen (ports shrink, envelopes do not). */
    static final double MIN_SCREEN_WIDTH = 12;

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
        double w = WIDTH / 2;
        double h = HEIGHT / 2;
        // The outline, then the flap: an open V from the top corners to just below the middle.
        // It turns the same way round as the outline, so under the non-zero rule its implied fill
        // is the envelope's own colour and only its stroke shows, as the fold.
        getElements().addAll(new MoveTo(-w, -h), new HLineTo(w), new VLineTo(h), new HLineTo(-w), new ClosePath(),
                new MoveTo(w, -h), new LineTo(0, h * 0.2), new LineTo(-w, -h));
        getStyleClass().add("message-token");
        // A frame only moves a token: drawn once into a bitmap, it is then copied, not rasterised
        // again (300 moving envelopes: about 1 ms a frame instead of 5, circles took 7; software renderer).
        setCache(true);
        // Tokens are brief: the tooltip must come quickly, and the token holds still under the mouse.
        tip.setShowDelay(javafx.util.Duration.millis(80));
        Tooltip.install(this, tip);
    }

    /** How much a token is enlarged at a zoom so it stays {@link #MIN_SCREEN_WIDTH} wide on screen. */
    static double scaleFor(double zoom) {
        return zoom > 0 ? Math.max(1, MIN_SCREEN_WIDTH / (WIDTH * zoom)) : 1;
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
        setLayoutX(at.getX());
        setLayoutY(at.getY());
    }
}
