package org.zmqdesigner.app.canvas;

import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.shape.CubicCurve;
import javafx.scene.shape.Polygon;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.zmqdesigner.engine.model.Link;

/**
 * The picture of one link: a curve from the connecting socket's port to the binding socket's port,
 * an arrowhead at the binding end (the side that binds is where the arrow points), the endpoint as
 * a small label. A wide transparent twin of the curve makes it easy to click.
 */
final class LinkView extends Group {

    private Link link;
    private final CubicCurve hit = new CubicCurve();
    private final CubicCurve curve = new CubicCurve();
    private final Polygon arrow = new Polygon();
    private final Text label = new Text();
    private final Text depth = new Text();

    LinkView(Link link) {
        this.link = link;
        getStyleClass().add("link-view");
        for (CubicCurve c : new CubicCurve[] {hit, curve}) {
            c.setFill(null);
        }
        hit.setStroke(Color.TRANSPARENT);
        hit.setStrokeWidth(12);
        curve.getStyleClass().add("link-curve");
        curve.setStrokeWidth(2);
        arrow.getStyleClass().add("link-arrow");
        label.getStyleClass().add("link-label");
        label.setFont(Font.font(10));
        depth.getStyleClass().add("link-depth");
        depth.setFont(Font.font(null, javafx.scene.text.FontWeight.BOLD, 11));
        getChildren().addAll(hit, curve, arrow, label, depth);
        setId("link-" + link.id());
    }

    Link link() {
        return link;
    }

    void update(Link next, Point2D from, Point2D to, boolean fromRight, boolean toRight) {
        this.link = next;
        double bend = Math.max(40, Math.abs(to.getX() - from.getX()) / 2);
        for (CubicCurve c : new CubicCurve[] {hit, curve}) {
            c.setStartX(from.getX());
            c.setStartY(from.getY());
            c.setControlX1(from.getX() + (fromRight ? bend : -bend));
            c.setControlY1(from.getY());
            c.setControlX2(to.getX() + (toRight ? bend : -bend));
            c.setControlY2(to.getY());
            c.setEndX(to.getX());
            c.setEndY(to.getY());
        }
        double dir = toRight ? 1 : -1;
        arrow.getPoints().setAll(to.getX(), to.getY(), to.getX() + dir * 10, to.getY() - 5, to.getX() + dir * 10,
                to.getY() + 5);
        label.setText(next.endpoint());
        label.setX((from.getX() + to.getX()) / 2 - label.getLayoutBounds().getWidth() / 2);
        label.setY((from.getY() + to.getY()) / 2 - 6);
    }

    /** The queue ZeroMQ holds on this link: amber from 70 % of its HWM, red from 95 %. */
    void setDepth(long messages, long capacity) {
        depth.setText(capacity > 0 ? "queue " + messages + " / " + capacity : "queue " + messages);
        depth.setX(label.getX());
        depth.setY(label.getY() + 24);
        depth.getStyleClass().removeAll("depth-amber", "depth-red");
        if (capacity > 0 && messages >= 0.95 * capacity) {
            depth.getStyleClass().add("depth-red");
        } else if (capacity > 0 && messages >= 0.7 * capacity) {
            depth.getStyleClass().add("depth-amber");
        }
    }

    String depthText() {
        return depth.getText();
    }

    void clearLive() {
        depth.setText("");
    }

    void setSelected(boolean selected) {
        if (selected) {
            if (!curve.getStyleClass().contains("selected")) {
                curve.getStyleClass().add("selected");
            }
        } else {
            curve.getStyleClass().remove("selected");
        }
    }

    /** While running, the live layer draws on top; this marks the link as in error or fine. */
    void setProblem(boolean problem) {
        if (problem) {
            if (!curve.getStyleClass().contains("problem")) {
                curve.getStyleClass().add("problem");
            }
        } else {
            curve.getStyleClass().remove("problem");
        }
    }
}
