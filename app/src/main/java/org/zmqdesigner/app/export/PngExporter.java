package org.zmqdesigner.app.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.transform.Transform;
import javax.imageio.ImageIO;
import org.zmqdesigner.engine.io.AtomicFile;

/**
 * A JavaFX node (the canvas, or any part of the window) as a PNG picture. The node is rendered
 * with a scale transform, so a scale of 2 gives a picture with twice the pixels in each direction:
 * sharp on HiDPI screens and slides. The picture is as large as the node's bounds in its parent,
 * times the scale.
 *
 * <p><b>Threading:</b> every method must be called on the JavaFX application thread, as
 * {@link Node#snapshot} must; called from any other thread they throw {@link IllegalStateException}.
 * The file is written on the calling thread, atomically (a temporary file in the same folder is
 * moved over the target).
 */
public final class PngExporter {

    /** The scale for HiDPI-quality pictures. */
    public static final double DEFAULT_SCALE = 2;

    /** Background behind transparent parts of the node, unless the caller names another. */
    public static final Paint DEFAULT_BACKGROUND = Color.WHITE;

    /** The largest scaled picture side, in pixels: larger snapshots exhaust the renderer. */
    public static final int MAX_SIDE = 16_384;

    private PngExporter() {
    }

    /**
     * Writes {@code content} as a PNG on a white background. Call on the FX thread.
     *
     * @param scale pixels per canvas unit, such as {@link #DEFAULT_SCALE}; must be positive
     * @throws IllegalStateException when not called on the JavaFX application thread
     */
    public static void write(Node content, Path file, double scale) throws IOException {
        write(content, file, scale, DEFAULT_BACKGROUND);
    }

    /**
     * Writes {@code content} as a PNG on the given background, such as the theme's background
     * colour; {@link Color#TRANSPARENT} keeps transparency. Call on the FX thread.
     *
     * @param scale pixels per canvas unit, such as {@link #DEFAULT_SCALE}; must be positive
     * @throws IllegalStateException when not called on the JavaFX application thread
     */
    public static void write(Node content, Path file, double scale, Paint background) throws IOException {
        write(render(content, scale, background), file);
    }

    /** Writes an image as a PNG file, atomically. Any thread. */
    static void write(BufferedImage image, Path file) throws IOException {
        AtomicFile.write(file, temp -> {
            if (!ImageIO.write(image, "png", temp.toFile())) {
                throw new IOException("no PNG writer is available to write " + file);
            }
        });
    }

    /**
     * The snapshot of {@code content}, scaled, as an ARGB image. Call on the FX thread.
     *
     * @throws IllegalStateException when not called on the JavaFX application thread
     */
    public static BufferedImage render(Node content, double scale, Paint background) {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("PNG export must run on the JavaFX application thread, not on "
                    + Thread.currentThread().getName() + "; use Platform.runLater");
        }
        Objects.requireNonNull(content, "content");
        if (!(scale > 0) || !Double.isFinite(scale)) {
            throw new IllegalArgumentException("the scale must be a positive number, not " + scale);
        }
        var bounds = content.getBoundsInParent();
        if (bounds.isEmpty() || bounds.getWidth() * scale < 1 || bounds.getHeight() * scale < 1) {
            throw new IllegalArgumentException("there is nothing to export: the node has no visible size");
        }
        if (bounds.getWidth() * scale > MAX_SIDE || bounds.getHeight() * scale > MAX_SIDE) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "a %.0f × %.0f picture at scale %s would exceed %d pixels a side; use a smaller scale",
                    bounds.getWidth(), bounds.getHeight(), scale, MAX_SIDE));
        }
        return render(content, Transform.scale(scale, scale), background);
    }

    /**
     * The snapshot of {@code content} drawn through {@code transform} (on top of the node's own
     * transforms), as an ARGB image. Call on the FX thread.
     */
    static BufferedImage render(Node content, Transform transform, Paint background) {
        WritableImage snapshot = snapshot(content, transform, background);
        // ARGB rather than the premultiplied type fromFXImage would choose: PNG stores straight alpha.
        BufferedImage argb = new BufferedImage((int) snapshot.getWidth(), (int) snapshot.getHeight(),
                BufferedImage.TYPE_INT_ARGB);
        return SwingFXUtils.fromFXImage(snapshot, argb);
    }

    /**
     * The snapshot of {@code content} drawn through {@code transform} (on top of the node's own
     * transforms), as a JavaFX image to show as it is. Call on the FX thread.
     */
    static WritableImage snapshot(Node content, Transform transform, Paint background) {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("PNG export must run on the JavaFX application thread, not on "
                    + Thread.currentThread().getName() + "; use Platform.runLater");
        }
        var size = transform.transform(content.getBoundsInParent());
        if (size.isEmpty() || size.getWidth() < 1 || size.getHeight() < 1) {
            throw new IllegalArgumentException("there is nothing to export: the node has no visible size");
        }
        if (size.getWidth() > MAX_SIDE || size.getHeight() > MAX_SIDE) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "a %.0f × %.0f pixel picture would exceed %d pixels a side; use a smaller scale",
                    size.getWidth(), size.getHeight(), MAX_SIDE));
        }
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(transform);
        parameters.setFill(background == null ? DEFAULT_BACKGROUND : background);
        return content.snapshot(parameters, null);
    }
}
