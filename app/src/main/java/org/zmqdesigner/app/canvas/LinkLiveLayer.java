package org.zmqdesigner.app.canvas;

import java.util.Collection;
import javafx.geometry.Bounds;
import javafx.scene.CacheHint;
import javafx.scene.Group;

/**
 * What a run changes on the links, drawn above all of them: the flow marks ({@link FlowLayer})
 * and every link's queue gauge and count. Kept apart so that, while a run animates, the links'
 * still picture (curves, arrows, endpoint labels) is one cached bitmap: the software renderer
 * repaints the whole canvas every frame when two hundred gauges and dashes move, and redrawing
 * two hundred routed curves from scratch each time was most of its work.
 */
final class LinkLiveLayer extends Group {

    /** A cached picture larger than this, in pixels either way, would cost more memory than it saves. */
    static final double MAX_CACHE_PIXELS = 4096;

    private final Group still;
    private final FlowLayer flows;
    private final Group parts = new Group();
    private double zoom = 1;

    /** {@code still}: the layer of link views whose picture this layer keeps cached while it animates. */
    LinkLiveLayer(Group still, javafx.scene.transform.Translate pan, javafx.scene.transform.Scale scale,
                  javafx.scene.layout.Region viewport) {
        this.still = still;
        this.flows = new FlowLayer(pan, scale, viewport);
        setId("link-live-layer");
        getChildren().addAll(flows, parts);
    }

    void add(LinkView view) {
        parts.getChildren().add(view.liveParts());
    }

    void remove(LinkView view) {
        parts.getChildren().remove(view.liveParts());
    }

    void setZoom(double zoom) {
        this.zoom = zoom;
    }

    /** One frame of a run: the links' dashes move; their still picture is drawn from the cache. */
    void animate(Collection<LinkView> links) {
        flows.animate(links);
        Bounds bounds = still.getBoundsInLocal();
        boolean small = bounds.getWidth() * zoom <= MAX_CACHE_PIXELS && bounds.getHeight() * zoom <= MAX_CACHE_PIXELS;
        if (still.isCache() != small) {
            still.setCacheHint(CacheHint.QUALITY);
            still.setCache(small);
        }
    }

    /** The links were moved or restyled by an edit: draw them directly again until the next run frame. */
    void stillChanged() {
        still.setCache(false);
    }

    FlowLayer flows() {
        return flows;
    }

    /** Whether the links' still picture is drawn from its cached bitmap now. */
    boolean stillCached() {
        return still.isCache();
    }

    void clear() {
        flows.clear();
        still.setCache(false);
    }
}
