package org.zmqdesigner.app.canvas;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * Why a link was refused, in the validator's full words, beside the pointer: a wrapped box of
 * bounded width that always fits inside the canvas (the status bar would cut it off). It sits
 * on a layer of its own that the window puts over the canvas and whatever floats on it (the
 * legend), not in the zoomed drawing, so it reads the same at every zoom. It goes away when the
 * next gesture starts or another design opens.
 */
final class LinkExplanation {

    /** Wide enough for a sentence per line, narrow enough to stay beside the pointer. */
    static final double MAX_WIDTH = 380;
    private static final double GAP = 14;
    private static final double MARGIN = 8;

    private final Label title = new Label();
    private final Label text = new Label();
    private final VBox box = new VBox(4, title, text);
    private final javafx.scene.layout.Pane layer = new javafx.scene.layout.Pane(box);

    LinkExplanation() {
        box.setId("link-explanation");
        box.getStyleClass().add("link-explanation");
        title.getStyleClass().add("link-explanation-title");
        text.getStyleClass().add("link-explanation-text");
        title.setWrapText(true);
        text.setWrapText(true);
        // Informative only: clicks go through to the canvas (and the press hides it).
        box.setMouseTransparent(true);
        box.setVisible(false);
        box.setManaged(false);
        layer.setMouseTransparent(true);
        layer.setPickOnBounds(false);
        // Placed for the canvas as it was; a resized canvas could cut it, so it goes.
        layer.widthProperty().addListener(o -> hide());
        layer.heightProperty().addListener(o -> hide());
    }

    /** The layer to lay over the canvas, the same size and place as it. */
    javafx.scene.layout.Region layer() {
        return layer;
    }

    /**
     * Shows the explanation near a point of the scene, kept inside the canvas's visible area: the layer
     * may be larger than the canvas (it spans the cell the window gives both), so the canvas's own
     * bounds, in the layer's coordinates, are the limit.
     */
    void show(String heading, String explanation, javafx.geometry.Point2D scenePoint, javafx.scene.Node canvas) {
        javafx.geometry.Point2D at = scenePoint == null ? null : layer.sceneToLocal(scenePoint);
        javafx.geometry.Bounds area = layer.sceneToLocal(canvas.localToScene(canvas.getLayoutBounds()));
        double originX = area == null ? 0 : Math.max(0, area.getMinX());
        double originY = area == null ? 0 : Math.max(0, area.getMinY());
        double viewportWidth = (area == null ? layer.getWidth() : Math.min(layer.getWidth(), area.getMaxX())) - originX;
        double viewportHeight = (area == null ? layer.getHeight() : Math.min(layer.getHeight(), area.getMaxY()))
                - originY;
        // A pointer reported outside the canvas (a drop at its edge) is taken at the edge.
        double x = Math.max(0, Math.min(viewportWidth, at == null ? viewportWidth / 2 : at.getX() - originX));
        double y = Math.max(0, Math.min(viewportHeight, at == null ? viewportHeight / 2 : at.getY() - originY));
        title.setText(heading);
        text.setText(explanation);
        double width = Math.max(120, Math.min(MAX_WIDTH, viewportWidth - 2 * MARGIN));
        box.applyCss();
        box.setPrefWidth(width);
        box.setMaxWidth(width);
        double height = box.prefHeight(width);
        box.resize(width, height);
        double left = Math.min(x + GAP, viewportWidth - width - MARGIN);
        // Below the pointer if it fits, else above it, else as high as the canvas allows.
        double top = y + GAP + height + MARGIN <= viewportHeight ? y + GAP : y - GAP - height;
        // Whatever the pointer's place, the whole box stays inside the canvas.
        top = Math.min(top, viewportHeight - height - MARGIN);
        box.relocate(originX + Math.max(MARGIN, left), originY + Math.max(MARGIN, top));
        box.setVisible(true);
        box.toFront();
    }

    void hide() {
        box.setVisible(false);
    }

    boolean showing() {
        return box.isVisible();
    }
}
