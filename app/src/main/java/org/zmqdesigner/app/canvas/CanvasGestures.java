package org.zmqdesigner.app.canvas;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import javafx.geometry.Point2D;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import org.zmqdesigner.app.commands.LinkPlanner;
import org.zmqdesigner.app.document.DesignDocument;
import org.zmqdesigner.engine.edit.MoveNodes;
import org.zmqdesigner.engine.edit.ReplaceNode;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.SocketRef;
import org.zmqdesigner.engine.model.Topology;
import org.zmqdesigner.engine.text.Texts;

/**
 * Decides what the mouse is doing on the canvas — moving nodes, linking sockets, selecting with a
 * rubber band, panning — one gesture at a time, and turns each finished gesture into one edit.
 */
final class CanvasGestures {

    private static final Texts TEXTS = Texts.of(CanvasGestures.class);

    /** Prefix of palette drags: "zmq-designer-palette:PUB". */
    public static final String PALETTE_PREFIX = "zmq-designer-palette:";

    private enum Gesture { NONE, MOVE, LINK, PAN, RUBBER_BAND }

    private final CanvasView canvas;
    private final DesignDocument document;
    private Gesture gesture = Gesture.NONE;
    private Point2D pressCanvas;
    private Point2D lastViewport;
    private Set<String> moving = Set.of();
    private SocketRef linkStart;
    private final Line rubberLine = new Line();
    private final Rectangle band = new Rectangle();
    private BiConsumer<String, Point2D> paletteDrop = (key, at) -> { };
    private ContextMenu openMenu;

