package org.zmqdesigner.app.canvas;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import org.zmqdesigner.app.document.DesignDocument;
import org.zmqdesigner.engine.model.Link;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.Topology;
import org.zmqdesigner.engine.text.Texts;

/**
 * The drawing area: a grid, then links under nodes, in canvas coordinates that pan and zoom.
 * One view per model id, updated by diffing the topology after every change (never rebuilt).
 * Mouse gestures live in {@link CanvasGestures}.
 */
public final class CanvasView {

    private static final Texts TEXTS = Texts.of(CanvasView.class);

    static final double MIN_ZOOM = 0.2;
    static final double MAX_ZOOM = 4;
    /** Below this zoom, small text is hidden. */
    static final double FAR_ZOOM = 0.5;

    private final DesignDocument document;
    private final Pane viewport = new Pane();
    private final Canvas grid = new Canvas();
    private final Group content = new Group();
    private final Group linkLayer = new Group();
    private final Group nodeLayer = new Group();
    private final Group overlay = new Group();
    private final LiveLayer live = new LiveLayer();

    private final Scale scale = new Scale(1, 1);
    private final Translate pan = new Translate();
    /** The pan before rounding to whole pixels (see {@link #setPan}). */
    private double panX;
    private double panY;
    private final LinkLiveLayer linkLive = new LinkLiveLayer(linkLayer, pan, scale, viewport);
    private final Map<String, NodeView> nodeViews = new HashMap<>();
    private final Map<String, LinkView> linkViews = new HashMap<>();
    /** Zoomed out below {@link #FAR_ZOOM}: words too small to read are left out of the scene. */
    private boolean far;
    private final RunOverlay runOverlay = new RunOverlay(nodeViews, linkViews, live, linkLive, new RunOverlay.Viewport() {
        @Override
        public Bounds visibleArea() {
            return CanvasView.this.visibleArea();
        }

        @Override
        public void reveal(Bounds box) {
            CanvasView.this.reveal(box);
        }
    });
    private final CanvasGestures gestures;
    private Consumer<String> status = text -> { };
    private CanvasMenus menus = CanvasMenus.NONE;
    private final LinkExplanation explanation = new LinkExplanation();
    /** The style class of highlighted node and link views (see {@link #highlight}). */
    public static final String HIGHLIGHT = "lesson-highlight";
    private Set<String> highlighted = Set.of();
    private java.util.function.Function<String, java.util.List<javafx.scene.control.MenuItem>> runMenu =
            node -> java.util.List.of();

    public CanvasView(DesignDocument document) {
        this.document = document;
        viewport.setId("canvas");
        // What a run shows once (states, connections, ghosts) is said again in a new language.
        LanguageFollow.follow(runOverlay, RunOverlay::relabel);
        viewport.getStyleClass().add("design-canvas");
        viewport.setMinSize(200, 200);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(viewport.widthProperty());
        clip.heightProperty().bind(viewport.heightProperty());
        viewport.setClip(clip);
        content.getTransforms().addAll(pan, scale);
        // Zoomed far out, text is a few pixels high: unreadable, and the bulk of what there is
        // to draw. The stylesheet hides it below this zoom (level of detail).
        scale.xProperty().addListener((o, old, now) -> {
            showFar(now.doubleValue() < FAR_ZOOM);
            live.setZoom(now.doubleValue());
            linkLive.setZoom(now.doubleValue());
        });
        content.getChildren().addAll(linkLayer, linkLive, nodeLayer, live, overlay);
        grid.widthProperty().bind(viewport.widthProperty());
        grid.heightProperty().bind(viewport.heightProperty());
        grid.setMouseTransparent(true);
        viewport.getChildren().addAll(grid, content);
        viewport.widthProperty().addListener(o -> drawGrid());
        viewport.heightProperty().addListener(o -> drawGrid());
        document.topologyProperty().addListener((o, old, now) -> sync(now));
        document.selection().addListener((javafx.collections.SetChangeListener<String>) c -> showSelection());
        gestures = new CanvasGestures(this, document);
        sync(document.topology());
    }

    public Region view() {
        return viewport;
    }

    /** What to do when a palette entry is dropped: the entry's key and the canvas point. */
    public void onPaletteDrop(java.util.function.BiConsumer<String, Point2D> handler) {
        gestures.onPaletteDrop(handler);
    }

