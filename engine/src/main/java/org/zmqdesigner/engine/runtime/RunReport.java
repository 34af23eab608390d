package org.zmqdesigner.engine.runtime;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/**
 * What a run did, in numbers: the {@code --report} file and the end-of-run table.
 *
 * @param nodes per node: application messages sent and received, messages it dropped (HWM at a
 *     publisher or ROUTER, unroutable at a ROUTER), and what it lost as a subscriber
 * @param links per link: messages read by the receiving side, and the deepest queue sampled
 * @param engineFailure why the run stopped early when a thread of the engine itself died (one of
 *     ZeroMQ's I/O threads, say of an OutOfMemoryError); absent when the engine kept going
 */
@JsonPropertyOrder({"topology", "durationMs", "nodes", "links", "totals", "externalPeers", "engineFailure"})
public record RunReport(String topology, long durationMs, Map<String, NodeReport> nodes,
                        Map<String, LinkReport> links, Totals totals, Map<String, OutsidePeer> externalPeers,
                        @JsonInclude(JsonInclude.Include.NON_NULL) String engineFailure) {

    /** A report of a run whose engine kept going to the end (no {@code engineFailure}). */
    /**
     * The key of {@link #externalPeers} under which the hosts past the first hundred are counted
     * together: a key, the same in every language; whoever shows it says it in words.
     */
    public static final String OTHER_HOSTS = "other hosts";

    public RunReport(String topology, long durationMs, Map<String, NodeReport> nodes, Map<String, LinkReport> links,
                     Totals totals, Map<String, OutsidePeer> externalPeers) {
        this(topology, durationMs, nodes, links, totals, externalPeers, null);
    }

    /**
     * Programs outside the design, by host: how many connections they made and the messages those
     * carried both ways, and how many connections were refused because they never completed the
     * ZeroMQ handshake after sending something (garbage, another protocol, an old ZeroMQ, a wrong socket type) (at
     * most 100 hosts; the rest under "other hosts").
     */
    @JsonPropertyOrder({"connections", "messages", "refused"})
    public record OutsidePeer(long connections, long messages, long refused) {
    }

    /**
     * @param dropped everything the node dropped: at the HWM (as a publisher or ROUTER) and
     *     unroutable (as a ROUTER)
     * @param unroutable the part of {@code dropped} a ROUTER could not route
     * @param publishedWhileAway as a subscriber: messages for it that its publishers sent while it
     *     was not running (before it started, or while it was stopped). It could never get them, so
     *     they are not losses; they are why sent and received differ beyond the losses.
     * @param retries as a Lazy Pirate client: requests sent again on a fresh socket after no reply
     *     came in time; absent from the file when none (reports of nodes that never retry read as
     *     before)
     */
    @JsonPropertyOrder({"state", "sent", "received", "dropped", "unroutable", "lostSlowJoiner", "lostHwm",
            "publishedWhileAway", "retries"})
    public record NodeReport(String state, long sent, long received, long dropped, long unroutable,
                             long lostSlowJoiner, long lostHwm, long publishedWhileAway,
                             @JsonInclude(JsonInclude.Include.NON_DEFAULT) long retries) {

        /** A node that made no retries. */
        public NodeReport(String state, long sent, long received, long dropped, long unroutable, long lostSlowJoiner,
                          long lostHwm, long publishedWhileAway) {
            this(state, sent, received, dropped, unroutable, lostSlowJoiner, lostHwm, publishedWhileAway, 0);
        }
    }

    /**
     * @param sent messages written into the link by its sending ends (both ways for request-reply);
     *     null when no sending end runs in this process (a design split with {@code --only})
     * @param delivered messages read by its receiving ends; null when none runs in this process
     */
    @JsonPropertyOrder({"sent", "delivered", "maxQueueDepth"})
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record LinkReport(Long sent, Long delivered, long maxQueueDepth) {
    }

    @JsonPropertyOrder({"sent", "received", "lostSlowJoiner", "lostHwm", "unroutable"})
    public record Totals(long sent, long received, long lostSlowJoiner, long lostHwm, long unroutable) {
    }
}
