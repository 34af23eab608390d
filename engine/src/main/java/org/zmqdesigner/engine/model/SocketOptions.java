package org.zmqdesigner.engine.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The socket options a design may set. A null value means "ZeroMQ's default", so files only carry
 * what the designer chose.
 *
 * @param sndhwm high-water mark of the outgoing queue per connection, in messages (ZMQ_SNDHWM)
 * @param rcvhwm high-water mark of the incoming queue per connection, in messages (ZMQ_RCVHWM)
 * @param linger how long close waits for unsent messages, in milliseconds; -1 waits forever
 * @param subscribe prefixes a SUB socket subscribes to; the empty string subscribes to everything
 * @param routingId identity this socket announces to a ROUTER peer (ZMQ_ROUTING_ID)
 * @param conflate keep only the last message (ZMQ_CONFLATE)
 * @param immediate queue only to completed connections (ZMQ_IMMEDIATE)
 * @param routerMandatory a ROUTER reports unroutable messages instead of dropping them silently
 * @param xpubVerbose an XPUB passes on every subscription, duplicates included
 * @param maxmsgsize the largest message, in bytes, this socket accepts from a peer; -1 accepts any
 *     (ZMQ_MAXMSGSIZE). A run sets {@link SocketOption#RUN_MAX_MSG_SIZE} when the design says nothing.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"sndhwm", "rcvhwm", "linger", "subscribe", "routingId", "conflate", "immediate",
        "routerMandatory", "xpubVerbose", "maxmsgsize"})
public record SocketOptions(
        Integer sndhwm,
        Integer rcvhwm,
        Integer linger,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> subscribe,
        String routingId,
        Boolean conflate,
        Boolean immediate,
        Boolean routerMandatory,
        Boolean xpubVerbose,
        Integer maxmsgsize) {

    public static final SocketOptions DEFAULTS =
            new SocketOptions(null, null, null, List.of(), null, null, null, null, null, null);

    public SocketOptions {
        subscribe = subscribe == null ? List.of() : List.copyOf(subscribe);
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isDefault() {
        return equals(DEFAULTS);
    }

    public SocketOptions withSndhwm(Integer value) {
        return new SocketOptions(value, rcvhwm, linger, subscribe, routingId, conflate, immediate,
                routerMandatory, xpubVerbose, maxmsgsize);
    }

    public SocketOptions withRcvhwm(Integer value) {
        return new SocketOptions(sndhwm, value, linger, subscribe, routingId, conflate, immediate,
                routerMandatory, xpubVerbose, maxmsgsize);
    }

    public SocketOptions withLinger(Integer value) {
        return new SocketOptions(sndhwm, rcvhwm, value, subscribe, routingId, conflate, immediate,
                routerMandatory, xpubVerbose, maxmsgsize);
    }

    public SocketOptions withSubscribe(List<String> value) {
        return new SocketOptions(sndhwm, rcvhwm, linger, value, routingId, conflate, immediate,
                routerMandatory, xpubVerbose, maxmsgsize);
    }

    public SocketOptions withRoutingId(String value) {
        return new SocketOptions(sndhwm, rcvhwm, linger, subscribe, value, conflate, immediate,
                routerMandatory, xpubVerbose, maxmsgsize);
    }

    public SocketOptions withConflate(Boolean value) {
        return new SocketOptions(sndhwm, rcvhwm, linger, subscribe, routingId, value, immediate,
                routerMandatory, xpubVerbose, maxmsgsize);
    }

    public SocketOptions withImmediate(Boolean value) {
        return new SocketOptions(sndhwm, rcvhwm, linger, subscribe, routingId, conflate, value,
                routerMandatory, xpubVerbose, maxmsgsize);
    }

    public SocketOptions withRouterMandatory(Boolean value) {
        return new SocketOptions(sndhwm, rcvhwm, linger, subscribe, routingId, conflate, immediate,
                value, xpubVerbose, maxmsgsize);
    }

    public SocketOptions withXpubVerbose(Boolean value) {
        return new SocketOptions(sndhwm, rcvhwm, linger, subscribe, routingId, conflate, immediate,
                routerMandatory, value, maxmsgsize);
    }

    public SocketOptions withMaxmsgsize(Integer value) {
        return new SocketOptions(sndhwm, rcvhwm, linger, subscribe, routingId, conflate, immediate,
                routerMandatory, xpubVerbose, value);
    }
}
