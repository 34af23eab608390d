package org.zmqdesigner.app.canvas;

import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import javafx.scene.shape.Path;
import javafx.scene.shape.Polygon;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.zmqdesigner.engine.event.RunEvent.ConnectionState;
import org.zmqdesigner.engine.model.Link;
import org.zmqdesigner.engine.text.Texts;

/**
 * The picture of one link: a curve ({@link LinkRoute}, placed by {@link LinkLayout}) from the
 * connecting socket's port to the binding socket's port,
 * an arrowhead at the binding end (the side that binds is where the arrow points), the endpoint as
 * a small label. A transparent band along the curve, wider than it, makes it easy to click. While a run is on it
 * also shows the connection's state, the flow of messages and the queue gauge.
 */
final class LinkView extends Group implements Track {

    private static final Texts TEXTS = Texts.of(LinkView.class);

    private Link link;
    /** How far from the curve a click still picks the link, in canvas units. */
    static final double HIT_HALF_WIDTH = 6;
    private final Path hit = new Path();
    private final Path curve = new Path();
    /** The route as straight pieces, for the marks {@link FlowLayer} draws while messages flow. */
    private double[] flowPoints = new double[0];
    private boolean dashes;
    private double dashWidth;
    private boolean dashesForward = true;
    private LinkRoute route;
    private final Polygon arrow = new Polygon();
    private final Text label = new Text();
    private final Text depth = new Text();
    /** The endpoint label and the queue count: out of the scene when far (see {@link FarDetail}). */
    private final FarDetail labelWords = new FarDetail(getChildren(), arrow);
    private final FarDetail depthWords;
    private final Group liveParts = new Group();
    private final QueueGauge gauge = new QueueGauge();
    private final FlowRate rate = new FlowRate();
    private final Tooltip connectionTip = new Tooltip();
    private ConnectionState connection;
    private String connectionDetail;
    private javafx.geometry.Bounds block;
    private long shownDepth = -1;
    private long shownCapacity = -1;
    private String depthLevel;
    /**
     * The queue count changes at most four times a second: more is unreadable, and each change
     * redraws its text, which the software renderer draws glyph by glyph as shapes when zoomed
     * (40 % of its time a frame at 20 links). Kept as a bitmap in between (see the constructor).
     */
    static final long DEPTH_TEXT_NANOS = 250_000_000L;
    private long depthTextNanos;
    private boolean depthTextDue;

    LinkView(Link link) {
        this.link = link;
        this.depthWords = new FarDetail(liveParts.getChildren(), null);
        getStyleClass().add("link-view");
        curve.setFill(null);
        // The band picks the link, the curve only shows it (see LinkRoute.corridor). Picked but
        // never painted: opacity 0 skips rendering, a transparent fill would not.
        curve.setMouseTransparent(true);
        hit.setFill(Color.BLACK);
        hit.setStroke(null);
        hit.setOpacity(0);
        curve.getStyleClass().add("link-curve");
        curve.setStrokeWidth(2);
        arrow.getStyleClass().add("link-arrow");
        label.getStyleClass().add("link-label");
        label.setFont(LinkLayout.LABEL_FONT);
        depth.getStyleClass().add("link-depth");
        depth.setFont(Font.font(null, javafx.scene.text.FontWeight.BOLD, 11));
        depth.setCache(true);
        gauge.setVisible(false);
        // Zooming back in shows the number the samples left, not a stale one.
        depth.visibleProperty().addListener((o, was, now) -> {
            if (now && shownDepth >= 0) {
                showDepthText(System.nanoTime());
            }
        });
        getChildren().addAll(hit, curve, arrow);
        labelWords.add(label);
        // What changes while a run goes lives apart, above all links, so that the links' still
        // picture can be kept as one bitmap (see LinkLiveLayer).
        liveParts.getChildren().add(gauge);
        depthWords.add(depth);
        liveParts.visibleProperty().bind(visibleProperty());
        setId("link-" + link.id());
        liveParts.setId("link-live-" + link.id());
    }

    Link link() {
        return link;
    }

    void update(LinkLayout.Placed placed) {
        this.link = placed.link();
        this.route = placed.route();
        hit.getElements().setAll(route.corridor(HIT_HALF_WIDTH));
        curve.getElements().setAll(route.pathElements());
        flowPoints = route.flattened();
        Point2D to = route.end();
        double dir = placed.toRight() ? 1 : -1;
        arrow.getPoints().setAll(to.getX(), to.getY(), to.getX() + dir * 10, to.getY() - 5, to.getX() + dir * 10,
                to.getY() + 5);
        label.setText(link.endpoint());
        Point2D origin = placed.labelOrigin(label.getLayoutBounds().getWidth());
        label.setX(origin.getX());
        label.setY(origin.getY());
        block = placed.block();
        placeLive();
    }

    /** Where the label, gauge and count are kept, in canvas units. */
    javafx.geometry.Bounds block() {
        return block;
    }

    LinkRoute route() {
        return route;
    }

    /** The gauge in the block's middle under the label; the count, which changes width, from its left edge. */
    private void placeLive() {
        if (block == null) {
            return;
        }
        double left = block.getMinX() + (block.getWidth() - QueueGauge.WIDTH) / 2;
        depth.setX(block.getMinX() + 3);
        depth.setY(block.getMinY() + LinkLayout.DEPTH_BASELINE);
        gauge.setLayoutX(left);
        gauge.setLayoutY(block.getMinY() + LinkLayout.GAUGE_TOP);
    }

    /** A point on the curve, {@code t} from 0 at the connecting end to 1 at the binding end. */
    @Override
    public Point2D at(double t) {
        return route == null ? Point2D.ZERO : route.at(t);
    }

