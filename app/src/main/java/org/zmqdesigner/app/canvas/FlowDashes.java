package org.zmqdesigner.app.canvas;

import javafx.geometry.Point2D;
import javafx.scene.shape.CubicCurve;

/**
 * The moving dashes over a curve that show a busy connection, and the point at a fraction of a
 * curve where tokens travel: shared by links and ghost peers' links.
 */
final class FlowDashes {

    /** How far the dashes move per frame, in canvas units. */
    private static final double STEP = 0.9;

    private FlowDashes() {
    }

    /** Shows dashes on {@code flow} when {@code rate} is above the token limit and moves them one step. */
    static boolean animate(CubicCurve flow, FlowRate rate) {
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

    /** The point of a cubic curve at {@code t}, 0 at its start and 1 at its end. */
    static Point2D at(CubicCurve c, double t) {
        double u = 1 - t;
        double x = u * u * u * c.getStartX() + 3 * u * u * t * c.getControlX1()
                + 3 * u * t * t * c.getControlX2() + t * t * t * c.getEndX();
        double y = u * u * u * c.getStartY() + 3 * u * u * t * c.getControlY1()
                + 3 * u * t * t * c.getControlY2() + t * t * t * c.getEndY();
        return new Point2D(x, y);
    }
}
