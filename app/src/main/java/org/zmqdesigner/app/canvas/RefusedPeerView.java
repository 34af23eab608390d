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
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * A hostile ghost: a host whose connections to one node were refused because they never completed
 * the ZeroMQ handshake. One per (node, host), however many connections (a probe makes hundreds),
 * and it stays until the run is cleared, so a short attack is not missed. Unlike an outside
 * program's ghost it carries no traffic: nothing it sent reached the socket. Its red border, shield
 * and dotted link tell the two apart at a glance.
 */
final class RefusedPeerView extends Group implements GhostBox {

    private final Rectangle box = new Rectangle(WIDTH, HEIGHT);
    private final FontIcon shield = new FontIcon(MaterialDesignS.SHIELD_ALERT_OUTLINE);
    private final Text title = new Text();
    private final Text count = new Text();
    /** The title and count, cut at the box's edge: a long IPv6 host is read in full in the tooltip. */
    private final Group words;
    private final Rectangle wordsClip = new Rectangle();
    private final Path curve = new Path();
    private final Tooltip tip = new Tooltip();
    private final String node;
    private final String socket;
    private final String host;
    private long refused;
    private boolean placed;

    RefusedPeerView(String node, String socket, String host) {
        this.node = node;
        this.socket = socket;
        this.host = host;
        getStyleClass().add("refused-ghost");
        box.getStyleClass().add("refused-ghost-box");
        box.setArcWidth(10);
        box.setArcHeight(10);
        shield.getStyleClass().add("refused-ghost-shield");
        shield.setTextOrigin(VPos.CENTER);
        title.getStyleClass().add("refused-ghost-title");
        title.setFont(Font.font(null, FontWeight.BOLD, 12));
        title.setTextOrigin(VPos.CENTER);
        title.setText(RefusedWords.title(host));
        count.getStyleClass().add("refused-ghost-count");
        count.setFont(Font.font(10.5));
        count.setTextOrigin(VPos.CENTER);
        curve.getStyleClass().add("refused-ghost-link");
        curve.setFill(null);
        curve.setMouseTransparent(true);
        // The box is transparent inside: hovering anywhere on it shows the words, not only on a line.
        box.setPickOnBounds(true);
        tip.setWrapText(true);
        tip.setMaxWidth(380);
        Tooltip.install(box, tip);
        words = new Group(title, count);
        words.setClip(wordsClip);
        words.setMouseTransparent(true);
        getChildren().addAll(curve, box, shield, words);
        setUserData(node + "@" + host);
    }

    String node() {
        return node;
    }

    String host() {
        return host;
    }

    long refused() {
        return refused;
    }

    String titleText() {
        return title.getText();
    }

    String countText() {
        return count.getText();
    }

    String tooltipText() {
        return tip.getText();
    }

    /** Connections refused from this host so far in the run; counts only grow, so a late, lower one is ignored. */
    void setRefused(long refusedFromHost) {
        if (refusedFromHost <= refused) {
            return;
        }
        refused = refusedFromHost;
        relabel();
    }

    /** The title, count and explanation in the current language. */
    void relabel() {
        title.setText(RefusedWords.title(host));
        if (refused > 0) {
            count.setText(RefusedWords.count(refused));
            tip.setText(RefusedWords.explanation(host, node, socket, refused));
            box.setAccessibleText(title.getText() + ", " + count.getText());
        }
    }

    @Override
    public boolean placed() {
        return placed;
    }

    @Override
    public javafx.geometry.Bounds boxBounds() {
        return box.getBoundsInParent();
    }

    /** Puts the box at {@code topLeft} and draws its dotted link to the socket's port. */
    void place(Point2D topLeft, Point2D port) {
        placed = true;
        box.setX(topLeft.getX());
        box.setY(topLeft.getY());
        // The shield beside the title; the count below both, the full width, so "1,234 connections
        // refused" fits.
        shield.setX(topLeft.getX() + 7);
        shield.setY(topLeft.getY() + 14);
        title.setX(topLeft.getX() + 25);
        title.setY(topLeft.getY() + 14);
        count.setX(topLeft.getX() + 9);
        count.setY(topLeft.getY() + 31);
        wordsClip.setX(topLeft.getX() + 4);
        wordsClip.setY(topLeft.getY());
        wordsClip.setWidth(WIDTH - 8);
        wordsClip.setHeight(HEIGHT);
        curve.getElements().setAll(GhostView.routeTo(topLeft, port).pathElements());
    }
}
