package org.zmqdesigner.app.canvas;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.IdentityHashMap;
import java.util.Map;
import javafx.scene.Group;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Path;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

/**
 * The moving marks of every busy link, drawn in one immediate-mode layer: an image the size of
 * the view, in screen pixels, on which each frame puts small squares a fixed distance apart along
 * each link, moving toward where most of its messages go. Dashed paths, one per link, were the
 * software renderer's biggest cost: it rasterises every dash of a stroked path each frame, paying
 * for each row of each path's bounds; two hundred long links cost it 40–100 ms a frame on our
 * 2-core machine. As canvas fills the squares still cost it a quarter of its time, so they are
 * painted into an image's pixels ({@link MarkRaster}) on a thread of their own ({@link FlowPainter}),
 * and only while something flows. Marks keep their size and spacing on screen at any zoom.
 */
final class FlowLayer extends Group {

    /** How far the marks move per frame, and how far apart they are, in screen pixels. */
    static final double STEP_PIXELS = 0.9;
    static final double SPACING_PIXELS = 24;
    /** The smallest mark, in screen pixels, however thin the link's rate makes it. */
    static final double MIN_MARK_PIXELS = 2;

    private final ImageView picture = new ImageView();
    private final Region viewport;
    private FlowPainter painter;
    /** Image pixels per screen pixel (2 on a doubled display), so marks stay sharp. */
    private double pixelScale = 1;
    /** Carries the marks' colour from the stylesheet ({@code .link-flow}); never has a shape itself. */
    private final Path style = new Path();
    private final Translate pan;
    private final Scale scale;
    private final Map<LinkView, OnScreen> onScreen = new IdentityHashMap<>();
    private double panX = Double.NaN;
    private double panY;
    private double zoom;
    private double offset;
    private int links;

    /**
     * {@code pan} and {@code scale} are the canvas content's transforms (this layer sits inside
     * the content and undoes them, so it draws in screen pixels); {@code viewport} sizes it.
     */
    FlowLayer(Translate pan, Scale scale, Region viewport) {
        this.pan = pan;
        this.scale = scale;
        setId("flow-layer");
        setMouseTransparent(true);
        style.getStyleClass().add("link-flow");
        style.setVisible(false);
        this.viewport = viewport;
        picture.setSmooth(false);
        getChildren().addAll(picture, style);
    }

    /**
     * One frame of marks for the links that show flow (see {@link LinkView#showsDashes}): shows the
     * picture finished since the last frame and asks for the next (see {@link FlowPainter}).
     */
    void animate(Collection<LinkView> links) {
        followView();
        int flowing = 0;
        for (LinkView link : links) {
            if (link.showsDashes() && link.isVisible()) {
                flowing++;
            }
        }
        this.links = flowing;
        style.setVisible(flowing > 0);
        if (flowing == 0) {
            picture.setVisible(false);
            return;
        }
        FlowPainter marks = painter();
        show(marks.takeFinished());
        offset = (offset + STEP_PIXELS) % SPACING_PIXELS;
        List<FlowPainter.Route> routes = new ArrayList<>(flowing);
        for (LinkView link : links) {
            if (link.showsDashes() && link.isVisible()) {
                double size = Math.max(MIN_MARK_PIXELS, link.dashWidth() * zoom);
                OnScreen route = screenPoints(link);
                double start = link.dashesForward() ? offset : SPACING_PIXELS - offset;
                routes.add(new FlowPainter.Route(route.points(), route.lengths(), start * pixelScale,
                        size * pixelScale));
            }
        }
        Paint paint = style.getStroke();
        marks.paint(paint instanceof Color colour ? colour : Color.ROYALBLUE, routes, SPACING_PIXELS * pixelScale);
    }

    private void show(MarkRaster done) {
        if (done != null) {
            picture.setImage(done.image());
            picture.setVisible(true);
        }
    }

    /** For tests: waits for the picture being painted and shows it, as the next frame would. */
    void awaitPainted() {
        if (painter != null && links > 0) {
            show(painter.awaitFinished());
        }
    }

    /** The painter for the view's current size and pixel scale, made anew when either changed. */
    private FlowPainter painter() {
        double scale = getScene() != null && getScene().getWindow() != null
                ? getScene().getWindow().getOutputScaleX() : 1;
        int width = Math.max(1, (int) Math.ceil(viewport.getWidth() * scale));
        int height = Math.max(1, (int) Math.ceil(viewport.getHeight() * scale));
        if (painter == null || painter.width() != width || painter.height() != height) {
            pixelScale = scale;
            onScreen.clear();
            painter = new FlowPainter(width, height);
            picture.setVisible(false);
            picture.setFitWidth(width / scale);
            picture.setFitHeight(height / scale);
        }
        return painter;
    }

    /**
     * A link's route (canvas units), the same in image pixels for the current view, and the
     * length of each straight piece there: worked out once per view, not per frame.
     */
    private record OnScreen(double[] route, double[] points, double[] lengths) {
    }

    /** The link's route in image pixels, recomputed only when the view or the route moved. */
    private OnScreen screenPoints(LinkView link) {
        double[] route = link.flowPoints();
        OnScreen known = onScreen.get(link);
        if (known == null || known.route() != route) {
            double[] points = new double[route.length];
            for (int i = 0; i < route.length; i += 2) {
                points[i] = (panX + zoom * route[i]) * pixelScale;
                points[i + 1] = (panY + zoom * route[i + 1]) * pixelScale;
            }
            double[] lengths = new double[Math.max(0, route.length / 2 - 1)];
            for (int i = 2; i < points.length; i += 2) {
                lengths[i / 2 - 1] = Math.hypot(points[i] - points[i - 2], points[i + 1] - points[i - 1]);
            }
            known = new OnScreen(route, points, lengths);
            onScreen.put(link, known);
        }
        return known;
    }

    /** Undoes the content's pan and zoom so the canvas lies on the view; forgets screen routes when they move. */
    private void followView() {
        double x = pan.getX();
        double y = pan.getY();
        double s = scale.getX();
        if (x != panX || y != panY || s != zoom) {
            panX = x;
            panY = y;
            zoom = s;
            onScreen.clear();
            getTransforms().setAll(new Scale(1 / s, 1 / s), new Translate(-x, -y));
        }
    }

    /** Links now showing flow. */
    int links() {
        return links;
    }

    void clear() {
        onScreen.clear();
        links = 0;
        style.setVisible(false);
        picture.setVisible(false);
    }
}
