package org.zmqdesigner.app.export;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;
import org.zmqdesigner.app.canvas.CanvasView;

/**
 * The design as a PNG picture that matches the SVG export: the drawing at 100 % (times the scale)
 * whatever the canvas's zoom, without the selection highlight, on white, with the legend under
 * it and the SVG's margin all round.
 *
 * <p><b>Threading:</b> on the JavaFX application thread, as snapshots must be.
 */
public final class DesignPicture {

    /** Space between the drawing and the legend, in canvas units. */
    static final double LEGEND_GAP = 20;

    /** The legend's looks in a picture: light, whatever the window's theme. */
    private static final String LEGEND_STYLE = "-color-fg-default: #1f2937; -color-fg-muted: #6b7280;"
            + " -fx-background-color: #ffffff; -fx-border-color: #d1d5db; -fx-background-radius: 6;"
            + " -fx-border-radius: 6;";

    private DesignPicture() {
    }

    /** Writes the picture of {@code canvas}'s design to {@code file}, atomically. */
    public static void write(CanvasView canvas, Path file, double scale) throws IOException {
        PngExporter.write(render(canvas, scale), file);
    }

    /** The picture of {@code canvas}'s design at {@code scale} pixels per canvas unit. */
    public static BufferedImage render(CanvasView canvas, double scale) {
        Node drawing = canvas.drawing();
        BufferedImage picture = canvas.asPicture(() -> PngExporter.render(drawing, atFullSize(canvas, scale),
                PngExporter.DEFAULT_BACKGROUND));
        BufferedImage legend = legend(scale);
        int margin = (int) Math.round(SvgExporter.MARGIN * scale);
        int gap = (int) Math.round(LEGEND_GAP * scale);
        int width = Math.max(picture.getWidth(), legend.getWidth()) + 2 * margin;
        int height = picture.getHeight() + gap + legend.getHeight() + 2 * margin;
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.drawImage(picture, margin, margin, null);
            // Under the drawing, at its right edge, where the SVG puts it when no corner is free.
            int legendX = margin + Math.max(0, picture.getWidth() - legend.getWidth());
            g.drawImage(legend, legendX, margin + picture.getHeight() + gap, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /**
     * The drawing alone, without legend or margin, on a transparent background and scaled down to
     * fit {@code maxWidth} × {@code maxHeight} pixels (never enlarged beyond {@code maxScale}): a
     * small picture of a design, such as a sample's in the gallery. Cheap enough for a handful per
     * frame; callers cache it.
     */
    public static WritableImage thumbnail(CanvasView canvas, double maxWidth, double maxHeight, double maxScale) {
        Node drawing = canvas.drawing();
        return canvas.asPicture(() -> {
            // The drawing's bounds in its parent carry the view's zoom; the picture is of the design at 100 %.
            var bounds = drawing.getBoundsInParent();
            double width = bounds.getWidth() / canvas.zoom();
            double height = bounds.getHeight() / canvas.zoom();
            double scale = Math.min(maxScale, Math.min(maxWidth / width, maxHeight / height));
            return PngExporter.snapshot(drawing, atFullSize(canvas, scale), Color.TRANSPARENT);
        });
    }

    /**
     * What takes the drawing from the view to the picture: the drawing carries the view's pan and
     * zoom, and the picture is of the design at {@code scale} pixels a unit wherever the view is,
     * down to the pixel (a picture's size must not depend on where the canvas was scrolled).
     */
    private static Transform atFullSize(CanvasView canvas, double scale) {
        double perZoom = scale / canvas.zoom();
        Transform view = canvas.drawing().getLocalToParentTransform();
        return Transform.scale(perZoom, perZoom).createConcatenation(Transform.translate(-view.getTx(), -view.getTy()));
    }

    private static BufferedImage legend(double scale) {
        LegendView legend = new LegendView();
        legend.setStyle(LEGEND_STYLE);
        // In a scene of its own, so that CSS and layout apply before the snapshot.
        new Scene(new StackPane(legend), Color.WHITE);
        return PngExporter.render(legend, Transform.scale(scale, scale), PngExporter.DEFAULT_BACKGROUND);
    }
}
