package org.zmqdesigner.app.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.Socket;
import org.zmqdesigner.engine.model.SocketRef;
import org.zmqdesigner.engine.validate.OpenBinds;

/**
 * The picture of one node: a box with a coloured title band and a row per socket, each socket
 * with a port on both edges, and a globe on the row of a socket that binds every network interface
 * ({@link OpenBindMark}). Holds no logic; the canvas updates it from the model by id.
 */
final class NodeView extends Group {

    /** A socket's port: where links start and end, and where a drag to link begins. */
    static final class Port extends Circle {
        final SocketRef socket;

        Port(SocketRef socket) {
            super(NodeGeometry.PORT_RADIUS);
            this.socket = socket;
            setUserData(socket);
            getStyleClass().add("port");
        }
    }

    private Node node;
    private final Rectangle box = new Rectangle();
    private final Rectangle band = new Rectangle();
    private final Text title = new Text();
    private final Text subtitle = new Text();
    private final Group rows = new Group();
    /** Subtitle and live numbers, and the socket rows' names and types: out of the scene when far. */
    private final FarDetail words = new FarDetail(getChildren(), rows);
    private final FarDetail rowWords = new FarDetail(rows.getChildren(), null);
    private final List<Port> ports = new ArrayList<>();
    private final Text live = new Text();
    /** The live numbers' words, made only when shown: zoomed far out they are hidden, and a hundred nodes' lines a few times a second were a good part of a frame. */
    private java.util.function.Supplier<String> liveWords = () -> "";
    /** The words made from {@link #liveWords}, or null until needed. */
    private String liveText = "";
    private final javafx.scene.control.Tooltip stateTip = new javafx.scene.control.Tooltip();
    private final javafx.scene.layout.HBox badges = new javafx.scene.layout.HBox(4);
    private final javafx.scene.control.Label slowJoiner = badge("slow-joiner-badge");
    private final javafx.scene.control.Label unroutable = badge("unroutable-badge");
    /** A Lazy Pirate client's latest retry, with the run's count of them. */
    private final javafx.scene.control.Label retry = badge("retry-badge");
    /** "crashed" or "gave up" above the node, with the engine's reason: a tooltip alone is easy to miss. */
    private final javafx.scene.control.Label fate = badge("state-badge");
    /** The state shown and the engine's reason, to say them again in another language. */
    private org.zmqdesigner.engine.event.RunEvent.NodeState shownState;
    private String shownDetail;

    NodeView(Node node) {
        getStyleClass().add("node-view");
        box.getStyleClass().add("node-box");
        box.setArcWidth(10);
        box.setArcHeight(10);
        band.setArcWidth(10);
        band.setArcHeight(10);
        title.getStyleClass().add("node-title");
        title.setFont(Font.font(null, FontWeight.BOLD, 13));
        title.setTextOrigin(VPos.CENTER);
        subtitle.getStyleClass().add("node-subtitle");
        subtitle.setFont(Font.font(11));
        subtitle.setTextOrigin(VPos.CENTER);
        live.getStyleClass().add("node-live");
        live.setFont(Font.font(11));
        // One count a line, within the box's width: the numbers stay in the room under the node
        // that link labels keep clear of (NodeGeometry.footprint).
        live.setWrappingWidth(NodeGeometry.WIDTH - 4);
        live.setId(null);
        badges.getStyleClass().add("node-badges");
        badges.setLayoutY(-NodeGeometry.BADGES);
        badges.setMouseTransparent(false);
        // Badges join the node only while it has one, so they never widen its bounds (used to pick
        // where a press lands and where a picture's edges are).
        getChildren().addAll(box, band, title, rows);
        words.add(subtitle);
        words.add(live);
        // A node changes a few times a second at most, while flows around it repaint every frame:
        // drawing it from a cached bitmap makes each repaint one image instead of a dozen shapes.
        setCache(true);
        live.visibleProperty().addListener((o, was, now) -> {
            if (now) {
                showLive();
            }
        });
        update(node);
    }

    Node node() {
        return node;
    }

    /** Zoomed out far: the words leave the scene (see {@link FarDetail}); zoomed in, they come back. */
    void setFar(boolean far) {
        words.setFar(far);
        rowWords.setFar(far);
    }

    List<Port> ports() {
        return ports;
    }

