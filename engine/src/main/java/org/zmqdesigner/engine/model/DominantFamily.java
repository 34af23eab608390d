package org.zmqdesigner.engine.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pattern family a design is about, read from its sockets rather than kept in a list: each
 * socket counts for its type's {@link SocketType.Family} (devices count by their frontend and
 * backend, so a queue is request-reply, a forwarder publish-subscribe, a streamer pipeline), and
 * the family with the most sockets wins. A device's capture socket does not count: it taps the
 * traffic, it is not part of the pattern.
 *
 * <p>Ties go to the family that is not a side channel. The zguide's designs that mix families
 * add request-reply (syncpub and syncsub synchronise over REQ/REP before publishing) or pair
 * (signalling between threads) beside their main pattern, usually with one socket on each side
 * per peer, which is exactly as many as the main pattern has. So, on a tie: publish-subscribe,
 * then pipeline, then exclusive pair, then request-reply.
 */
public final class DominantFamily {

    /** The order that settles a tie, main patterns first, side channels last. */
    static final List<SocketType.Family> TIE_ORDER = List.of(SocketType.Family.PUBLISH_SUBSCRIBE,
            SocketType.Family.PIPELINE, SocketType.Family.EXCLUSIVE_PAIR, SocketType.Family.REQUEST_REPLY);

    private DominantFamily() {
    }

    /** The design's family; empty when it has no sockets (nothing to tell by). */
    public static Optional<SocketType.Family> of(Topology topology) {
        Map<SocketType.Family, Integer> counts = new EnumMap<>(SocketType.Family.class);
        for (Node node : topology.nodes()) {
            for (Socket socket : node.sockets()) {
                if (!(node.kind().isDevice() && socket.id().equals(NodeKind.CAPTURE))) {
                    counts.merge(socket.type().family(), 1, Integer::sum);
                }
            }
        }
        SocketType.Family best = null;
        for (SocketType.Family family : TIE_ORDER) {
            if (counts.getOrDefault(family, 0) > (best == null ? 0 : counts.get(best))) {
                best = family;
            }
        }
        return Optional.ofNullable(best);
    }
}
