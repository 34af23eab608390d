package org.zmqdesigner.app.canvas;

import java.util.Map;
import javafx.geometry.Point2D;
import org.zmqdesigner.engine.event.RunEvent;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.text.Texts;

/**
 * The canvas's live half: what a run shows over the design (node numbers, states and badges, link
 * connection states, queue gauges and flows, tokens, loss bursts, ghost peers), driven once per
 * frame on the FX thread by the run's presenter. It shares the canvas's node and link views and
 * never changes the design.
 */
public final class RunOverlay {

    private static final Texts TEXTS = Texts.of(RunOverlay.class);

    private final Map<String, NodeView> nodeViews;
    private final Map<String, LinkView> linkViews;
    private final LiveLayer live;
    private final LinkLiveLayer linkLive;
    private final Viewport viewport;

    /** What of the canvas the user sees, and a way to bring a box into sight. */
    interface Viewport {
        /** The visible part of the canvas, in canvas units. */
        javafx.geometry.Bounds visibleArea();

        /** Pans (or fits) as little as needed so that {@code box} (canvas units) is in view. */
        void reveal(javafx.geometry.Bounds box);
    }

    RunOverlay(Map<String, NodeView> nodeViews, Map<String, LinkView> linkViews, LiveLayer live, LinkLiveLayer linkLive,
               Viewport viewport) {
        this.linkLive = linkLive;
        this.nodeViews = nodeViews;
        this.linkViews = linkViews;
        this.live = live;
        this.viewport = viewport;
    }

    /**
     * The node's counters under its box. A subscriber's line also says how many messages were
     * published while it was not running: without it, sent and received differ by far more than
     * the losses, and a class would read that as messages ZeroMQ lost.
     */
    public void showNodeNumbers(String nodeId, long sent, long received, long dropped, long publishedWhileAway,
                                double sentPerSecond, double receivedPerSecond) {
        NodeView view = nodeViews.get(nodeId);
        if (view != null) {
            view.setLive(() -> LiveNumbersText.line(sent, received, dropped, publishedWhileAway, sentPerSecond,
                    receivedPerSecond));
        }
    }

    public void showLossBadges(String nodeId, long slowJoiner, long unroutable) {
        NodeView view = nodeViews.get(nodeId);
        if (view != null) {
            view.setSlowJoinerLosses(slowJoiner);
            view.setUnroutable(unroutable);
        }
    }

    /**
     * A Lazy Pirate client's latest retry ("retry 2 of 3") and how many it has made in the run, as
     * the engine counted them.
     */
    public void showRetry(String nodeId, int attempt, int of, long retriesSoFar) {
        NodeView view = nodeViews.get(nodeId);
        if (view != null) {
            view.setRetry(attempt, of, retriesSoFar);
        }
    }

    public void showNodeState(String nodeId, RunEvent.NodeState state, String detail) {
        NodeView view = nodeViews.get(nodeId);
        if (view != null) {
            view.setState(state, detail);
        }
    }

    /** The queue a link holds now, against its high-water mark. */
    public void showLinkDepth(String linkId, long depth, long capacity) {
        LinkView view = linkViews.get(linkId);
        if (view != null) {
            view.setDepth(depth, capacity);
        }
    }

    public void showLinkConnection(String linkId, RunEvent.ConnectionState state,
                                   String detail) {
        LinkView view = linkViews.get(linkId);
        if (view != null) {
            view.setConnection(state, detail);
        }
    }

    /** Messages written into a link since the last frame, from its connecting end and toward it. */
    public void addLinkTraffic(String linkId, long forward, long backward) {
        LinkView view = linkViews.get(linkId);
        if (view != null) {
            view.traffic(forward, backward);
        }
    }

    /** Messages {@code nodeId} dropped at a full queue: a burst at its end of the link (or at the node). */
    public void showHwmDrop(String linkId, String nodeId, long count) {
        long now = System.nanoTime();
        LinkView view = linkId == null ? null : linkViews.get(linkId);
        if (view != null && view.isVisible()) {
            boolean atConnectingEnd = view.link().from().node().equals(nodeId);
            view.dropsAtHwm(count, now);
            live.burst("hwm:" + linkId, view.at(atConnectingEnd ? 0.06 : 0.94), RunOverlay::hwmBurst, "burst-hwm",
                    count, now);
        } else {
            Point2D at = nodeCorner(nodeId);
            if (at != null) {
                live.burst("hwm:" + nodeId, at, RunOverlay::hwmBurst, "burst-hwm", count, now);
            }
        }
    }

    /** Messages a ROUTER could not route: a burst at the node. */
    public void showUnroutable(String nodeId, long count) {
        Point2D at = nodeCorner(nodeId);
        if (at != null) {
            live.burst("unroutable:" + nodeId, at, RunOverlay::unroutableBurst, "burst-unroutable", count,
                    System.nanoTime());
        }
    }

