package org.zmqdesigner.engine.model;

/** Where a node sits on the canvas, in canvas units (the top-left corner of its box). */
public record Position(double x, double y) {
    public static final Position ORIGIN = new Position(0, 0);

    public Position translate(double dx, double dy) {
        return new Position(x + dx, y + dy);
    }
}