    /** Redraws for a new value of the same node. Cheap when only the position changed. */
    void update(Node next) {
        Node previous = this.node;
        this.node = next;
        setLayoutX(next.position().x());
        setLayoutY(next.position().y());
        if (previous != null && previous.withPosition(next.position()).equals(next)) {
            return;
        }
        double height = NodeGeometry.height(next);
        box.setWidth(NodeGeometry.WIDTH);
        box.setHeight(height);
        Color colour = bandColour(next);
        band.setWidth(NodeGeometry.WIDTH);
        band.setHeight(NodeGeometry.HEADER);
        band.setFill(colour);
        title.setText(next.label());
        title.setX(10);
        title.setY(NodeGeometry.HEADER / 2 - 3);
        title.setFill(Color.WHITE);
        subtitle.setText(kindText(next));
        subtitle.setX(NodeGeometry.WIDTH - 10 - subtitle.getLayoutBounds().getWidth());
        subtitle.setY(NodeGeometry.HEADER / 2 - 3);
        subtitle.setFill(Color.web("#ffffffcc"));
        rowWords.clear();
        rows.getChildren().clear();
        ports.clear();
        Map<String, List<OpenBinds.OpenBind>> open = OpenBinds.of(next).stream()
                .collect(Collectors.groupingBy(b -> b.socket().socket()));
        for (int i = 0; i < next.sockets().size(); i++) {
            Socket socket = next.sockets().get(i);
            double y = NodeGeometry.HEADER + i * NodeGeometry.ROW + NodeGeometry.ROW / 2;
            Text label = new Text(socket.id());
            label.getStyleClass().add("socket-label");
            label.setTextOrigin(VPos.CENTER);
            label.setX(NodeGeometry.ROW_INSET);
            label.setY(y);
            Text type = new Text(socket.type().name());
            type.getStyleClass().add("socket-type");
            type.setFont(Font.font(null, FontWeight.BOLD, 12));
            type.setTextOrigin(VPos.CENTER);
            type.setFill(FamilyColors.of(socket.type()));
            type.setX(NodeGeometry.WIDTH - NodeGeometry.ROW_INSET - type.getLayoutBounds().getWidth());
            type.setY(y);
            SocketRef ref = new SocketRef(next.id(), socket.id());
            for (double x : new double[] {0, NodeGeometry.WIDTH}) {
                Port port = new Port(ref);
                port.setCenterX(x);
                port.setCenterY(y);
                port.setFill(FamilyColors.of(socket.type()));
                ports.add(port);
            }
            rowWords.add(label);
            rowWords.add(type);
            if (open.containsKey(socket.id())) {
                rows.getChildren().add(OpenBindMark.of(ref, open.get(socket.id()), type.getLayoutBounds().getWidth(), y));
            }
            rows.getChildren().addAll(ports.subList(ports.size() - 2, ports.size()));
        }
        setId("node-" + next.id());
        slowJoiner.setId("badge-slow-joiner-" + next.id());
        unroutable.setId("badge-unroutable-" + next.id());
        fate.setId("badge-state-" + next.id());
        retry.setId("badge-retry-" + next.id());
    }

    private static javafx.scene.control.Label badge(String styleClass) {
        javafx.scene.control.Label label = new javafx.scene.control.Label();
        label.getStyleClass().addAll("node-badge", styleClass);
        label.setTooltip(new javafx.scene.control.Tooltip());
        label.getTooltip().setWrapText(true);
        label.getTooltip().setMaxWidth(360);
        return label;
    }

    /**
     * Messages a subscriber lost because it joined after they were published: the zguide's slow
     * joiner. The count is the engine's, per subscriber.
     */
    void setSlowJoinerLosses(long count) {
        // Read a few times a second for every node: words only for a count that changed.
        if (count == slowJoinerShown) {
            return;
        }
        slowJoinerShown = count;
        showBadge(slowJoiner, count, count > 0 ? BadgeWords.slowJoinerLabel(count) : "",
                count > 0 ? BadgeWords.slowJoiner(count) : "");
    }

    /** Messages this ROUTER could not route: no connected peer had the routing id. */
    void setUnroutable(long count) {
        if (count == unroutableShown) {
            return;
        }
        unroutableShown = count;
        if (count <= 0) {
            showBadge(unroutable, false, "", "");
            return;
        }
        boolean mandatory = node.sockets().stream().anyMatch(so -> so.type() == org.zmqdesigner.engine.model.SocketType.ROUTER
                && Boolean.TRUE.equals(so.options().routerMandatory()));
        showBadge(unroutable, count, BadgeWords.unroutableLabel(count), BadgeWords.unroutable(count, mandatory));
    }

    /** The latest retry of a Lazy Pirate client: "retry 2 of 3", and in its tooltip the run's count. */
    /** The counts the badges say now (-1: not yet told), so an unchanged reading costs nothing. */
    private long slowJoinerShown = -1;
    private long unroutableShown = -1;

    void setRetry(int attempt, int of, long retriesSoFar) {
        showBadge(retry, true, BadgeWords.retryLabel(attempt, of, retriesSoFar),
                BadgeWords.retries(attempt, of, retriesSoFar));
    }

    private void showBadge(javafx.scene.control.Label label, long count, String text, String explanation) {
        showBadge(label, count > 0, text, explanation);
    }