    private static String hwmBurst(long count) {
        return TEXTS.get("burst.hwm", Long.toString(count));
    }

    private static String unroutableBurst(long count) {
        return TEXTS.get("burst.unroutable", Long.toString(count));
    }

    private Point2D nodeCorner(String nodeId) {
        NodeView view = nodeViews.get(nodeId);
        if (view == null) {
            return null;
        }
        return new Point2D(view.node().position().x() + NodeGeometry.WIDTH, view.node().position().y()
                + NodeGeometry.HEADER / 2);
    }

    /**
     * Starts a token for one traced message. False when its link moves too many messages to show
     * one by one (it shows moving dashes instead) or its link is not drawn.
     */
    public boolean launchToken(MessageToken token) {
        Track track;
        if (token.link() != null) {
            LinkView view = linkViews.get(token.link());
            if (view == null || !view.isVisible() || view.rate().perSecond() >= FlowRate.TOKEN_LIMIT) {
                return false;
            }
            track = view;
        } else {
            GhostView view = live.findGhost(token.ghostNode(), token.ghostAddress());
            if (view == null || view.rate().perSecond() >= FlowRate.TOKEN_LIMIT) {
                return false;
            }
            track = view;
        }
        live.launch(token, track, System.nanoTime());
        return true;
    }

    /** The run's speed multiplier: at slow motion tokens travel slowly too. */
    public void setSpeed(double speed) {
        live.setSpeed(speed);
    }

    /** The receiver read the message {@code key} names: its token completes the trip. */
    public void tokenArrived(String key) {
        live.arrive(key, System.nanoTime());
    }

    /** A program outside the design connected to (or left) one of its sockets. */
    public void showExternalPeer(String nodeId, String socketId, String address, boolean connected) {
        if (!connected) {
            live.removeGhost(nodeId, address);
            return;
        }
        NodeView view = nodeViews.get(nodeId);
        if (view == null || live.findGhost(nodeId, address) != null) {
            return;
        }
        Node node = view.node();
        GhostView ghost = live.ghost(nodeId, socketId, address);
        Point2D topLeft = new GhostPlacement(nodeViews.values(), live.ghostBoxes()).spotNear(node, ghost,
                viewport.visibleArea());
        int socketIndex = Math.max(0, CanvasView.socketIndex(node, socketId));
        ghost.place(topLeft, NodeGeometry.port(node, socketIndex, topLeft.getX() + GhostView.WIDTH / 2));
        // A ghost must land where the user can see it (no free spot in view: the view follows).
        viewport.reveal(GhostPlacement.box(topLeft));
    }

    /**
     * Connections from {@code host} to {@code nodeId} were refused before they became ZeroMQ
     * connections: one hostile ghost per (node, host), placed like an outside program's the first
     * time. {@code refusedFromHost} is the engine's running count for the host over the whole run,
     * so every hostile ghost of that host shows it.
     */
    public void showRefusedPeer(String nodeId, String socketId, String host, long refusedFromHost) {
        NodeView view = nodeViews.get(nodeId);
        if (view == null) {
            return;
        }
        RefusedPeerView ghost = live.findRefused(nodeId, host);
        if (ghost == null) {
            ghost = live.refusedPeer(nodeId, socketId, host);
            Node node = view.node();
            Point2D topLeft = new GhostPlacement(nodeViews.values(), live.ghostBoxes()).spotNear(node, ghost,
                    viewport.visibleArea());
            int socketIndex = Math.max(0, CanvasView.socketIndex(node, socketId));
            ghost.place(topLeft, NodeGeometry.port(node, socketIndex, topLeft.getX() + GhostBox.WIDTH / 2));
            viewport.reveal(GhostPlacement.box(topLeft));
        }
        for (RefusedPeerView same : live.refusedViews()) {
            if (same.host().equals(host)) {
                same.setRefused(refusedFromHost);
            }
        }
    }

    public void addGhostTraffic(String nodeId, String address, long inbound, long outbound) {
        GhostView ghost = live.findGhost(nodeId, address);
        if (ghost != null) {
            ghost.traffic(inbound, outbound);
        }
    }

    /** Moves what a run shows (tokens, dashes, bursts); once per animation frame. */
    public void animate(long nowNanos) {
        for (LinkView view : linkViews.values()) {
            view.animate(nowNanos);
        }
        linkLive.animate(linkViews.values());
        live.animate(nowNanos);
    }

    /**
     * Says again, in the current language, what a run shows once and keeps (node states, link
     * connections, gauges, ghosts); counts and badges follow at the next reading by themselves.
     */
    public void relabel() {
        nodeViews.values().forEach(NodeView::relabel);
        linkViews.values().forEach(LinkView::relabel);
        live.relabel();
    }

    /** Back to the design after a run. */
    public void clear() {
        nodeViews.values().forEach(NodeView::clearLive);
        linkViews.values().forEach(LinkView::clearLive);
        linkLive.clear();
        live.clear();
    }
}
