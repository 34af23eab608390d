package org.zmqdesigner.app.canvas;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;

/**
 * The one curve geometry of a link, for the canvas's links, the ghost peers' links and the SVG
 * export alike: a smooth chain of cubic Béziers from one port to another that leaves and arrives
 * horizontally, as a wire leaves a socket's port. Where the plain curve would cross a node that is
 * not one of its ends, the chain passes above or below that node (and any node stacked too close
 * to it to pass between), so a link never hides behind a box it has nothing to do with.
 *
 * <p>Computing one costs a few hundred point-in-box tests, cheap enough to redo for every link on
 * every frame of a drag.
 */
public final class LinkRoute {

    /** Control points reach out horizontally at least this far, so short links still curve. */
    public static final double MIN_BEND = 40;
    /** The room a detour keeps between the curve and the box it goes around. */
    public static final double CLEARANCE = 16;
    private static final int SAMPLES = 24;
    private static final int MAX_DETOURS = 8;

    /** A point the curve passes through, moving horizontally in direction {@code dir} (±1). */
    private record Station(Point2D p, double dir) {
    }

    /** Start, then three points (control 1, control 2, end) per segment. */
    private final List<Point2D> points;
    /** Curve length at each sample: SAMPLES per segment, plus the start. */
    private final double[] lengths;

    private LinkRoute(List<Point2D> points) {
        this.points = List.copyOf(points);
        int segments = segments();
        lengths = new double[segments * SAMPLES + 1];
        Point2D last = points.get(0);
        for (int i = 1; i < lengths.length; i++) {
            Point2D p = pointAt((i - 1) / SAMPLES, (i - 1) % SAMPLES + 1, SAMPLES);
            lengths[i] = lengths[i - 1] + last.distance(p);
            last = p;
        }
    }

    /**
     * The route from a port on its node's right ({@code fromRight}) or left edge to another port,
     * around every box in {@code obstacles} it would otherwise cross (leave the link's own nodes out).
     */
    public static LinkRoute between(Point2D from, boolean fromRight, Point2D to, boolean toRight,
                                    List<Bounds> obstacles) {
        List<Station> stations = new ArrayList<>();
        stations.add(new Station(from, fromRight ? 1 : -1));
        // Arriving at a port on a right edge, the curve moves leftwards into it.
        stations.add(new Station(to, toRight ? -1 : 1));
        Set<Bounds> passed = new HashSet<>();
        for (int detour = 0; detour < MAX_DETOURS; detour++) {
            if (!detourFirstHit(stations, obstacles, passed)) {
                break;
            }
        }
        return new LinkRoute(toPoints(stations));
    }

    /** The plain curve between two ports, with nothing to go around. */
    public static LinkRoute between(Point2D from, boolean fromRight, Point2D to, boolean toRight) {
        return between(from, fromRight, to, toRight, List.of());
    }

    private static List<Point2D> toPoints(List<Station> stations) {
        List<Point2D> points = new ArrayList<>();
        points.add(stations.get(0).p());
        for (int i = 1; i < stations.size(); i++) {
            Station a = stations.get(i - 1);
            Station b = stations.get(i);
            double bend = Math.max(MIN_BEND, Math.abs(b.p().getX() - a.p().getX()) / 2);
            points.add(a.p().add(a.dir() * bend, 0));
            points.add(b.p().add(-b.dir() * bend, 0));
            points.add(b.p());
        }
        return points;
    }

