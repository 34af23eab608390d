package org.zmqdesigner.app.canvas;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.zmqdesigner.engine.model.Link;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.Topology;

/**
 * Where every link of a design is drawn, for the canvas and the SVG export alike: its ports (on
 * the edges of its nodes that face each other), its route around the other nodes, and the block
 * beside it that holds its endpoint label and, during a run, its queue gauge and queue count.
 *
 * <p>Label blocks are placed one link after another, in the design's order, at the first point
 * along the link (from its middle outwards, then a little above or below) where the block covers
 * no node (with its badges and live numbers) and no block placed before; when there is none, where
 * it overlaps least. The block keeps its room during editing too, so nothing jumps when a run starts.
 */
public final class LinkLayout {

    /** From a block's top to its endpoint label's baseline (10-pt text). */
    public static final double LABEL_BASELINE = 10;
    public static final double LABEL_HEIGHT = 13;
    /** From a block's top to its queue gauge's top. */
    public static final double GAUGE_TOP = 14;
    /** From a block's top to the queue count's baseline. */
    public static final double DEPTH_BASELINE = 34;
    public static final double BLOCK_HEIGHT = 38;
    /** Wide enough for the gauge and a count such as "queue 199999 / 200000". */
    public static final double MIN_BLOCK_WIDTH = 150;
    /** A block on the curve: the label's baseline sits this far above the point. */
    private static final double ABOVE_CURVE = 16;
    private static final double[] ALONG = {0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.18, 0.82};
    private static final double[] ASIDE = {0, -24, 24, -48, 48};
    private static final double GAP = 3;

    /** One link as drawn: its route and its label block, or none when an end does not exist. */
    public record Placed(Link link, LinkRoute route, boolean fromRight, boolean toRight, Bounds block) {

        /** Where the endpoint label's text starts (left) and its baseline. */
        public Point2D labelOrigin(double labelWidth) {
            return new Point2D(block.getMinX() + (block.getWidth() - labelWidth) / 2, block.getMinY() + LABEL_BASELINE);
        }

        /** The label's own box: its text's width, centred in the block's first line. */
        public Bounds labelBox(double labelWidth) {
            return new BoundingBox(block.getMinX() + (block.getWidth() - labelWidth) / 2, block.getMinY(),
                    labelWidth, LABEL_HEIGHT);
        }
    }

    /** The endpoint label's font on the canvas; {@link #labelWidth} measures with it. */
    public static final Font LABEL_FONT = Font.font(10);
    private static final Text MEASURE = new Text();

    private LinkLayout() {
    }

    /** The width an endpoint label takes on the canvas. */
    public static synchronized double labelWidth(String endpoint) {
        MEASURE.setFont(LABEL_FONT);
        MEASURE.setText(endpoint);
        return MEASURE.getLayoutBounds().getWidth();
    }

    /** Every link whose nodes and sockets exist, by id in the design's order. */
    public static Map<String, Placed> of(Topology topology, ToDoubleFunction<String> labelWidth) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        topology.nodes().forEach(n -> nodes.putIfAbsent(n.id(), n));
        List<Bounds> taken = new ArrayList<>();
        for (Node node : nodes.values()) {
            taken.add(inflate(NodeGeometry.footprint(node), GAP));
        }
        Map<String, Placed> placed = new LinkedHashMap<>();
        for (Link link : topology.links()) {
            Placed one = route(link, nodes);
            if (one == null) {
                continue;
            }
            double width = Math.max(MIN_BLOCK_WIDTH, labelWidth.applyAsDouble(link.endpoint()) + 6);
            Bounds block = placeBlock(one.route(), width, taken);
            taken.add(inflate(block, GAP));
            placed.put(link.id(), new Placed(link, one.route(), one.fromRight(), one.toRight(), block));
        }
        return placed;
    }

    /** The link's route alone (no label), or null when one of its ends does not exist. */
    static Placed route(Link link, Map<String, Node> nodes) {
        Node from = nodes.get(link.from().node());
        Node to = nodes.get(link.to().node());
        if (from == null || to == null) {
            return null;
        }
        int fi = socketIndex(from, link.from().socket());
        int ti = socketIndex(to, link.to().socket());
        if (fi < 0 || ti < 0) {
            return null;
        }
        Point2D fc = NodeGeometry.centre(from);
        Point2D tc = NodeGeometry.centre(to);
        Point2D a = NodeGeometry.port(from, fi, tc.getX());
        Point2D b = NodeGeometry.port(to, ti, fc.getX());
        boolean fromRight = a.getX() > fc.getX();
        boolean toRight = b.getX() > tc.getX();
        List<Bounds> obstacles = new ArrayList<>(nodes.size());
        for (Node node : nodes.values()) {
            if (node != from && node != to) {
                obstacles.add(NodeGeometry.box(node));
            }
        }
        return new Placed(link, LinkRoute.between(a, fromRight, b, toRight, obstacles), fromRight, toRight, null);
    }

    private static Bounds placeBlock(LinkRoute route, double width, List<Bounds> taken) {
        List<Bounds> candidates = new ArrayList<>(ASIDE.length * ALONG.length);
        Bounds area = null;
        for (double aside : ASIDE) {
            for (double t : ALONG) {
                Point2D p = route.at(t);
                Bounds block = new BoundingBox(p.getX() - width / 2, p.getY() - ABOVE_CURVE + aside, width,
                        BLOCK_HEIGHT);
                candidates.add(block);
                area = area == null ? block : LinkRoute.union(area, block);
            }
        }
        // Only what lies where a candidate could go can be in its way.
        List<Bounds> near = new ArrayList<>();
        for (Bounds other : taken) {
            if (area.intersects(other)) {
                near.add(other);
            }
        }
        Bounds best = null;
        double bestOverlap = Double.MAX_VALUE;
        for (Bounds block : candidates) {
            double overlap = 0;
            for (Bounds other : near) {
                overlap += overlap(block, other);
            }
            if (overlap == 0) {
                return block;
            }
            if (overlap < bestOverlap) {
                bestOverlap = overlap;
                best = block;
            }
        }
        return best;
    }

    static double overlap(Bounds a, Bounds b) {
        double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return w > 0 && h > 0 ? w * h : 0;
    }

    static Bounds inflate(Bounds b, double by) {
        return new BoundingBox(b.getMinX() - by, b.getMinY() - by, b.getWidth() + 2 * by, b.getHeight() + 2 * by);
    }

    public static int socketIndex(Node node, String socketId) {
        for (int i = 0; i < node.sockets().size(); i++) {
            if (node.sockets().get(i).id().equals(socketId)) {
                return i;
            }
        }
        return -1;
    }
}
