package org.zmqdesigner.app.canvas;

import javafx.scene.shape.Shape;

/**
 * The moving dashes over a curve that show a busy connection: shared by links and ghost peers'
 * links. (Where tokens travel on a curve is {@link LinkRoute#at}.)
 */
final class FlowDashes {

    /** How far the dashes move per frame, in canvas units. */
    private static final double STEP = 0.9;

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
            double width = Math.round(FlowRate.thickness(perSecond) * 2) / 2.0;
            if (flow.getStrokeWidth() != width) {
                flow.setStrokeWidth(width);
            }
            // A smaller offset moves the pattern toward the curve's end.
            double step = rate.forwardShare() >= 0.5 ? -STEP : STEP;
            flow.setStrokeDashOffset((flow.getStrokeDashOffset() + step) % 1000);
        }
        return dashes;
    }
}
