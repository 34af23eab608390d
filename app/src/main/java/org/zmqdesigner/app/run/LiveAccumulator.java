package org.zmqdesigner.app.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zmqdesigner.app.canvas.MessageToken;
import org.zmqdesigner.app.canvas.StateWords;
import org.zmqdesigner.engine.event.EventSubscriber;
import org.zmqdesigner.engine.event.RunEvent;
import org.zmqdesigner.engine.event.RunEvent.ConnectionState;
import org.zmqdesigner.engine.event.RunEvent.NodeState;
import org.zmqdesigner.engine.model.Link;
import org.zmqdesigner.engine.model.Topology;
import org.zmqdesigner.engine.text.Texts;

/**
 * Folds engine events into one {@link LiveFrame} between two animation frames. Runs on the event
 * bus's thread (every field but the hand-over queue is confined to it); the FX thread takes the
 * frame with {@link #take()}. Aggregating here, not queueing,
 * keeps memory bounded at any message rate, and the FX thread does one update per frame.
 *
 * <p>Connection states are kept here too, in event order: a monitor event from a node already
 * stopped must not bring its links back, and a stopped node's links are down whatever its peers'
 * monitors say later.
 */
final class LiveAccumulator implements EventSubscriber {

    private static final Texts TEXTS = Texts.of(LiveAccumulator.class);

    /** More tokens than this per frame could not be told apart; their links show dashes anyway. */
    static final int MAX_TOKENS_PER_FRAME = 120;
    static final int MAX_TRACE_PER_FRAME = 500;
    /** Receives only complete tokens, of which there are at most a few hundred on screen. */
    static final int MAX_ARRIVALS_PER_FRAME = 2_000;

    private final TokenDescriber describer;
    private final Map<String, Link> links = new HashMap<>();
    private final Map<String, List<String>> linksOfNode = new HashMap<>();
    private final Map<String, NodeState> nodeNow = new HashMap<>();
    private final Map<String, ConnectionState> linkNow = new HashMap<>();
    /**
     * What the next frame will take: batches are folded on the event thread and merged into it
     * there, so however long the FX thread takes, one bounded builder waits, never a queue.
     */
    private final java.util.concurrent.atomic.AtomicReference<Builder> pending =
            new java.util.concurrent.atomic.AtomicReference<>();
    /** The batch being folded; touched by the event thread only. */
    private Builder frame = new Builder();

    LiveAccumulator(Topology topology) {
        this.describer = new TokenDescriber(topology);
        for (Link link : topology.links()) {
            links.put(link.id(), link);
            linksOfNode.computeIfAbsent(link.from().node(), k -> new ArrayList<>()).add(link.id());
            linksOfNode.computeIfAbsent(link.to().node(), k -> new ArrayList<>()).add(link.id());
            link(link.id(), ConnectionState.CONNECTING, TEXTS.get("link.starting"));
        }
        pending.set(frame);
    }

    /**
     * Folds one batch without holding any lock the FX thread could wait on: the batch goes into
     * its own builder, handed over whole. (Holding a lock for a batch of thousands of events made
     * frames wait.)
     */
    @Override
    public void onEvents(List<RunEvent> batch) {
        frame = new Builder();
        for (RunEvent event : batch) {
            if (event instanceof RunEvent.Flow f) {
                flow(f);
            } else if (event instanceof RunEvent.MessageSent s) {
                sent(s);
            } else if (event instanceof RunEvent.MessageReceived r) {
                received(r);
            } else if (event instanceof RunEvent.QueueDepth q) {
                frame.depth.put(q.link(), new long[] {q.depth(), q.capacity()});
            } else if (event instanceof RunEvent.MessageDropped d) {
                dropped(d);
            } else if (event instanceof RunEvent.ConnectionChanged c) {
                connection(c);
            } else if (event instanceof RunEvent.NodeStateChanged s) {
                nodeState(s);
            } else if (event instanceof RunEvent.ExternalPeer p) {
                frame.externals.add(p);
            } else if (event instanceof RunEvent.PeerRefused r) {
                // One per (node, host) is enough: the latest carries the host's running count.
                frame.refused.put(r.node() + "@" + r.host(), r);
            } else if (event instanceof RunEvent.RequestRetried r) {
                frame.retries.put(r.node(), r); // the latest says it all: its attempt and the count so far
            } else if (event instanceof RunEvent.EngineFailed f) {
                frame.engineFailure = frame.engineFailure == null ? f.reason() : frame.engineFailure;
            } else if (event instanceof RunEvent.EventsSkipped k) {
                frame.skipped += k.count();
            }
        }
        // Only this thread sets the reference; the FX thread only takes it, so nothing is lost:
        // a frame that takes in between gets nothing, and the next one gets both.
        Builder earlier = pending.getAndSet(null);
        if (earlier != null) {
            earlier.merge(frame);
            frame = earlier;
        }
        pending.set(frame);
    }