    CanvasGestures(CanvasView canvas, DesignDocument document) {
        this.canvas = canvas;
        this.document = document;
        rubberLine.getStyleClass().add("link-preview");
        rubberLine.setMouseTransparent(true);
        band.getStyleClass().add("rubber-band");
        band.setMouseTransparent(true);
        var viewport = canvas.viewport();
        viewport.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressedOnEmpty);
        viewport.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        viewport.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        viewport.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        viewport.setOnDragOver(this::dragOver);
        viewport.setOnDragDropped(this::dropped);
        viewport.setOnContextMenuRequested(e -> {
            if (e.getTarget() == viewport || e.getTarget() instanceof javafx.scene.canvas.Canvas) {
                showMenu(canvas.menus().background(), e.getScreenX(), e.getScreenY());
                e.consume();
            }
        });
        // Any press starts a new gesture: the last refusal's explanation has been read.
        viewport.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> canvas.explanation().hide());
    }

    void onPaletteDrop(BiConsumer<String, Point2D> handler) {
        paletteDrop = handler;
    }

    void attach(NodeView view) {
        view.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> pressedOnNode(view, e));
        view.setOnContextMenuRequested(e -> {
            String id = view.node().id();
            if (!document.selection().contains(id)) {
                document.selectOnly(id);
            }
            var running = canvas.runMenu(id);
            if (!running.isEmpty()) {
                show(new ContextMenu(running.toArray(MenuItem[]::new)), e.getScreenX(), e.getScreenY());
                e.consume();
                return;
            }
            showMenu(canvas.menus().node(id), e.getScreenX(), e.getScreenY());
            e.consume();
        });
        view.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                rename(view);
            }
        });
    }

    void attach(LinkView view) {
        view.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            select(view.link().id(), e.isShiftDown());
            e.consume();
        });
        view.setOnContextMenuRequested(e -> {
            document.selectOnly(view.link().id());
            showMenu(canvas.menus().link(view.link().id()), e.getScreenX(), e.getScreenY());
            e.consume();
        });
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> action.run());
        return item;
    }

    private void showMenu(java.util.List<MenuItem> items, double x, double y) {
        if (!items.isEmpty()) {
            show(new ContextMenu(items.toArray(MenuItem[]::new)), x, y);
        }
    }

    private void show(ContextMenu menu, double x, double y) {
        if (openMenu != null) {
            openMenu.hide();
        }
        openMenu = menu;
        menu.show(canvas.viewport(), x, y);
    }

    private void select(String id, boolean toggle) {
        if (toggle) {
            if (!document.selection().remove(id)) {
                document.selection().add(id);
            }
        } else if (!document.selection().contains(id)) {
            document.selectOnly(id);
        }
    }

    private Point2D canvasPoint(MouseEvent e) {
        Point2D local = canvas.viewport().sceneToLocal(e.getSceneX(), e.getSceneY());
        return canvas.toCanvas(local.getX(), local.getY());
    }

    private void pressedOnNode(NodeView view, MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        canvas.viewport().requestFocus();
        pressCanvas = canvasPoint(e);
        if (document.lockedProperty().get()) {
            // While a run is on, nodes can be selected (for the chart) but not moved or linked.
            select(view.node().id(), e.isShiftDown());
            e.consume();
            return;
        }
        if (e.getTarget() instanceof NodeView.Port port) {
            gesture = Gesture.LINK;
            linkStart = port.socket;
            rubberLine.setStartX(port.getCenterX() + view.getLayoutX());
            rubberLine.setStartY(port.getCenterY() + view.getLayoutY());
            rubberLine.setEndX(rubberLine.getStartX());
            rubberLine.setEndY(rubberLine.getStartY());
            canvas.overlay().getChildren().add(rubberLine);
            highlightTargets(port.socket);
            canvas.status(TEXTS.get("link.drag", port.socket.toString()));
        } else {
            select(view.node().id(), e.isShiftDown());
            gesture = Gesture.MOVE;
            moving = Set.copyOf(document.selection().stream().filter(id -> document.topology().node(id).isPresent())
                    .toList());
        }
        e.consume();
    }

    private void pressedOnEmpty(MouseEvent e) {
        if (e.isConsumed() || gesture != Gesture.NONE) {
            return;
        }
        canvas.viewport().requestFocus();
        lastViewport = canvas.viewport().sceneToLocal(e.getSceneX(), e.getSceneY());
        pressCanvas = canvasPoint(e);
        if (e.getButton() == MouseButton.MIDDLE || (e.getButton() == MouseButton.PRIMARY && !e.isShiftDown())) {
            if (e.getButton() == MouseButton.PRIMARY) {
                document.select(Set.of());
            }
            gesture = Gesture.PAN;
        } else if (e.getButton() == MouseButton.PRIMARY) {
            gesture = Gesture.RUBBER_BAND;
            band.setX(pressCanvas.getX());
            band.setY(pressCanvas.getY());
            band.setWidth(0);
            band.setHeight(0);
            canvas.overlay().getChildren().add(band);
        }
    }

    private void dragged(MouseEvent e) {
        Point2D at = canvasPoint(e);
        switch (gesture) {
            case MOVE -> canvas.previewMove(moving, snappedDx(at), snappedDy(at));
            case LINK -> {
                rubberLine.setEndX(at.getX());
                rubberLine.setEndY(at.getY());
            }
            case PAN -> {
                Point2D now = canvas.viewport().sceneToLocal(e.getSceneX(), e.getSceneY());
                canvas.panBy(now.getX() - lastViewport.getX(), now.getY() - lastViewport.getY());
                lastViewport = now;
            }
            case RUBBER_BAND -> {
                band.setX(Math.min(pressCanvas.getX(), at.getX()));
                band.setY(Math.min(pressCanvas.getY(), at.getY()));
                band.setWidth(Math.abs(at.getX() - pressCanvas.getX()));
                band.setHeight(Math.abs(at.getY() - pressCanvas.getY()));
            }
            default -> {
            }
        }
    }

    private double snappedDx(Point2D at) {
        Node first = firstMoving();
        double x = first == null ? 0 : first.position().x();
        return first == null ? 0 : NodeGeometry.snap(x + at.getX() - pressCanvas.getX()) - x;
    }

    private double snappedDy(Point2D at) {
        Node first = firstMoving();
        double y = first == null ? 0 : first.position().y();
        return first == null ? 0 : NodeGeometry.snap(y + at.getY() - pressCanvas.getY()) - y;
    }

    private Node firstMoving() {
        return moving.stream().map(id -> document.topology().node(id).orElse(null))
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    private void released(MouseEvent e) {
        Point2D at = canvasPoint(e);
        switch (gesture) {
            case MOVE -> {
                double dx = snappedDx(at);
                double dy = snappedDy(at);
                if (!moving.isEmpty() && (dx != 0 || dy != 0)) {
                    document.apply(new MoveNodes(moving, dx, dy));
                    // The mouse was released: this drag is done, the next one is a new undo step.
                    document.endStep();
                } else {
                    canvas.previewMove(moving, 0, 0);
                }
            }
            case LINK -> {
                canvas.overlay().getChildren().remove(rubberLine);
                clearHighlights();
                portAt(at).ifPresentOrElse(target -> finishLink(linkStart, target, e.getScreenX(), e.getScreenY(),
                                new javafx.geometry.Point2D(e.getSceneX(), e.getSceneY())),
                        () -> canvas.status(""));
            }
            case RUBBER_BAND -> {
                canvas.overlay().getChildren().remove(band);
                Set<String> hits = new HashSet<>(e.isShiftDown() ? document.selection() : Set.of());
                for (NodeView view : canvas.nodeViews().values()) {
                    if (band.getBoundsInParent().intersects(view.getBoundsInParent())) {
                        hits.add(view.node().id());
                    }
                }
                document.select(hits);
            }
            default -> {
            }
        }
        gesture = Gesture.NONE;
    }

    /** The port under a canvas point, if any (a little tolerance makes ports easy to hit). */
    Optional<SocketRef> portAt(Point2D at) {
        for (NodeView view : canvas.nodeViews().values()) {
            for (NodeView.Port port : view.ports()) {
                double x = port.getCenterX() + view.getLayoutX();
                double y = port.getCenterY() + view.getLayoutY();
                if (at.distance(x, y) <= NodeGeometry.PORT_RADIUS + 6) {
                    return Optional.of(port.socket);
                }
            }
        }
        return Optional.empty();
    }

    /** Links two sockets, asking which side binds; or says why ZeroMQ would refuse the pair. */
    /**
     * @param scenePoint where the pointer is in the scene, for the explanation: scene coordinates
     *     do not depend on where the window sits on the screen
     */
    void finishLink(SocketRef from, SocketRef to, double screenX, double screenY, javafx.geometry.Point2D scenePoint) {
        Topology topology = document.topology();
        Optional<String> refusal = LinkPlanner.refusal(topology, from, to);
        if (refusal.isPresent()) {
            canvas.status(TEXTS.get("link.refused", refusal.get()));
            canvas.explanation().show(TEXTS.get("link.refused.title", from.toString(), to.toString()), refusal.get(),
                    scenePoint, canvas.view());
            return;
        }
        boolean toBinds = LinkPlanner.secondShouldBind(topology, from, to);
        SocketRef suggestedBinder = toBinds ? to : from;
        SocketRef otherBinder = toBinds ? from : to;
        MenuItem suggested = item(TEXTS.get("link.bindChoice.suggested", suggestedBinder.toString(),
                        otherBinder.toString()),
                () -> link(suggestedBinder == to ? from : to, suggestedBinder));
        suggested.setId("bind-choice-suggested");
        MenuItem other = item(TEXTS.get("link.bindChoice.other", otherBinder.toString(), suggestedBinder.toString()),
                () -> link(otherBinder == to ? from : to, otherBinder));
        other.setId("bind-choice-other");
        show(new ContextMenu(suggested, other), screenX, screenY);
    }

    private void link(SocketRef connecting, SocketRef binding) {
        if (document.apply(LinkPlanner.plan(document.topology(), connecting, binding))) {
            canvas.status(TEXTS.get("link.done", connecting.toString(), binding.toString()));
        } else {
            canvas.status(TEXTS.get("link.refused", document.lastErrorProperty().get()));
        }
    }

    private void highlightTargets(SocketRef start) {
        Topology topology = document.topology();
        for (NodeView view : canvas.nodeViews().values()) {
            for (NodeView.Port port : view.ports()) {
                boolean ok = LinkPlanner.linkable(topology, start, port.socket);
                port.getStyleClass().add(ok ? "port-compatible" : "port-incompatible");
            }
        }
    }

    private void clearHighlights() {
        for (NodeView view : canvas.nodeViews().values()) {
            for (NodeView.Port port : view.ports()) {
                port.getStyleClass().removeAll("port-compatible", "port-incompatible");
            }
        }
    }

    private void scrolled(ScrollEvent e) {
        Point2D local = canvas.viewport().sceneToLocal(e.getSceneX(), e.getSceneY());
        if (e.isControlDown() || e.isShortcutDown()) {
            canvas.zoomBy(e.getDeltaY() > 0 ? 1.1 : 1 / 1.1, local.getX(), local.getY());
        } else {
            canvas.panBy(e.getDeltaX(), e.getDeltaY());
        }
        e.consume();
    }

    private void dragOver(DragEvent e) {
        if (e.getDragboard().hasString() && e.getDragboard().getString().startsWith(PALETTE_PREFIX)) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        e.consume();
    }

    private void dropped(DragEvent e) {
        String key = e.getDragboard().hasString() ? e.getDragboard().getString() : "";
        if (key.startsWith(PALETTE_PREFIX)) {
            Point2D local = canvas.viewport().sceneToLocal(e.getSceneX(), e.getSceneY());
            drop(key.substring(PALETTE_PREFIX.length()), canvas.toCanvas(local.getX(), local.getY()));
            e.setDropCompleted(true);
        } else {
            e.setDropCompleted(false);
        }
        e.consume();
    }

    void drop(String key, Point2D at) {
        paletteDrop.accept(key, at);
    }

    /** Renames a node in place: a text field over its title; Enter keeps, Escape cancels. */
    void rename(NodeView view) {
        Node node = view.node();
        TextField field = new TextField(node.label());
        field.setId("rename-field");
        field.setPrefWidth(NodeGeometry.WIDTH - 8);
        field.setLayoutX(node.position().x() + 4);
        field.setLayoutY(node.position().y() + 2);
        canvas.overlay().getChildren().add(field);
        boolean[] done = {false};
        Runnable commit = () -> {
            if (done[0]) {
                return;
            }
            done[0] = true;
            canvas.overlay().getChildren().remove(field);
            String name = field.getText().trim();
            Node current = document.topology().node(node.id()).orElse(null);
            if (current != null && !name.isEmpty() && !name.equals(current.label())) {
                document.apply(new ReplaceNode(node.id(), current.withName(name),
                        TEXTS.get("rename.edit", node.id())));
            }
        };
        field.setOnAction(e -> commit.run());
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                done[0] = true;
                canvas.overlay().getChildren().remove(field);
            }
        });
        field.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                commit.run();
            }
        });
        field.requestFocus();
        field.selectAll();
    }
}