    /** Drops a palette entry at a point of the viewport, as a drag from the palette does. */
    public void dropPaletteEntry(String key, double viewportX, double viewportY) {
        gestures.drop(key, toCanvas(viewportX, viewportY));
    }

    /** Links two sockets as a drag from one port to the other would (for keyboard and tests). */
    public void link(org.zmqdesigner.engine.model.SocketRef from, org.zmqdesigner.engine.model.SocketRef to,
                     double screenX, double screenY) {
        javafx.geometry.Point2D local = viewport.screenToLocal(screenX, screenY);
        gestures.finishLink(from, to, screenX, screenY, local == null ? null : viewport.localToScene(local));
    }

    /** What a node's context menu offers while a run is on (kill, restart…); empty when none. */
    public void setRunMenu(java.util.function.Function<String, java.util.List<javafx.scene.control.MenuItem>> menu) {
        this.runMenu = menu;
    }

    /** The right-click menus while editing (canvas, node, link). */
    public void setMenus(CanvasMenus menus) {
        this.menus = menus;
    }

    CanvasMenus menus() {
        return menus;
    }

    /** Why a link was refused, shown in full beside the pointer until the next gesture or design. */
    LinkExplanation explanation() {
        return explanation;
    }

    /**
     * Where explanations float (why a link was refused): the window lays this over the canvas and
     * anything on top of it, same size and place as {@link #view()}. Mouse-transparent.
     */
    public Region popupLayer() {
        return explanation.layer();
    }

    /** Hides a link refusal's explanation (a new design is open). */
    public void clearExplanation() {
        explanation.hide();
    }

    java.util.List<javafx.scene.control.MenuItem> runMenu(String node) {
        return runMenu.apply(node);
    }

    /** Where the canvas says what happened or why something was refused. */
    public void onStatus(Consumer<String> sink) {
        this.status = sink;
    }

    void status(String text) {
        status.accept(text);
    }

    /** The drawing without grid or viewport, for picture export. */
    public javafx.scene.Node drawing() {
        return content;
    }

    /**
     * Runs {@code draw} (a snapshot of {@link #drawing()}) with the drawing as a picture shows it:
     * no selection highlight, and all its text, whatever the zoom. The view is back as it was
     * afterwards. On the FX thread.
     */
    public <T> T asPicture(java.util.function.Supplier<T> draw) {
        nodeViews.values().forEach(view -> view.setSelected(false));
        linkViews.values().forEach(view -> view.setSelected(false));
        showFar(false);
        content.applyCss(); // the words just put back have no style yet; the bounds are measured now
        try {
            return draw.get();
        } finally {
            showFar(zoom() < FAR_ZOOM);
            showSelection();
        }
    }

    /** Level of detail: the stylesheet's {@code .far} rules, and the views' words out of the scene. */
    private void showFar(boolean far) {
        this.far = far;
        StyleClasses.set(content, "far", far);
        nodeViews.values().forEach(view -> view.setFar(far));
        linkViews.values().forEach(view -> view.setFar(far));
    }

    Group overlay() {
        return overlay;
    }

    Pane viewport() {
        return viewport;
    }

    public double zoom() {
        return scale.getX();
    }

    /** Canvas coordinates of a point given in the viewport's coordinates. */
    public Point2D toCanvas(double viewportX, double viewportY) {
        return new Point2D((viewportX - pan.getX()) / scale.getX(), (viewportY - pan.getY()) / scale.getY());
    }

    public Point2D visibleCentre() {
        return toCanvas(viewport.getWidth() / 2, viewport.getHeight() / 2);
    }

    void panBy(double dx, double dy) {
        setPan(panX + dx, panY + dy);
        drawGrid();
    }

    /**
     * Moves the content to (x, y) on whole pixels: at a fractional offset the software renderer
     * resamples every cached bitmap instead of copying it. The exact offset is kept for small drags.
     */
    private void setPan(double x, double y) {
        panX = x;
        panY = y;
        pan.setX(Math.rint(x));
        pan.setY(Math.rint(y));
    }