    /** Finds the first box the current chain crosses and inserts a pass above or below it. */
    private static boolean detourFirstHit(List<Station> stations, List<Bounds> obstacles, Set<Bounds> passed) {
        List<Point2D> points = toPoints(stations);
        List<Bounds> near = new ArrayList<>();
        for (int segment = 0; segment < stations.size() - 1; segment++) {
            // A cubic stays within its control points' box: only boxes touching it can be hit.
            Bounds reach = controlBounds(points, segment);
            near.clear();
            for (Bounds box : obstacles) {
                if (reach.intersects(box) && !passed.contains(box)) {
                    near.add(box);
                }
            }
            if (near.isEmpty()) {
                continue;
            }
            for (int s = 1; s < SAMPLES; s++) {
                Point2D p = cubic(points, segment, s / (double) SAMPLES);
                for (Bounds box : near) {
                    if (box.contains(p)) {
                        insertPass(stations, segment, box, obstacles, passed);
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static void insertPass(List<Station> stations, int segment, Bounds hit, List<Bounds> obstacles,
                                   Set<Bounds> passed) {
        Station a = stations.get(segment);
        Station b = stations.get(segment + 1);
        Bounds column = column(hit, obstacles);
        obstacles.stream().filter(column::intersects).forEach(passed::add);
        double dir = Math.signum(b.p().getX() - a.p().getX());
        if (dir == 0) {
            dir = a.dir();
        }
        double above = column.getMinY() - CLEARANCE;
        double below = column.getMaxY() + CLEARANCE;
        double straight = (a.p().getY() + b.p().getY()) / 2;
        double y = Math.abs(straight - above) <= Math.abs(straight - below) ? above : below;
        double enter = dir > 0 ? column.getMinX() - CLEARANCE : column.getMaxX() + CLEARANCE;
        double leave = dir > 0 ? column.getMaxX() + CLEARANCE : column.getMinX() - CLEARANCE;
        stations.add(segment + 1, new Station(new Point2D(leave, y), dir));
        stations.add(segment + 1, new Station(new Point2D(enter, y), dir));
    }

    /** The box, grown by every box that overlaps it sideways and sits too close above or below to pass between. */
    private static Bounds column(Bounds hit, List<Bounds> obstacles) {
        Bounds column = hit;
        boolean grown = true;
        while (grown) {
            grown = false;
            for (Bounds box : obstacles) {
                boolean sideways = box.getMaxX() > column.getMinX() - CLEARANCE
                        && box.getMinX() < column.getMaxX() + CLEARANCE;
                boolean close = box.getMaxY() > column.getMinY() - 2 * CLEARANCE
                        && box.getMinY() < column.getMaxY() + 2 * CLEARANCE;
                if (sideways && close && !contains(column, box)) {
                    column = union(column, box);
                    grown = true;
                }
            }
        }
        return column;
    }

    private static boolean contains(Bounds outer, Bounds inner) {
        return outer.getMinX() <= inner.getMinX() && outer.getMinY() <= inner.getMinY()
                && outer.getMaxX() >= inner.getMaxX() && outer.getMaxY() >= inner.getMaxY();
    }

    static Bounds union(Bounds a, Bounds b) {
        double minX = Math.min(a.getMinX(), b.getMinX());
        double minY = Math.min(a.getMinY(), b.getMinY());
        return new BoundingBox(minX, minY, Math.max(a.getMaxX(), b.getMaxX()) - minX,
                Math.max(a.getMaxY(), b.getMaxY()) - minY);
    }

    private static Bounds controlBounds(List<Point2D> points, int segment) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 3 * segment; i <= 3 * segment + 3; i++) {
            Point2D p = points.get(i);
            minX = Math.min(minX, p.getX());
            minY = Math.min(minY, p.getY());
            maxX = Math.max(maxX, p.getX());
            maxY = Math.max(maxY, p.getY());
        }
        return new BoundingBox(minX, minY, maxX - minX, maxY - minY);
    }

    private static Point2D cubic(List<Point2D> points, int segment, double t) {
        Point2D p0 = points.get(3 * segment);
        Point2D p1 = points.get(3 * segment + 1);
        Point2D p2 = points.get(3 * segment + 2);
        Point2D p3 = points.get(3 * segment + 3);
        double u = 1 - t;
        double a = u * u * u;
        double b = 3 * u * u * t;
        double c = 3 * u * t * t;
        double d = t * t * t;
        return new Point2D(a * p0.getX() + b * p1.getX() + c * p2.getX() + d * p3.getX(),
                a * p0.getY() + b * p1.getY() + c * p2.getY() + d * p3.getY());
    }

    private Point2D pointAt(int segment, int step, int steps) {
        return cubic(points, segment, step / (double) steps);
    }

    public int segments() {
        return (points.size() - 1) / 3;
    }

    /** Start, then control 1, control 2 and end of each cubic segment (for SVG's "M … C …"). */
    public List<Point2D> points() {
        return points;
    }

    public Point2D start() {
        return points.get(0);
    }

    public Point2D end() {
        return points.get(points.size() - 1);
    }

    /** The point {@code t} of the way along the curve by length: 0 at its start, 1 at its end. */
    public Point2D at(double t) {
        double total = lengths[lengths.length - 1];
        double target = Math.max(0, Math.min(1, t)) * total;
        int lo = 0;
        int hi = lengths.length - 1;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (lengths[mid] < target) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double span = lengths[hi] - lengths[lo];
        double within = span <= 0 ? 0 : (target - lengths[lo]) / span;
        int segment = Math.min(segments() - 1, lo / SAMPLES);
        double local = (lo - segment * SAMPLES + within) / SAMPLES;
        return cubic(points, segment, Math.min(1, local));
    }

    /** The box the curve stays within (its control points'). */
    public Bounds bounds() {
        Bounds all = controlBounds(points, 0);
        for (int segment = 1; segment < segments(); segment++) {
            all = union(all, controlBounds(points, segment));
        }
        return all;
    }

    public double length() {
        return lengths[lengths.length - 1];
    }

    /** Points along the curve, {@code perSegment} per cubic segment, for tests and hit checks. */
    public List<Point2D> samples(int perSegment) {
        List<Point2D> out = new ArrayList<>();
        out.add(start());
        for (int segment = 0; segment < segments(); segment++) {
            for (int s = 1; s <= perSegment; s++) {
                out.add(cubic(points, segment, s / (double) perSegment));
            }
        }
        return out;
    }

    /** Whether the drawn curve passes inside {@code box}. */
    public boolean crosses(Bounds box) {
        return samples(SAMPLES * 2).stream().anyMatch(box::contains);
    }

    /**
     * The same curve as straight pieces (x, y pairs in canvas units): where the moving flow marks
     * are drawn, walked by length every frame, which straight pieces make cheap.
     */
    public double[] flattened() {
        return flattened(FLAT_STEPS);
    }

    private double[] flattened(int steps) {
        double[] out = new double[2 * (segments() * steps + 1)];
        out[0] = start().getX();
        out[1] = start().getY();
        int i = 2;
        for (int segment = 0; segment < segments(); segment++) {
            for (int step = 1; step <= steps; step++) {
                Point2D p = pointAt(segment, step, steps);
                out[i++] = p.getX();
                out[i++] = p.getY();
            }
        }
        return out;
    }

    /** Straight pieces per segment: at most a pixel from the curve at full zoom for our bends. */
    private static final int FLAT_STEPS = 16;
    /**
     * Straight pieces per segment of the band that picks a link: coarser, as the pick tests every
     * piece's edges and a pixel or two off the curve is still well inside the band.
     */
    private static final int CORRIDOR_STEPS = 12;

    /**
     * A band {@code halfWidth} either side of the curve, as closed quadrilaterals (one per straight
     * piece, each stretched by {@code halfWidth} past both ends so bends leave no gap), all wound
     * the same way so that filled with the non-zero rule they make one area. Where the link is
     * picked: JavaFX picks again under the pointer every frame while it is over the window, and a
     * filled band is a cheap crossing count, where a wide transparent stroke had its outline built
     * anew for every pick (a fifth of the FX thread's time at 100 links).
     */
    public List<PathElement> corridor(double halfWidth) {
        double[] p = flattened(CORRIDOR_STEPS);
        List<PathElement> out = new ArrayList<>();
        for (int i = 2; i < p.length; i += 2) {
            double dx = p[i] - p[i - 2];
            double dy = p[i + 1] - p[i - 1];
            double length = Math.hypot(dx, dy);
            if (length == 0) {
                continue;
            }
            double ux = dx / length * halfWidth;
            double uy = dy / length * halfWidth;
            double ax = p[i - 2] - ux;
            double ay = p[i - 1] - uy;
            double bx = p[i] + ux;
            double by = p[i + 1] + uy;
            // (-uy, ux) is the left-hand normal: the same turn for every piece.
            out.add(new MoveTo(ax - uy, ay + ux));
            out.add(new LineTo(bx - uy, by + ux));
            out.add(new LineTo(bx + uy, by - ux));
            out.add(new LineTo(ax + uy, ay - ux));
            out.add(new ClosePath());
        }
        return out;
    }

    /** The curve as JavaFX path elements: a move to its start, one cubic per segment. */
    public List<PathElement> pathElements() {
        List<PathElement> out = new ArrayList<>();
        out.add(new MoveTo(start().getX(), start().getY()));
        for (int segment = 0; segment < segments(); segment++) {
            Point2D c1 = points.get(3 * segment + 1);
            Point2D c2 = points.get(3 * segment + 2);
            Point2D p = points.get(3 * segment + 3);
            out.add(new CubicCurveTo(c1.getX(), c1.getY(), c2.getX(), c2.getY(), p.getX(), p.getY()));
        }
        return out;
    }
}
