package org.zmqdesigner.engine.lesson;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.zmqdesigner.engine.model.Behaviour;
import org.zmqdesigner.engine.model.Node;

/**
 * The behaviour settings a check may read, by their names in the {@code .zmqtopo} file. A setting
 * the node does not have (a sink has no rate) reads as unset.
 */
public enum Setting {
    /** A source waits for this many peers before its first message (the slow joiner's cure). */
    @JsonProperty("awaitPeers") AWAIT_PEERS("awaitPeers"),
    /** A source or sink synchronises over a REQ-REP pair before the stream (syncpub/syncsub): 1 when set. */
    @JsonProperty("syncStart") SYNC_START("syncStart"),
    @JsonProperty("rate") RATE("rate"),
    @JsonProperty("count") COUNT("count"),
    /** A responder's, worker's or sink's time per message. */
    @JsonProperty("delayMs") DELAY_MS("delayMs"),
    @JsonProperty("startDelayMs") START_DELAY_MS("startDelayMs"),
    @JsonProperty("replyTimeoutMs") REPLY_TIMEOUT_MS("replyTimeoutMs"),
    @JsonProperty("retries") RETRIES("retries");

    private final String key;

    Setting(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The setting's value in the node, or null when unset. */
    Double valueIn(Node node) {
        if (this == START_DELAY_MS) {
            return number(node.startDelayMs());
        }
        Behaviour b = node.behaviour();
        return switch (this) {
            case AWAIT_PEERS -> b instanceof Behaviour.Source s ? number(s.awaitPeers()) : null;
            case SYNC_START -> (b instanceof Behaviour.Source s && s.syncSocket() != null)
                    || (b instanceof Behaviour.Sink k && k.syncSocket() != null) ? 1.0 : null;
            case RATE -> b instanceof Behaviour.Source s ? number(s.rate()) : null;
            case COUNT -> b instanceof Behaviour.Source s ? number(s.count())
                    : b instanceof Behaviour.Sink k ? number(k.count()) : null;
            case DELAY_MS -> b instanceof Behaviour.Responder r ? number(r.delayMs())
                    : b instanceof Behaviour.Worker w ? number(w.delayMs())
                    : b instanceof Behaviour.Sink k ? number(k.delayMs()) : null;
            case REPLY_TIMEOUT_MS -> b instanceof Behaviour.Source s ? number(s.replyTimeoutMs()) : null;
            case RETRIES -> b instanceof Behaviour.Source s ? number(s.retries()) : null;
            case START_DELAY_MS -> number(node.startDelayMs());
        };
    }

    private static Double number(Number n) {
        return n == null ? null : n.doubleValue();
    }
}
