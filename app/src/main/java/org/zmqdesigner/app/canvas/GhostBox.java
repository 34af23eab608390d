package org.zmqdesigner.app.canvas;

import javafx.geometry.Bounds;

/**
 * What {@link GhostPlacement} and Fit need of anything a run draws beside the design as a box: an
 * outside program's ghost, or the hostile ghost of a host whose connections were refused.
 */
interface GhostBox {
    /** Width and height of every such box, so placement can try spots before one is drawn. */
    double WIDTH = 160;
    double HEIGHT = 44;

    boolean placed();

    /** The box, in canvas units; only meaningful once placed. */
    Bounds boxBounds();
}
