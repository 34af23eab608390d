package org.zmqdesigner.app.canvas;

import java.util.Map;
import javafx.geometry.Point2D;
import org.zmqdesigner.engine.event.RunEvent;
import org.zmqdesigner.engine.model.Node;

/**
 * The canvas's live half: what a run shows over the design (node numbers, states and badges, link
 * connection states, queue gauges and flows, tokens, loss bursts, ghost peers), driven once per
 * frame on the FX thread by the run's presenter. It shares the canvas's node and link views and
 * never changes the design.
 */
public final class RunOverlay {

    private final Map<String, NodeView> nodeViews;
    private final Map<String, LinkView> linkViews;
    private final LiveLayer live;

    RunOverlay(Map<String, NodeView> nodeViews, Map<String, LinkView> linkViews, LiveLayer live) {
        this.nodeViews = nodeViews;
        this.linkViews = linkViews;
        this.live = live;
    }

    /** Live numbers under a node while a run is on: counts, each with its current rate. */
    /**
     * The node's counters under its box. A subscriber's line also says how many messages were
     * published while it was not running: without it, sent and received differ by far more than
     * the losses, and a class would read that as messages ZeroMQ lost.
     */
    public void showNodeNumbers(String nodeId, long sent, long received, long dropped, long publishedWhileAway,
                                double sentPerSecond, double receivedPerSecond) {
        NodeView view = nodeViews.get(nodeId);
        if (view != null) {
            view.setLive(LiveNumbersText.line(sent, received, dropped, publishedWhileAway, sentPerSecond,
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
            live.burst("hwm:" + linkId, view.at(atConnectingEnd ? 0.06 : 0.94), "at HWM", "burst-hwm", count, now);
        } else {
            Point2D at = nodeCorner(nodeId);
            if (at != null) {
                live.burst("hwm:" + nodeId, at, "at HWM", "burst-hwm", count, now);
            }
        }
    }

    /** Messages a ROUTER could not route: a burst at the node. */
    public void showUnroutable(String nodeId, long count) {
        Point2D at = nodeCorner(nodeId);
        if (at != null) {
            live.burst("unroutable:" + nodeId, at, "unroutable", "burst-unroutable", count, System.nanoTime());
        }
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
        Point2D topLeft = freeSpotNear(node, ghost);
        int socketIndex = Math.max(0, CanvasView.socketIndex(node, socketId));
        ghost.place(topLeft, NodeGeometry.port(node, socketIndex, topLeft.getX() + GhostView.WIDTH / 2));
    }

    /**
     * Where a ghost goes: the first of a few spots around its node (left, right, below, above,
     * then further out) that overlaps no node and no other ghost, so it never hides the design.
     */
    private Point2D freeSpotNear(Node node, GhostView self) {
        double x = node.position().x();
        double y = node.position().y();
        double h = NodeGeometry.height(node);
        double gap = 60;
        for (int ring = 0; ring < 6; ring++) {
            double d = ring * (GhostView.HEIGHT + 12);
            Point2D[] spots = {
                new Point2D(x - GhostView.WIDTH - gap, y + d),
                new Point2D(x + NodeGeometry.WIDTH + gap, y + d),
                new Point2D(x + d, y + h + gap / 2),
                new Point2D(x + d, y - GhostView.HEIGHT - gap / 2),
                new Point2D(x - GhostView.WIDTH - gap, y - d),
                new Point2D(x + NodeGeometry.WIDTH + gap, y - d),
            };
            for (Point2D spot : spots) {
                if (isFree(spot, self)) {
                    return spot;
                }
            }
        }
        return new Point2D(x - GhostView.WIDTH - gap, y);
    }

    private boolean isFree(Point2D spot, GhostView self) {
        javafx.geometry.BoundingBox box = new javafx.geometry.BoundingBox(spot.getX() - 10, spot.getY() - 10,
                GhostView.WIDTH + 20, GhostView.HEIGHT + 20);
        for (NodeView view : nodeViews.values()) {
            Node n = view.node();
            if (box.intersects(n.position().x(), n.position().y() - 26, NodeGeometry.WIDTH,
                    NodeGeometry.height(n) + 46)) {
                return false;
            }
        }
        for (GhostView other : live.ghostViews()) {
            if (other != self && other.placed() && box.intersects(other.boxBounds())) {
                return false;
            }
        }
        return true;
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
        live.animate(nowNanos);
    }

    /** Back to the design after a run. */
    public void clear() {
        nodeViews.values().forEach(NodeView::clearLive);
        linkViews.values().forEach(LinkView::clearLive);
        live.clear();
    }
}
