package org.zmqdesigner.app.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import org.zmqdesigner.app.canvas.NodeGeometry;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.Position;
import org.zmqdesigner.engine.model.Topology;

/**
 * Where new nodes land: at the point asked for when it is free, else at the nearest grid point
 * where none of them covers a node already there (footprints, with a little air between), so a
 * node added, pasted or duplicated never hides another.
 */
public final class FreeSpot {

    /** Air kept between a new node's footprint and its neighbours'. */
    static final double AIR = 10;
    /** How far (in grid steps) to look before giving up and taking the point asked for. */
    private static final int REACH = 60;

    private FreeSpot() {
    }

    /** The top-left for {@code node} nearest to {@code wanted}, snapped to the grid. */
    public static Position near(Topology topology, Node node, Point2D wanted) {
        double x = NodeGeometry.snap(wanted.getX());
        double y = NodeGeometry.snap(wanted.getY());
        Node placed = node.withPosition(new Position(x, y));
        Point2D offset = offset(topology, List.of(placed), 0, 0);
        return new Position(x + offset.getX(), y + offset.getY());
    }

    /**
     * An offset for a group of nodes (a paste, a duplicate) nearest to {@code dx, dy}, in whole
     * grid steps from it, at which no node of the group covers a node of {@code topology}.
     */
    public static Point2D offset(Topology topology, List<Node> group, double dx, double dy) {
        List<Bounds> taken = new ArrayList<>();
        for (Node node : topology.nodes()) {
            taken.add(NodeGeometry.footprint(node));
        }
        List<int[]> steps = new ArrayList<>();
        for (int i = -REACH; i <= REACH; i++) {
            for (int j = -REACH; j <= REACH; j++) {
                steps.add(new int[] {i, j});
            }
        }
        // Nearest first; among equals, right before left and down before up (reading order).
        steps.sort(Comparator.<int[]>comparingInt(s -> s[0] * s[0] + s[1] * s[1])
                .thenComparingInt(s -> -s[0]).thenComparingInt(s -> -s[1]));
        for (int[] step : steps) {
            double ox = dx + step[0] * NodeGeometry.GRID;
            double oy = dy + step[1] * NodeGeometry.GRID;
            if (free(group, ox, oy, taken)) {
                return new Point2D(ox, oy);
            }
        }
        return new Point2D(dx, dy);
    }

    private static boolean free(List<Node> group, double ox, double oy, List<Bounds> taken) {
        for (Node node : group) {
            Bounds own = NodeGeometry.footprint(node);
            Bounds moved = new BoundingBox(own.getMinX() + ox - AIR, own.getMinY() + oy - AIR,
                    own.getWidth() + 2 * AIR, own.getHeight() + 2 * AIR);
            for (Bounds other : taken) {
                if (moved.intersects(other)) {
                    return false;
                }
            }
        }
        return true;
    }
}
