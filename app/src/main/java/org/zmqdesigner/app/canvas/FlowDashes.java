package org.zmqdesigner.app.canvas;

import javafx.scene.shape.Shape;

/**
 * The moving dashes over a curve that show a busy connection to an outside program (a ghost
 * peer's link; the design's own links show flow as marks on {@link FlowLayer}), and the width
 * and steadiness rules both share. (Where tokens travel on a curve is {@link LinkRoute#at}.)
 */
final class FlowDashes {

    /** A dash and the gap after it, in canvas units at 100 % zoom. */
    static final double DASH = 10;
    static final double GAP = 14;
    /** How far the dashes move per frame, in canvas units. */
    private static final double STEP = 0.9;

    /** A link keeps its dash width until the rate's width differs by this much. */
    static final double WIDTH_HYSTERESIS = 0.75;

    private FlowDashes() {
    }

    /** Shows dashes on {@code flow} when {@code rate} is above the token limit and moves them one step. */
    static boolean animate(Shape flow, FlowRate rate) {
        double perSecond = rate.perSecond();
        boolean dashes = perSecond >= FlowRate.TOKEN_LIMIT;
        if (flow.isVisible() != dashes) {
            flow.setVisible(dashes);
        }
        if (dashes) {
            // Whole half-pixels, set on change only: a new stroke width makes JavaFX recompute the
            // curve's stroked bounds, which is the dear part of moving the dashes.
            double width = width(perSecond);
            if (flow.getStrokeWidth() != width) {
                flow.setStrokeWidth(width);
            }
            // A smaller offset moves the pattern toward the curve's end.
            double step = rate.forwardShare() >= 0.5 ? -STEP : STEP;
            flow.setStrokeDashOffset((flow.getStrokeDashOffset() + step) % 1000);
        }
        return dashes;
    }

    /** Gives {@code flow} the dash pattern (set here, not in the stylesheet, which styles the colour only). */
    static void pattern(Shape flow) {
        flow.getStrokeDashArray().setAll(DASH, GAP);
    }

    /** The dashes' stroke width for a rate, in whole half-pixels. */
    static double width(double perSecond) {
        return Math.round(FlowRate.thickness(perSecond) * 2) / 2.0;
    }
}
