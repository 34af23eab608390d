package org.zmqdesigner.app.canvas;

/**
 * How fast messages move on one link, smoothed over about half a second, and which way most go.
 * Counts come from the engine's flow events; the smoothing only keeps the picture steady.
 */
final class FlowRate {

    /** At or above this rate a link shows moving dashes; below it each message travels as a token. */
    static final double TOKEN_LIMIT = 12;
    private static final double SMOOTHING_SECONDS = 0.5;

    private long pendingForward;
    private long pendingBackward;
    private double perSecond;
    private double forward;
    private double backward;
    private long lastNanos;

    void add(long forwardMessages, long backwardMessages) {
        pendingForward += forwardMessages;
        pendingBackward += backwardMessages;
    }

    void tick(long nowNanos) {
        if (lastNanos == 0) {
            lastNanos = nowNanos;
            return;
        }
        double dt = (nowNanos - lastNanos) / 1e9;
        lastNanos = nowNanos;
        if (dt <= 0) {
            return;
        }
        double alpha = Math.min(1, dt / SMOOTHING_SECONDS);
        long moved = pendingForward + pendingBackward;
        perSecond += alpha * (moved / dt - perSecond);
        forward += alpha * (pendingForward - forward);
        backward += alpha * (pendingBackward - backward);
        pendingForward = 0;
        pendingBackward = 0;
        if (perSecond < 0.01) {
            perSecond = 0;
        }
    }

    double perSecond() {
        return perSecond;
    }

    /** Share of messages going from the connecting to the binding end. */
    double forwardShare() {
        double total = forward + backward;
        return total <= 0 ? 1 : forward / total;
    }

    /** Stroke width: one pixel more per tenfold rate, from 2 at the token limit to at most 9. */
    static double thickness(double perSecond) {
        return Math.max(2, Math.min(9, 2 + 1.6 * Math.log10(Math.max(1, perSecond / TOKEN_LIMIT)) * 2));
    }

    void reset() {
        pendingForward = 0;
        pendingBackward = 0;
        perSecond = 0;
        forward = 0;
        backward = 0;
        lastNanos = 0;
    }
}