    /** The queue ZeroMQ holds on this link: amber from 70 % of its HWM, red from 95 %. */
    void setDepth(long messages, long capacity) {
        setDepth(messages, capacity, false);
    }

    /**
     * {@code atOnce}: say the number now (a closed connection's empty queue); otherwise the count
     * changes at most {@link #DEPTH_TEXT_NANOS} apart while the gauge follows every sample.
     */
    private void setDepth(long messages, long capacity, boolean atOnce) {
        // Fifty samples a second per link, mostly the same: only a change costs a text layout.
        if (messages == shownDepth && capacity == shownCapacity && gauge.isVisible()) {
            return;
        }
        shownDepth = messages;
        shownCapacity = capacity;
        String level = QueueGauge.level(messages, capacity);
        // Hidden (zoomed far out), the exact number is not worth a text layout per frame.
        if (depth.isVisible()) {
            long now = System.nanoTime();
            if (atOnce || now - depthTextNanos >= DEPTH_TEXT_NANOS) {
                showDepthText(now);
            } else {
                depthTextDue = true;
            }
        }
        if (!java.util.Objects.equals(level, depthLevel)) {
            // Style classes only when the level changes: each change costs a CSS pass.
            if (depthLevel != null) {
                depth.getStyleClass().remove(depthLevel);
            }
            if (level != null) {
                depth.getStyleClass().add(level);
            }
            depthLevel = level;
        }
        gauge.setVisible(true);
        gauge.show(messages, capacity);
    }

    private void showDepthText(long now) {
        depthTextNanos = now;
        depthTextDue = false;
        depth.setText(shownCapacity > 0
                ? TEXTS.get("queue.countOfHwm", Long.toString(shownDepth), Long.toString(shownCapacity))
                : TEXTS.get("queue.count", Long.toString(shownDepth)));
    }

    /** Messages lost at this link's HWM: the gauge shows the queue was full from the sender's view. */
    void dropsAtHwm(long count, long nowNanos) {
        gauge.setVisible(true);
        gauge.dropped(count, nowNanos);
    }

    String depthText() {
        return depth.getText();
    }

    QueueGauge gauge() {
        return gauge;
    }

    /** Messages written into this link since the last frame, each way. */
    void traffic(long forward, long backward) {
        rate.add(forward, backward);
    }

    FlowRate rate() {
        return rate;
    }

    /**
     * Decides the flow dashes ({@link FlowLayer} draws them): thickness by rate, direction by where
     * most messages go. Below the token rate there are none and single messages travel as tokens.
     */
    void animate(long nowNanos) {
        if (depthTextDue && depth.isVisible() && System.nanoTime() - depthTextNanos >= DEPTH_TEXT_NANOS) {
            showDepthText(System.nanoTime());
        }
        rate.tick(nowNanos);
        gauge.tick(nowNanos);
        double perSecond = rate.perSecond();
        dashes = perSecond >= FlowRate.TOKEN_LIMIT;
        if (dashes) {
            double width = FlowDashes.width(perSecond);
            // A rate wobbling at a boundary would move the link between paths every frame.
            if (Math.abs(width - dashWidth) >= FlowDashes.WIDTH_HYSTERESIS) {
                dashWidth = width;
            }
            dashesForward = rate.forwardShare() >= 0.5;
        }
    }

    boolean showsDashes() {
        return dashes;
    }

    double dashWidth() {
        return dashWidth;
    }

    boolean dashesForward() {
        return dashesForward;
    }

    double[] flowPoints() {
        return flowPoints;
    }

    /** The queue gauge and count, kept in {@link LinkLiveLayer}. */
    /** Zoomed out far: label and queue count leave the scene; zoomed in, they come back. */
    void setFar(boolean far) {
        labelWords.setFar(far);
        depthWords.setFar(far);
    }

    Group liveParts() {
        return liveParts;
    }

    /** The connection's state as the engine's monitor saw it: connecting and retrying dash the line. */
    void setConnection(ConnectionState state, String detail) {
        this.connection = state;
        this.connectionDetail = detail;
        curve.getStyleClass().removeAll("conn-connecting", "conn-connected", "conn-disconnected", "conn-retrying");
        if (state != null) {
            curve.getStyleClass().add(switch (state) {
                case CONNECTED -> "conn-connected";
                case DISCONNECTED, BIND_FAILED -> "conn-disconnected";
                case RETRYING -> "conn-retrying";
                case CONNECTING, LISTENING -> "conn-connecting";
            });
            connectionTip.setText(ConnectionWords.of(state, detail));
            if ((state == ConnectionState.DISCONNECTED || state == ConnectionState.BIND_FAILED) && gauge.isVisible()) {
                // A closed connection's pipes and what they held are gone; the engine stops sampling it.
                setDepth(0, gauge.capacity(), true);
            }
            Tooltip.install(hit, connectionTip);
        } else {
            Tooltip.uninstall(hit, connectionTip);
        }
    }

    /** Says the connection's state again in the current language (states come once per change). */
    void relabel() {
        if (connection != null) {
            connectionTip.setText(ConnectionWords.of(connection, connectionDetail));
        }
        if (shownDepth >= 0 && depth.isVisible()) {
            showDepthText(System.nanoTime());
        }
        gauge.relabel();
    }

    ConnectionState connection() {
        return connection;
    }

    void clearLive() {
        depth.setText("");
        shownDepth = -1;
        shownCapacity = -1;
        depthTextDue = false;
        depthTextNanos = 0;
        if (depthLevel != null) {
            depth.getStyleClass().remove(depthLevel);
            depthLevel = null;
        }
        gauge.setVisible(false);
        gauge.reset();
        rate.reset();
        dashes = false;
        dashWidth = 0;
        setConnection(null, null);
    }

    void setSelected(boolean selected) {
        StyleClasses.set(curve, "selected", selected);
    }
}
