package org.zmqdesigner.app.canvas;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import org.zmqdesigner.engine.model.Node;

/**
 * Where things are drawn, in canvas units, for the canvas and for picture export alike: a node is a
 * box at its position, a title row, then one row per socket; each socket has a port on the box's
 * left and right edge, and a link leaves from the edge facing its other end.
 */
public final class NodeGeometry {
    public static final double WIDTH = 180;
    public static final double HEADER = 30;
    public static final double ROW = 24;
    public static final double PADDING = 6;
    public static final double PORT_RADIUS = 5;
    public static final double GRID = 20;
    /** A socket row's text keeps this far from the box's left and right edges. */
    public static final double ROW_INSET = 14;
    /**
     * The gap between the "open to the network" mark of a socket that binds every interface and
     * the socket type on its right. The mark sits inside the row, so it never meets badges, counts
     * or link labels, all of which keep outside the box; its size is the stylesheet's.
     */
    public static final double OPEN_MARK_GAP = 5;
    /** Room above a box for its loss badges while a run is on. */
    public static final double BADGES = 24;
    /**
     * The live numbers' lines under a box while a run is on: sent, received, dropped, and two for
     * what a late subscriber missed.
     */
    public static final double LIVE_LINE = 14;
    public static final int LIVE_LINES = 5;
    /** Room under a box for its live numbers. */
    public static final double LIVE = 4 + LIVE_LINES * LIVE_LINE;

    private NodeGeometry() {
    }

    public static double height(Node node) {
        return HEADER + Math.max(1, node.sockets().size()) * ROW + PADDING;
    }

    /** The centre line of a socket's row. */
    public static double rowY(Node node, int socketIndex) {
        return node.position().y() + HEADER + socketIndex * ROW + ROW / 2;
    }

    /**
     * Where the open mark's left edge goes, in the node's own units: {@link #OPEN_MARK_GAP} left of
     * the socket type's text. Both widths as drawn (an icon's glyph is wider than its size).
     */
    public static double openMarkX(double typeWidth, double markWidth) {
        return WIDTH - ROW_INSET - typeWidth - OPEN_MARK_GAP - markWidth;
    }

    /** The port of a socket on the edge that faces {@code towardsX}. */
    public static Point2D port(Node node, int socketIndex, double towardsX) {
        double left = node.position().x();
        double centre = left + WIDTH / 2;
        double x = towardsX >= centre ? left + WIDTH : left;
        return new Point2D(x, rowY(node, socketIndex));
    }

    /** The node's box. */
    public static Bounds box(Node node) {
        return new BoundingBox(node.position().x(), node.position().y(), WIDTH, height(node));
    }

    /**
     * The box with the room its badges (above) and live numbers (below) take during a run: what
     * link labels keep clear of, and what Tidy up spaces apart.
     */
    public static Bounds footprint(Node node) {
        return new BoundingBox(node.position().x(), node.position().y() - BADGES, WIDTH,
                BADGES + height(node) + LIVE);
    }

    public static Point2D centre(Node node) {
        return new Point2D(node.position().x() + WIDTH / 2, node.position().y() + height(node) / 2);
    }

    public static double snap(double value) {
        return Math.round(value / GRID) * GRID;
    }
}
