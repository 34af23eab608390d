package org.zmqdesigner.app.canvas;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Point2D;
import javafx.scene.Group;

/**
 * What a run draws over the design: message tokens, loss bursts and ghost peers. Everything here
 * is driven by {@link #animate(long)} once per frame on the FX thread; nothing allocates per
 * message beyond the token pool's bound, so a fast run costs the same per frame as a slow one.
 */
final class LiveLayer extends Group {

    /** More tokens than this on screen at once would be noise, not teaching; the oldest go. */
    static final int MAX_TOKENS = 300;
    private static final long EARLY_ARRIVAL_NANOS = 2_000_000_000L;

    private final Group ghosts = new Group();
    private final Group tokens = new Group();
    private final Group bursts = new Group();
    private final LinkedHashMap<String, TokenView> moving = new LinkedHashMap<>();
    private final ArrayDeque<TokenView> pool = new ArrayDeque<>();
    /**
     * Receives seen before their send (the two sides publish independently), oldest first. Most
     * receives belong to links showing dashes and never get a token, so the map is bounded.
     */
    private final LinkedHashMap<String, Long> earlyArrivals = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > MAX_EARLY_ARRIVALS;
        }
    };
    private static final int MAX_EARLY_ARRIVALS = 2_000;
    private final Map<String, DropBurst> burstsAt = new HashMap<>();
    private final Map<String, GhostView> ghostViews = new LinkedHashMap<>();
    /** Hostile ghosts by node@host: they stay until the run is cleared. */
    private final Map<String, RefusedPeerView> refusedViews = new LinkedHashMap<>();

    private long travelNanos = TokenView.TRAVEL_NANOS;
    private double tokenScale = 1;

    /** Slow motion slows the tokens' trips too (up to a few seconds a trip). */
    void setSpeed(double speed) {
        travelNanos = TokenView.travelFor(speed);
    }

    /** The canvas's zoom: far out, tokens are enlarged so they stay readable envelopes. */
    void setZoom(double zoom) {
        double next = TokenView.scaleFor(zoom);
        if (next != tokenScale) {
            tokenScale = next;
            for (TokenView token : moving.values()) {
                token.setScaleX(next);
                token.setScaleY(next);
            }
        }
    }

    LiveLayer() {
        setId("live-layer");
        getChildren().addAll(ghosts, tokens, bursts);
        tokens.setMouseTransparent(false);
    }

    void launch(MessageToken token, Track track, long nowNanos) {
        if (moving.containsKey(token.key())) {
            return;
        }
        if (moving.size() >= MAX_TOKENS) {
            Iterator<TokenView> oldest = moving.values().iterator();
            retire(oldest.next());
            oldest.remove();
        }
        TokenView view = pool.isEmpty() ? new TokenView() : pool.pop();
        boolean arrived = earlyArrivals.remove(token.key()) != null;
        view.launch(token, track, nowNanos, arrived, travelNanos);
        view.setScaleX(tokenScale);
        view.setScaleY(tokenScale);
        view.setUserData(track);
        moving.put(token.key(), view);
        tokens.getChildren().add(view);
    }

    void arrive(String key, long nowNanos) {
        TokenView view = moving.get(key);
        if (view != null) {
            view.arrived(nowNanos);
        } else {
            earlyArrivals.put(key, nowNanos);
        }
    }

    void burst(String place, Point2D at, java.util.function.LongFunction<String> words, String styleClass, long count,
               long nowNanos) {
        DropBurst burst = burstsAt.get(place);
        if (burst == null) {
            burst = new DropBurst(at, words, styleClass, nowNanos);
            burstsAt.put(place, burst);
            bursts.getChildren().add(burst);
        }
        burst.add(count, nowNanos);
    }

    GhostView ghost(String node, String socket, String peer) {
        return ghostViews.computeIfAbsent(node + "@" + peer, k -> {
            GhostView view = new GhostView(node, socket, peer);
            ghosts.getChildren().add(view);
            return view;
        });
    }

    GhostView findGhost(String node, String peer) {
        return ghostViews.get(node + "@" + peer);
    }

    void removeGhost(String node, String peer) {
        GhostView view = ghostViews.remove(node + "@" + peer);
        if (view != null) {
            ghosts.getChildren().remove(view);
            moving.values().removeIf(t -> {
                if (t.getParent() != null && isOn(t, view)) {
                    retire(t);
                    return true;
                }
                return false;
            });
        }
    }

    private static boolean isOn(TokenView token, GhostView ghost) {
        return token.getUserData() == ghost;
    }


    List<GhostView> ghostViews() {
        return new ArrayList<>(ghostViews.values());
    }

    /** The hostile ghost of {@code host} at {@code node}, made (unplaced) if there is none yet. */
    RefusedPeerView refusedPeer(String node, String socket, String host) {
        return refusedViews.computeIfAbsent(node + "@" + host, k -> {
            RefusedPeerView view = new RefusedPeerView(node, socket, host);
            ghosts.getChildren().add(view);
            return view;
        });
    }

    RefusedPeerView findRefused(String node, String host) {
        return refusedViews.get(node + "@" + host);
    }

    List<RefusedPeerView> refusedViews() {
        return new ArrayList<>(refusedViews.values());
    }

    /** Every box beside the design, of both kinds of ghost: what a new one must not cover, and what Fit shows. */
    List<GhostBox> ghostBoxes() {
        List<GhostBox> all = new ArrayList<>(ghostViews.values());
        all.addAll(refusedViews.values());
        return all;
    }

    List<TokenView> tokenViews() {
        return new ArrayList<>(moving.values());
    }

    List<DropBurst> burstViews() {
        return new ArrayList<>(burstsAt.values());
    }

    void animate(long nowNanos) {
        for (Iterator<TokenView> it = moving.values().iterator(); it.hasNext(); ) {
            TokenView token = it.next();
            if (!token.animate(nowNanos)) {
                retire(token);
                it.remove();
            }
        }
        for (Iterator<DropBurst> it = burstsAt.values().iterator(); it.hasNext(); ) {
            DropBurst burst = it.next();
            if (!burst.animate(nowNanos)) {
                bursts.getChildren().remove(burst);
                it.remove();
            }
        }
        for (GhostView ghost : ghostViews.values()) {
            ghost.animate(nowNanos);
        }
        for (Iterator<Long> it = earlyArrivals.values().iterator(); it.hasNext(); ) {
            if (nowNanos - it.next() <= EARLY_ARRIVAL_NANOS) {
                break; // the rest are younger
            }
            it.remove();
        }
    }

    private void retire(TokenView token) {
        tokens.getChildren().remove(token);
        token.setUserData(null);
        pool.push(token);
    }

    /** The ghosts' words again, in the current language. */
    void relabel() {
        ghostViews.values().forEach(GhostView::relabel);
        refusedViews.values().forEach(RefusedPeerView::relabel);
    }

    void clear() {
        moving.values().forEach(this::retire);
        moving.clear();
        earlyArrivals.clear();
        burstsAt.clear();
        bursts.getChildren().clear();
        ghostViews.clear();
        refusedViews.clear();
        ghosts.getChildren().clear();
    }
}
