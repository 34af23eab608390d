package org.zmqdesigner.app.canvas;

import java.util.Collection;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import org.zmqdesigner.engine.model.Node;

/**
 * Where a ghost (an outside program, or a refused host's hostile ghost) goes: the first of a few spots around its node (left, right,
 * below, above, then further out) that overlaps no node and no other ghost, so it never hides the
 * design; among those, the first the user can see now, so it appears where they are looking.
 * Only when no free spot is in sight does it take the first free one, and the canvas brings that
 * into view.
 */
final class GhostPlacement {

    /** Space kept between a ghost and the edge of the view. */
    static final double VIEW_INSET = 10;

    private final Collection<NodeView> nodes;
    private final Collection<? extends GhostBox> ghosts;

    GhostPlacement(Collection<NodeView> nodes, Collection<? extends GhostBox> ghosts) {
        this.nodes = nodes;
        this.ghosts = ghosts;
    }

    /** The top-left corner for {@code self}'s box next to {@code node}, given what is in view (canvas units). */
    Point2D spotNear(Node node, GhostBox self, Bounds visible) {
        Point2D firstFree = null;
        for (Point2D spot : candidates(node)) {
            if (!isFree(spot, self)) {
                continue;
            }
            if (isInside(spot, visible)) {
                return spot;
            }
            if (firstFree == null) {
                firstFree = spot;
            }
        }
        return firstFree != null ? firstFree
                : new Point2D(node.position().x() - GhostBox.WIDTH - 60, node.position().y());
    }

    /** The box a ghost at {@code topLeft} takes, in canvas units. */
    static Bounds box(Point2D topLeft) {
        return new BoundingBox(topLeft.getX(), topLeft.getY(), GhostBox.WIDTH, GhostBox.HEIGHT);
    }

    private static boolean isInside(Point2D spot, Bounds visible) {
        return visible != null && visible.getMinX() + VIEW_INSET <= spot.getX()
                && spot.getX() + GhostBox.WIDTH <= visible.getMaxX() - VIEW_INSET
                && visible.getMinY() + VIEW_INSET <= spot.getY()
                && spot.getY() + GhostBox.HEIGHT <= visible.getMaxY() - VIEW_INSET;
    }

    private static Point2D[] candidates(Node node) {
        double x = node.position().x();
        double y = node.position().y();
        double h = NodeGeometry.height(node);
        double gap = 60;
        int rings = 6;
        Point2D[] spots = new Point2D[rings * 6];
        for (int ring = 0; ring < rings; ring++) {
            double d = ring * (GhostBox.HEIGHT + 12);
            Point2D[] around = {
                new Point2D(x - GhostBox.WIDTH - gap, y + d),
                new Point2D(x + NodeGeometry.WIDTH + gap, y + d),
                new Point2D(x + d, y + h + gap / 2),
                new Point2D(x + d, y - GhostBox.HEIGHT - gap / 2),
                new Point2D(x - GhostBox.WIDTH - gap, y - d),
                new Point2D(x + NodeGeometry.WIDTH + gap, y - d),
            };
            System.arraycopy(around, 0, spots, ring * 6, 6);
        }
        return spots;
    }

    private boolean isFree(Point2D spot, GhostBox self) {
        BoundingBox area = new BoundingBox(spot.getX() - 10, spot.getY() - 10, GhostBox.WIDTH + 20,
                GhostBox.HEIGHT + 20);
        for (NodeView view : nodes) {
            Node n = view.node();
            // The node's box with the live numbers above and below it.
            if (area.intersects(n.position().x(), n.position().y() - 26, NodeGeometry.WIDTH,
                    NodeGeometry.height(n) + 46)) {
                return false;
            }
        }
        for (GhostBox other : ghosts) {
            if (other != self && other.placed() && area.intersects(other.boxBounds())) {
                return false;
            }
        }
        return true;
    }
}
