package org.zmqdesigner.app.canvas;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ObservableList;
import javafx.scene.Node;

/**
 * Parts of a view that leave the scene graph while the canvas is zoomed out far (below
 * {@link CanvasView#FAR_ZOOM}), where their text would be a few pixels high: link labels and
 * queue counts, socket names and types, node subtitles and live numbers. Hidden is not enough:
 * JavaFX walks every node of the scene on every pulse (bounds, and picking while the pointer is
 * over the window), and at 100 nodes these were 800 of the canvas's 3,500 nodes. Parts sit
 * together among their siblings, right after {@code after} (or first when it is null), and come
 * back there, shown, when the canvas zooms in.
 */
final class FarDetail {

    private final ObservableList<Node> siblings;
    private final Node after;
    private final List<Node> parts = new ArrayList<>();
    private boolean far;

    FarDetail(ObservableList<Node> siblings, Node after) {
        this.siblings = siblings;
        this.after = after;
    }

    /** Adds a part after the others: in the scene now unless far. */
    void add(Node part) {
        parts.add(part);
        if (!far) {
            siblings.add(start() + parts.size() - 1, part);
        } else {
            part.setVisible(false);
        }
    }

    /** Takes every part out, for a view that rebuilds them. */
    void clear() {
        if (!far) {
            siblings.removeAll(parts);
        }
        parts.clear();
    }

    void setFar(boolean far) {
        if (far == this.far) {
            return;
        }
        this.far = far;
        if (far) {
            siblings.removeAll(parts);
            // Set hidden too: a part's code reads its visibility to skip work nobody would see.
            parts.forEach(part -> part.setVisible(false));
        } else {
            parts.forEach(part -> part.setVisible(true));
            siblings.addAll(start(), parts);
        }
    }

    boolean far() {
        return far;
    }

    private int start() {
        return after == null ? 0 : siblings.indexOf(after) + 1;
    }
}
