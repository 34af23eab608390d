package org.zmqdesigner.app.gallery;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import org.zmqdesigner.app.DesignerApp;
import org.zmqdesigner.app.canvas.CanvasView;
import org.zmqdesigner.app.document.DesignDocument;
import org.zmqdesigner.app.export.DesignPicture;
import org.zmqdesigner.engine.model.Topology;

/**
 * Small pictures of designs for the gallery's cards, drawn by the canvas itself (through
 * {@link DesignPicture#thumbnail}) so a card looks like the design will once opened. Kept for the
 * life of the application, by design and theme: opening the gallery again costs nothing, and a
 * sample file that changed (a different topology) gets a new picture.
 *
 * <p><b>Threading:</b> FX thread only (snapshots must be taken there).
 */
final class SamplePictures {

    /** The largest picture, in layout pixels; {@link #DENSITY} times as many image pixels. */
    static final double WIDTH = 320;
    static final double HEIGHT = 180;
    /** Image pixels per layout pixel: sharp on HiDPI screens, smoothly scaled down elsewhere. */
    static final double DENSITY = 2;
    /** Small designs are not blown up beyond the canvas's 100 %. */
    private static final double MAX_SCALE = 1;
    private static final int KEPT = 64;

    private static final SamplePictures SHARED = new SamplePictures();

    private record Key(Topology topology, String theme) {
    }

    private final Map<Key, Image> pictures = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Image> eldest) {
            return size() > KEPT;
        }
    };

    static SamplePictures shared() {
        return SHARED;
    }

    /** The picture if it was drawn before in this theme; null otherwise. */
    Image cached(Topology topology) {
        return pictures.get(key(topology));
    }

    /**
     * The picture, drawn now unless cached (a few milliseconds for a sample-sized design); null for
     * a design without nodes, which has nothing to draw.
     */
    Image of(Topology topology) {
        return pictures.computeIfAbsent(key(topology), key -> draw(key.topology()));
    }

    /** The theme (AtlantaFX's stylesheet) colours the nodes, so a picture belongs to one theme. */
    private static Key key(Topology topology) {
        return new Key(topology, String.valueOf(Application.getUserAgentStylesheet()));
    }

    private static Image draw(Topology topology) {
        if (topology.nodes().isEmpty()) {
            return null;
        }
        CanvasView canvas = new CanvasView(new DesignDocument(topology));
        // A scene of its own, never shown, so that the canvas's stylesheet applies to the snapshot.
        Scene scene = new Scene(canvas.view());
        scene.getStylesheets().add(DesignerApp.class.getResource("designer.css").toExternalForm());
        return DesignPicture.thumbnail(canvas, WIDTH * DENSITY, HEIGHT * DENSITY, MAX_SCALE * DENSITY);
    }
}
