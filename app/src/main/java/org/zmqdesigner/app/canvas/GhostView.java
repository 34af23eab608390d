package org.zmqdesigner.app.canvas;

import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.Path;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.zmqdesigner.engine.text.Texts;

/**
 * A program outside the topology connected to one of its sockets (one of the zguide's examples,
 * say): drawn as a dashed box at its address, linked to the socket, while it stays connected. Its
 * traffic moves along that link like any other.
 */
final class GhostView extends Group implements Track, GhostBox {

    private final Rectangle box = new Rectangle(WIDTH, HEIGHT);
    private static final Texts TEXTS = Texts.of(GhostView.class);

    private final Text title = new Text();
    private final Tooltip tip = new Tooltip();
    private final Text address = new Text();
    private final Path curve = new Path();
    private final Path flow = new Path();
    private LinkRoute route;
    private final FlowRate rate = new FlowRate();
    private final String node;
    private final String peer;
    private final String socket;
    private boolean placed;

    GhostView(String node, String socket, String peer) {
        this.node = node;
        this.peer = peer;
        this.socket = socket;
        getStyleClass().add("ghost-node");
        box.getStyleClass().add("ghost-box");
        box.setArcWidth(10);
        box.setArcHeight(10);
        title.getStyleClass().add("ghost-title");
        title.setFont(Font.font(null, FontWeight.BOLD, 12));
        title.setTextOrigin(VPos.CENTER);
        address.getStyleClass().add("ghost-address");
        address.setFont(Font.font(11));
        address.setTextOrigin(VPos.CENTER);
        address.setText(peer);
        curve.getStyleClass().add("ghost-link");
        flow.getStyleClass().add("link-flow");
        FlowDashes.pattern(flow);
        for (Path c : new Path[] {curve, flow}) {
            c.setFill(null);
            c.setMouseTransparent(true);
        }
        flow.setVisible(false);
        getChildren().addAll(curve, flow, box, title, address);
        relabel();
        Tooltip.install(box, tip);
        setUserData(node + "@" + peer);
    }

    /** The title and tooltip in the current language. */
    void relabel() {
        title.setText(TEXTS.get("ghost.title"));
        tip.setText(TEXTS.get("ghost.tooltip", node, socket, peer));
    }

    String node() {
        return node;
    }

    String peer() {
        return peer;
    }

    String addressText() {
        return address.getText();
    }

    @Override
    public boolean placed() {
        return placed;
    }

    @Override
    public javafx.geometry.Bounds boxBounds() {
        return box.getBoundsInParent();
    }

    /** Puts the box at {@code topLeft} and draws its link to the socket's port. */
    void place(Point2D topLeft, Point2D port) {
        placed = true;
        box.setX(topLeft.getX());
        box.setY(topLeft.getY());
        title.setX(topLeft.getX() + 10);
        title.setY(topLeft.getY() + 14);
        address.setX(topLeft.getX() + 10);
        address.setY(topLeft.getY() + 31);
        route = routeTo(topLeft, port);
        curve.getElements().setAll(route.pathElements());
        flow.getElements().setAll(route.pathElements());
    }

    /**
     * The same curve as a link's, from a ghost box at {@code topLeft} to a socket's port: it leaves
     * the box's edge facing the socket and enters the port.
     */
    static LinkRoute routeTo(Point2D topLeft, Point2D port) {
        boolean leftOfPort = topLeft.getX() + WIDTH / 2 < port.getX();
        double sx = leftOfPort ? topLeft.getX() + WIDTH : topLeft.getX();
        double sy = topLeft.getY() + HEIGHT / 2;
        return LinkRoute.between(new Point2D(sx, sy), leftOfPort, port, !leftOfPort);
    }

    /** A point on its link, 0 at the ghost, 1 at the socket. */
    @Override
    public Point2D at(double t) {
        return route == null ? Point2D.ZERO : route.at(t);
    }

    void traffic(long inbound, long outbound) {
        rate.add(inbound, outbound);
    }

    FlowRate rate() {
        return rate;
    }

    void animate(long nowNanos) {
        rate.tick(nowNanos);
        FlowDashes.animate(flow, rate);
    }
}
