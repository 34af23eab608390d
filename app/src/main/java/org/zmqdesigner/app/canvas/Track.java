package org.zmqdesigner.app.canvas;

import javafx.geometry.Point2D;

/** A path a message token travels along: 0 is the connecting end, 1 the binding end. */
interface Track {
    Point2D at(double t);
}
