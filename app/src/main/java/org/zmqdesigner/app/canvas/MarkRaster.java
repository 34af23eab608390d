package org.zmqdesigner.app.canvas;

import java.nio.IntBuffer;
import java.util.Arrays;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * Small squares of one colour painted straight into an image's pixels, with their edges
 * antialiased by the share of each pixel they cover. The flow layer draws thousands of marks a
 * frame; as canvas commands each was a fill the software renderer set up and rasterised on its
 * own (a quarter of its time at 100 nodes), here each is a few array writes, and the image goes
 * to the screen as one picture. The image reads the array itself (a {@link PixelBuffer}, so no
 * copy and no conversion); only the area that held marks last frame or holds them now is cleared
 * and marked as changed. One thread paints a raster at a time (see {@link FlowPainter}); the
 * image is told on the FX thread.
 */
final class MarkRaster {

    private final WritableImage image;
    private final PixelBuffer<IntBuffer> buffer;
    private final int width;
    private final int height;
    private final int[] pixels;
    /** The colour at each coverage 0–256, premultiplied ARGB. */
    private final int[] shades = new int[257];
    private Color colour;
    /** Bounds of the marks painted since {@link #begin}: min x, min y, max x, max y (exclusive). */
    private int minX;
    private int minY;
    private int maxX;
    private int maxY;
    /** The same for the picture the image holds now. */
    private final int[] shown = {0, 0, 0, 0};
    /** The area a finished picture changed, until the image is told; null when none. */
    private Rectangle2D changed;
    /** Each square painted since {@link #begin}: x0, y0, x1, y1; cleared square by square. */
    private int[] painted = new int[4 * 1024];
    private int paintedCount;
    private int[] columnShare = new int[16];
    private int[] rowShare = new int[16];

    MarkRaster(int width, int height) {
        this.width = Math.max(1, width);
        this.height = Math.max(1, height);
        this.pixels = new int[this.width * this.height];
        this.buffer = new PixelBuffer<>(this.width, this.height, IntBuffer.wrap(pixels),
                PixelFormat.getIntArgbPreInstance());
        this.image = new WritableImage(buffer);
    }

    WritableImage image() {
        return image;
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /** Starts a new picture of marks in {@code colour}: nothing painted yet. */
    void begin(Color colour) {
        if (!colour.equals(this.colour)) {
            this.colour = colour;
            for (int coverage = 0; coverage <= 256; coverage++) {
                shades[coverage] = premultiplied(colour, coverage);
            }
        }
        // Only the squares of the last picture, not the whole area around them.
        for (int k = 0; k < paintedCount; k += 4) {
            int columns = painted[k + 2] - painted[k];
            for (int y = painted[k + 1]; y < painted[k + 3]; y++) {
                // A few pixels a row: a plain loop, not a call per row.
                for (int at = y * width + painted[k], end = at + columns; at < end; at++) {
                    pixels[at] = 0;
                }
            }
        }
        paintedCount = 0;
        minX = width;
        minY = height;
        maxX = 0;
        maxY = 0;
    }

    /**
     * Paints a square of side {@code size} pixels centred on (x, y); parts off the image are cut.
     * A pixel's cover is its column's share times its row's share, in 1/256ths.
     */
    void square(double x, double y, double size) {
        double left = x - size / 2;
        double top = y - size / 2;
        double right = left + size;
        double bottom = top + size;
        int x0 = Math.max(0, (int) Math.floor(left));
        int y0 = Math.max(0, (int) Math.floor(top));
        int x1 = Math.min(width, (int) Math.ceil(right));
        int y1 = Math.min(height, (int) Math.ceil(bottom));
        if (x0 >= x1 || y0 >= y1) {
            return;
        }
        int columns = x1 - x0;
        int rows = y1 - y0;
        if (columns > columnShare.length || rows > rowShare.length) {
            columnShare = new int[Math.max(columns, columnShare.length * 2)];
            rowShare = new int[Math.max(rows, rowShare.length * 2)];
        }
        shares(columnShare, x0, columns, left, right);
        shares(rowShare, y0, rows, top, bottom);
        for (int j = 0; j < rows; j++) {
            int row = (y0 + j) * width + x0;
            int rowCover = rowShare[j];
            for (int i = 0; i < columns; i++) {
                int pixel = shades[(rowCover * columnShare[i] + 128) >> 8];
                // Marks of one colour: where two overlap the pixel keeps the stronger cover.
                if ((pixel >>> 24) > (pixels[row + i] >>> 24)) {
                    pixels[row + i] = pixel;
                }
            }
        }
        painted = ensure(painted, paintedCount + 4);
        painted[paintedCount++] = x0;
        painted[paintedCount++] = y0;
        painted[paintedCount++] = x1;
        painted[paintedCount++] = y1;
        minX = Math.min(minX, x0);
        minY = Math.min(minY, y0);
        maxX = Math.max(maxX, x1);
        maxY = Math.max(maxY, y1);
    }

    /** Each pixel's share (0–256) of the span [from, to), for {@code count} pixels from {@code first}. */
    private static void shares(int[] out, int first, int count, double from, double to) {
        for (int k = 0; k < count; k++) {
            double share = Math.min(to, first + k + 1) - Math.max(from, first + k);
            out[k] = (int) (share * 256 + 0.5);
        }
    }

    private static int[] ensure(int[] array, int length) {
        return length <= array.length ? array : Arrays.copyOf(array, Math.max(length, array.length * 2));
    }

    /**
     * Ends a picture: works out the area that changed since the image last showed this raster
     * (the last picture's marks and this one's). Any thread; then {@link #reveal} on the FX thread.
     */
    void finish() {
        int x0 = Math.min(minX, shown[0]);
        int y0 = Math.min(minY, shown[1]);
        int x1 = Math.max(maxX, shown[2]);
        int y1 = Math.max(maxY, shown[3]);
        if (shown[2] <= shown[0]) {
            // Nothing was shown before: only the new marks' area.
            x0 = minX;
            y0 = minY;
            x1 = maxX;
            y1 = maxY;
        } else if (maxX <= minX) {
            x0 = shown[0];
            y0 = shown[1];
            x1 = shown[2];
            y1 = shown[3];
        }
        changed = x0 < x1 && y0 < y1 ? new Rectangle2D(x0, y0, x1 - x0, y1 - y0) : null;
        shown[0] = minX;
        shown[1] = minY;
        shown[2] = maxX;
        shown[3] = maxY;
    }

    /** On the FX thread: the image shows the finished picture (it redraws the area that changed). */
    void reveal() {
        Rectangle2D area = changed;
        changed = null;
        if (area != null) {
            buffer.updateBuffer(b -> area);
        }
    }

    /** On the FX thread: {@link #finish} and {@link #reveal} at once. */
    void show() {
        finish();
        reveal();
    }

    /** Nothing painted and nothing shown. */
    void erase() {
        begin(colour == null ? Color.TRANSPARENT : colour);
        show();
    }

    private static int premultiplied(Color colour, int coverage) {
        double alpha = colour.getOpacity() * coverage / 256.0;
        int a = (int) Math.round(alpha * 255);
        int r = (int) Math.round(colour.getRed() * alpha * 255);
        int g = (int) Math.round(colour.getGreen() * alpha * 255);
        int b = (int) Math.round(colour.getBlue() * alpha * 255);
        return a << 24 | r << 16 | g << 8 | b;
    }
}