    private void flow(RunEvent.Flow f) {
        frame.nodeTraffic.merge(f.node(), f.sent() + f.received(), Long::sum);
        if (f.link() != null) {
            Link link = links.get(f.link());
            if (link == null) {
                return;
            }
            long[] written = frame.written.computeIfAbsent(f.link(), k -> new long[2]);
            written[link.from().node().equals(f.node()) ? 0 : 1] += f.sent();
            if (f.sent() + f.received() > 0 && linkNow.get(f.link()) != ConnectionState.CONNECTED
                    && alive(link.from().node()) && alive(link.to().node())) {
                link(f.link(), ConnectionState.CONNECTED, TEXTS.get("link.flowing"));
            }
        } else if (f.peer() instanceof RunEvent.Peer.Outside outside) {
            long[] traffic = frame.ghostTraffic.computeIfAbsent(ghostKey(f.node(), outside.address()),
                    k -> new long[2]);
            traffic[0] += f.received();
            traffic[1] += f.sent();
        }
    }

    private void sent(RunEvent.MessageSent s) {
        RunEvent.Peer.Outside outside = s.to() instanceof RunEvent.Peer.Outside o ? o : null;
        boolean external = outside != null;
        if (s.link() == null && !external) {
            return;
        }
        if (frame.tokens.size() < MAX_TOKENS_PER_FRAME) {
            String key = tokenKey(s.connection(), s.node(), s.sequence());
            if (external) {
                frame.tokens.add(describer.toGhost(key, s, outside.address()));
            } else {
                frame.tokens.add(describer.onLink(key, s));
            }
        }
        if (external) {
            trace(() -> describer.row(s));
        }
    }

    private void received(RunEvent.MessageReceived r) {
        String key = tokenKey(r.connection(), r.from().label(), r.sequence());
        if (r.from() instanceof RunEvent.Peer.Outside outside && frame.tokens.size() < MAX_TOKENS_PER_FRAME) {
            // Nothing reports an outside peer's send: the token starts when it is read, already arrived.
            frame.tokens.add(describer.fromGhost(key, r, outside.address()));
        }
        if (frame.arrivals.size() < MAX_ARRIVALS_PER_FRAME) {
            frame.arrivals.add(key);
        }
        trace(() -> describer.row(r));
    }

    /**
     * What names one message on both sides: its connection, its sender and its sequence. Each
     * direction of a connection counts from 1, so without the sender a reply would share its
     * request's name.
     */
    static String tokenKey(String connection, String sender, long sequence) {
        return connection + "#" + sender + "#" + sequence;
    }

    /** Builds the row only when the frame has room for it. */
    private void trace(java.util.function.Supplier<TraceRow> row) {
        if (frame.trace.size() < MAX_TRACE_PER_FRAME) {
            frame.trace.add(row.get());
        }
    }

    private void dropped(RunEvent.MessageDropped d) {
        String place = d.reason() + "|" + d.link() + "|" + d.node();
        LiveFrame.Drop before = frame.drops.get(place);
        frame.drops.put(place, new LiveFrame.Drop(d.link(), d.node(), d.reason(),
                d.count() + (before == null ? 0 : before.count())));
    }

    private void connection(RunEvent.ConnectionChanged c) {
        if (c.link() == null || c.state() == ConnectionState.LISTENING || !alive(c.node())) {
            return;
        }
        String detail = c.endpoint() == null ? c.detail() : c.peerAddress() == null ? c.endpoint()
                : TEXTS.get("link.endpointFrom", c.endpoint(), c.peerAddress());
        link(c.link(), c.state(), detail);
    }