    /** Zooms by a factor, keeping the viewport point {@code pivotX, pivotY} still. */
    public void zoomBy(double factor, double pivotX, double pivotY) {
        double next = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom() * factor));
        Point2D before = toCanvas(pivotX, pivotY);
        scale.setX(next);
        scale.setY(next);
        setPan(pivotX - before.getX() * next, pivotY - before.getY() * next);
        drawGrid();
        status(TEXTS.get("zoom", String.format(java.util.Locale.ROOT, "%.0f", next * 100)));
    }

    /** The part of the canvas the viewport shows, in canvas units. */
    public Bounds visibleArea() {
        Point2D topLeft = toCanvas(0, 0);
        Point2D bottomRight = toCanvas(viewport.getWidth(), viewport.getHeight());
        return new javafx.geometry.BoundingBox(topLeft.getX(), topLeft.getY(), bottomRight.getX() - topLeft.getX(),
                bottomRight.getY() - topLeft.getY());
    }

    /**
     * Brings a box (canvas units) into view by the smallest pan that shows it whole with a margin;
     * fits the view when the box is larger than the viewport. Nothing moves when it is in view.
     */
    void reveal(Bounds box) {
        if (viewport.getWidth() <= 0 || viewport.getHeight() <= 0) {
            return;
        }
        Bounds visible = visibleArea();
        double margin = REVEAL_MARGIN / zoom();
        if (box.getWidth() + 2 * margin > visible.getWidth() || box.getHeight() + 2 * margin > visible.getHeight()) {
            fitToView();
            return;
        }
        double dx = shift(box.getMinX() - margin, box.getMaxX() + margin, visible.getMinX(), visible.getMaxX());
        double dy = shift(box.getMinY() - margin, box.getMaxY() + margin, visible.getMinY(), visible.getMaxY());
        if (dx != 0 || dy != 0) {
            panBy(-dx * zoom(), -dy * zoom());
        }
    }

    /** How far the visible span must move so that [min, max] lies within it (0 when it does). */
    private static double shift(double min, double max, double visibleMin, double visibleMax) {
        if (min < visibleMin) {
            return min - visibleMin;
        }
        if (max > visibleMax) {
            return max - visibleMax;
        }
        return 0;
    }

    /** Space kept around a box brought into view, in screen pixels. */
    private static final double REVEAL_MARGIN = 20;

    /**
     * Zoom and pan so the whole design shows, not larger than 100 %: every node, and while a run
     * is on every outside program's ghost and every refused host's.
     */
    public void fitToView() {
        Topology topology = document.topology();
        java.util.List<Bounds> boxes = new java.util.ArrayList<>();
        for (Node node : topology.nodes()) {
            boxes.add(new javafx.geometry.BoundingBox(node.position().x(), node.position().y(), NodeGeometry.WIDTH,
                    NodeGeometry.height(node)));
        }
        for (GhostBox ghost : live.ghostBoxes()) {
            if (ghost.placed()) {
                boxes.add(ghost.boxBounds());
            }
        }
        if (boxes.isEmpty() || viewport.getWidth() <= 0) {
            scale.setX(1);
            scale.setY(1);
            setPan(0, 0);
            drawGrid();
            return;
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Bounds box : boxes) {
            minX = Math.min(minX, box.getMinX());
            minY = Math.min(minY, box.getMinY());
            maxX = Math.max(maxX, box.getMaxX());
            maxY = Math.max(maxY, box.getMaxY());
        }
        double margin = 40;
        double zoom = Math.min(1, Math.min((viewport.getWidth() - 2 * margin) / (maxX - minX),
                (viewport.getHeight() - 2 * margin) / (maxY - minY)));
        zoom = Math.max(MIN_ZOOM, zoom);
        scale.setX(zoom);
        scale.setY(zoom);
        setPan((viewport.getWidth() - (maxX - minX) * zoom) / 2 - minX * zoom,
                (viewport.getHeight() - (maxY - minY) * zoom) / 2 - minY * zoom);
        drawGrid();
    }

    private void drawGrid() {
        GraphicsContext g = grid.getGraphicsContext2D();
        double w = grid.getWidth();
        double h = grid.getHeight();
        g.clearRect(0, 0, w, h);
        double step = NodeGeometry.GRID * zoom();
        if (step < 6) {
            return;
        }
        g.setStroke(gridColour());
        g.setLineWidth(1);
        double startX = pan.getX() % step;
        double startY = pan.getY() % step;
        for (double x = startX; x < w; x += step) {
            g.strokeLine(Math.floor(x) + 0.5, 0, Math.floor(x) + 0.5, h);
        }
        for (double y = startY; y < h; y += step) {
            g.strokeLine(0, Math.floor(y) + 0.5, w, Math.floor(y) + 0.5);
        }
    }

    private Color gridColour() {
        Object dark = viewport.getProperties().get("dark");
        return Boolean.TRUE.equals(dark) ? Color.web("#ffffff14") : Color.web("#0000000f");
    }

    public void setDark(boolean dark) {
        viewport.getProperties().put("dark", dark);
        drawGrid();
    }

    /** Brings views in line with the topology: create, update or remove by id. */
    private void sync(Topology topology) {
        Set<String> seen = new HashSet<>();
        for (Node node : topology.nodes()) {
            seen.add(node.id());
            NodeView view = nodeViews.get(node.id());
            if (view == null) {
                view = new NodeView(node);
                view.setFar(far);
                nodeViews.put(node.id(), view);
                nodeLayer.getChildren().add(view);
                gestures.attach(view);
            } else {
                view.update(node);
            }
        }
        nodeViews.keySet().removeIf(id -> {
            if (!seen.contains(id)) {
                nodeLayer.getChildren().remove(nodeViews.get(id));
                return true;
            }
            return false;
        });
        Set<String> links = new HashSet<>();
        for (Link link : topology.links()) {
            links.add(link.id());
            if (!linkViews.containsKey(link.id())) {
                LinkView view = new LinkView(link);
                view.setFar(far);
                linkViews.put(link.id(), view);
                linkLayer.getChildren().add(view);
                linkLive.add(view);
                gestures.attach(view);
            }
        }
        linkViews.keySet().removeIf(id -> {
            if (!links.contains(id)) {
                linkLayer.getChildren().remove(linkViews.get(id));
                linkLive.remove(linkViews.get(id));
                return true;
            }
            return false;
        });
        routeLinks(topology);
        showSelection();
    }

    /**
     * Draws every link as {@link LinkLayout} places it: around the nodes, labels clear of nodes and
     * of each other. All links, because a moved node can be in any link's way.
     */
    private void routeLinks(Topology topology) {
        linkLive.stillChanged();
        Map<String, LinkLayout.Placed> placed = LinkLayout.of(topology, LinkLayout::labelWidth);
        linkViews.forEach((id, view) -> {
            LinkLayout.Placed one = placed.get(id);
            view.setVisible(one != null);
            if (one != null) {
                view.update(one);
            }
        });
    }

    static int socketIndex(Node node, String socketId) {
        return LinkLayout.socketIndex(node, socketId);
    }

    private void showSelection() {
        nodeViews.forEach((id, view) -> view.setSelected(document.selection().contains(id)));
        linkViews.forEach((id, view) -> view.setSelected(document.selection().contains(id)));
        nodeViews.forEach((id, view) -> StyleClasses.set(view, HIGHLIGHT, highlighted.contains(id)));
        linkViews.forEach((id, view) -> StyleClasses.set(view, HIGHLIGHT, highlighted.contains(id)));
    }

    /**
     * Marks what a lesson step talks about with the style class {@value #HIGHLIGHT}: node ids, a
     * socket as "node/socket" (its node), link ids; everything else loses it. Kept across edits.
     */
    public void highlight(java.util.Collection<String> ids) {
        highlighted = ids.stream().map(id -> id.contains("/") ? id.substring(0, id.indexOf('/')) : id)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        showSelection();
    }

    Map<String, NodeView> nodeViews() {
        return nodeViews;
    }

    Map<String, LinkView> linkViews() {
        return linkViews;
    }

    /** Moves the views of these nodes by an offset without touching the model (during a drag). */
    void previewMove(Set<String> ids, double dx, double dy) {
        Topology topology = document.topology();
        for (String id : ids) {
            NodeView view = nodeViews.get(id);
            if (view != null) {
                view.setLayoutX(view.node().position().x() + dx);
                view.setLayoutY(view.node().position().y() + dy);
            }
        }
        routeLinks(topology.withNodes(topology.nodes().stream()
                .map(n -> ids.contains(n.id()) ? n.withPosition(n.position().translate(dx, dy)) : n).toList()));
    }

    /** What a run draws over the design: the canvas's live half. */
    public RunOverlay runOverlay() {
        return runOverlay;
    }

    /** Bounds of the drawing in canvas coordinates. */
    public Bounds drawingBounds() {
        return content.getLayoutBounds();
    }

    /** Starts renaming the selected node in place (F2). */
    public void renameSelected() {
        if (document.selection().size() == 1) {
            NodeView view = nodeViews.get(document.selection().iterator().next());
            if (view != null) {
                gestures.rename(view);
            }
        }
    }
}