    private void showBadge(javafx.scene.control.Label label, boolean shown, String text, String explanation) {
        if (!shown) {
            badges.getChildren().remove(label);
            if (badges.getChildren().isEmpty()) {
                getChildren().remove(badges);
            }
            return;
        }
        if (!text.equals(label.getText()) || !explanation.equals(label.getTooltip().getText())) {
            label.setText(text);
            label.getTooltip().setText(explanation);
        }
        if (!badges.getChildren().contains(label)) {
            badges.getChildren().add(label);
        }
        if (!getChildren().contains(badges)) {
            getChildren().add(badges);
        }
    }

    javafx.scene.control.Label slowJoinerBadge() {
        return slowJoiner;
    }

    javafx.scene.control.Label retryBadge() {
        return retry;
    }

    void setLive(java.util.function.Supplier<String> words) {
        liveWords = words;
        liveText = null;
        // Hidden (zoomed far out), the text would only spoil the node's cached picture.
        if (live.isVisible()) {
            showLive();
        }
    }

    private void showLive() {
        String text = liveText();
        live.setText(text);
        live.setX(2);
        live.setTextOrigin(VPos.TOP);
        // An empty line under the node would still reach below it: pictures and fit-to-view
        // would make room for numbers that are not there.
        live.setY(text.isEmpty() ? 0 : NodeGeometry.height(node) + 4);
    }

    /**
     * Shows a crashed or finished node as such. Why it crashed (or gave up) goes in the box's tooltip
     * and on a badge above it.
     */
    void setState(org.zmqdesigner.engine.event.RunEvent.NodeState state, String detail) {
        shownState = state;
        shownDetail = detail;
        box.getStyleClass().removeAll("state-crashed", "state-finished", "state-stopped");
        switch (state) {
            case CRASHED, GAVE_UP -> box.getStyleClass().add("state-crashed");
            case FINISHED -> box.getStyleClass().add("state-finished");
            case STOPPED -> box.getStyleClass().add("state-stopped");
            default -> {
            }
        }
        // A stopped (killed) node fades as a whole: its sockets are gone until it starts again.
        setOpacity(state == org.zmqdesigner.engine.event.RunEvent.NodeState.STOPPED ? 0.45 : 1);
        String why = detail == null ? "" : detail;
        String word = StateWords.word(state);
        String words;
        if (why.isEmpty()) {
            words = word;
        } else if (StateWords.gaveUp(state)) {
            words = why; // "node X gave up: …" says it all; "gave up: node X gave up: …" would not
        } else {
            words = StateWords.withReason(word, why);
        }
        stateTip.setText(words);
        javafx.scene.control.Tooltip.install(box, stateTip);
        showBadge(fate, state == org.zmqdesigner.engine.event.RunEvent.NodeState.CRASHED
                || state == org.zmqdesigner.engine.event.RunEvent.NodeState.GAVE_UP, word, words);
    }

    /**
     * Says the state again in the current language: states come once per change, so a language
     * switch would otherwise leave the old words up until the next change. (Counts and badges are
     * re-said with every reading.)
     */
    void relabel() {
        subtitle.setText(kindText(node));
        if (shownState != null) {
            setState(shownState, shownDetail);
        }
        long slowJoiners = slowJoinerShown;
        long unroutables = unroutableShown;
        slowJoinerShown = -1;
        unroutableShown = -1;
        if (slowJoiners > 0) {
            setSlowJoinerLosses(slowJoiners);
        }
        if (unroutables > 0) {
            setUnroutable(unroutables);
        }
    }

    void clearLive() {
        slowJoinerShown = -1;
        unroutableShown = -1;
        shownState = null;
        shownDetail = null;
        javafx.scene.control.Tooltip.uninstall(box, stateTip);
        setOpacity(1);
        liveWords = () -> "";
        liveText = "";
        live.setText("");
        badges.getChildren().clear();
        getChildren().remove(badges);
        slowJoiner.setText("");
        unroutable.setText("");
        fate.setText("");
        retry.setText("");
        box.getStyleClass().removeAll("state-crashed", "state-finished", "state-stopped");
    }

    String liveText() {
        if (liveText == null) {
            liveText = liveWords.get();
        }
        return liveText;
    }

    void setSelected(boolean selected) {
        StyleClasses.set(box, "selected", selected);
    }

    private static Color bandColour(Node node) {
        if (node.kind().isDevice() || node.sockets().isEmpty()) {
            return FamilyColors.of(node.kind());
        }
        return FamilyColors.of(node.sockets().get(0).type());
    }

    private static String kindText(Node node) {
        if (node.kind().isDevice()) {
            return node.kind().label();
        }
        return node.behaviour() == null ? "" : node.behaviour().shownName();
    }
}