    private void nodeState(RunEvent.NodeStateChanged s) {
        nodeNow.put(s.node(), s.state());
        frame.nodeStates.put(s.node(), s.state());
        frame.nodeDetails.put(s.node(), s.detail());
        for (String link : linksOfNode.getOrDefault(s.node(), List.of())) {
            if (s.state() == NodeState.STOPPED || s.state() == NodeState.CRASHED || s.state() == NodeState.GAVE_UP) {
                link(link, ConnectionState.DISCONNECTED, TEXTS.get("link.nodeState", s.node(),
                        StateWords.word(s.state())));
            } else if (s.state() == NodeState.STARTING && linkNow.get(link) == ConnectionState.DISCONNECTED) {
                link(link, ConnectionState.CONNECTING, TEXTS.get("link.nodeState", s.node(),
                        StateWords.word(NodeState.STARTING)));
            }
        }
    }

    private boolean alive(String node) {
        NodeState state = nodeNow.get(node);
        return state != NodeState.STOPPED && state != NodeState.CRASHED && state != NodeState.GAVE_UP;
    }

    private void link(String link, ConnectionState state, String detail) {
        linkNow.put(link, state);
        frame.links.put(link, new LiveFrame.LinkState(state, detail));
    }

    private static String ghostKey(String node, String address) {
        return node + "@" + address;
    }

    /** The frame gathered since the last call; called once per animation pulse on the FX thread. */
    LiveFrame take() {
        Builder done = pending.getAndSet(null);
        if (done == null) {
            done = new Builder();
        }
        return new LiveFrame(done.depth, done.written, done.nodeTraffic, done.ghostTraffic,
                new ArrayList<>(done.drops.values()), done.links, done.nodeStates, done.nodeDetails, done.externals,
                done.tokens, done.arrivals, done.trace, done.skipped, List.copyOf(done.refused.values()),
                done.engineFailure, done.retries);
    }


    private static final class Builder {
        final Map<String, long[]> depth = new HashMap<>();
        final Map<String, long[]> written = new HashMap<>();
        final Map<String, Long> nodeTraffic = new HashMap<>();
        final Map<String, long[]> ghostTraffic = new HashMap<>();
        final Map<String, LiveFrame.Drop> drops = new LinkedHashMap<>();
        final Map<String, LiveFrame.LinkState> links = new LinkedHashMap<>();
        final Map<String, NodeState> nodeStates = new LinkedHashMap<>();
        final Map<String, String> nodeDetails = new HashMap<>();
        final List<RunEvent.ExternalPeer> externals = new ArrayList<>();
        /** The latest refusal per node@host. */
        final Map<String, RunEvent.PeerRefused> refused = new LinkedHashMap<>();
        String engineFailure;
        /** The latest retry per node. */
        final Map<String, RunEvent.RequestRetried> retries = new HashMap<>();
        final List<MessageToken> tokens = new ArrayList<>();
        final List<String> arrivals = new ArrayList<>();
        final List<TraceRow> trace = new ArrayList<>();
        long skipped;

        /** Adds a later batch: latest values win, counts add up, lists keep their caps. */
        void merge(Builder later) {
            depth.putAll(later.depth);
            later.written.forEach((k, v) -> {
                long[] sum = written.computeIfAbsent(k, x -> new long[2]);
                sum[0] += v[0];
                sum[1] += v[1];
            });
            later.nodeTraffic.forEach((k, v) -> nodeTraffic.merge(k, v, Long::sum));
            later.ghostTraffic.forEach((k, v) -> {
                long[] sum = ghostTraffic.computeIfAbsent(k, x -> new long[2]);
                sum[0] += v[0];
                sum[1] += v[1];
            });
            later.drops.forEach((k, v) -> drops.merge(k, v, (a, b) -> new LiveFrame.Drop(a.link(), a.node(),
                    a.reason(), a.count() + b.count())));
            later.links.forEach((k, v) -> {
                links.remove(k); // keep the order of the latest change
                links.put(k, v);
            });
            nodeStates.putAll(later.nodeStates);
            nodeDetails.putAll(later.nodeDetails);
            externals.addAll(later.externals);
            tokens.addAll(later.tokens.subList(0, Math.min(later.tokens.size(),
                    Math.max(0, MAX_TOKENS_PER_FRAME - tokens.size()))));
            arrivals.addAll(later.arrivals.subList(0, Math.min(later.arrivals.size(),
                    Math.max(0, MAX_ARRIVALS_PER_FRAME - arrivals.size()))));
            trace.addAll(later.trace.subList(0, Math.min(later.trace.size(),
                    Math.max(0, MAX_TRACE_PER_FRAME - trace.size()))));
            skipped += later.skipped;
            refused.putAll(later.refused);
            retries.putAll(later.retries);
            engineFailure = engineFailure != null ? engineFailure : later.engineFailure;
        }
    }
}
