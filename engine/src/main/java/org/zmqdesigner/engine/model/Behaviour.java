package org.zmqdesigner.engine.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import org.zmqdesigner.engine.text.Texts;

/**
 * What an application node does with its sockets. The file names the variant with a fixed word
 * ("type": "source"); no class name is ever read from a file.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Behaviour.Source.class, name = "source"),
        @JsonSubTypes.Type(value = Behaviour.Responder.class, name = "responder"),
        @JsonSubTypes.Type(value = Behaviour.Worker.class, name = "worker"),
        @JsonSubTypes.Type(value = Behaviour.Sink.class, name = "sink"),
        @JsonSubTypes.Type(value = Behaviour.Echo.class, name = "echo"),
        @JsonSubTypes.Type(value = Behaviour.Broker.class, name = "broker")
})
public sealed interface Behaviour {

    /** The word that names this behaviour in files: it never changes with the language. */
    String typeName();

    /** The behaviour's name as the designer shows it, in the current language. */
    default String shownName() {
        return shownName(typeName());
    }

    /** The shown name of the behaviour a file calls {@code typeName} ("source", "sink"…). */
    static String shownName(String typeName) {
        return Texts.of(Behaviour.class).get("behaviour." + typeName);
    }

    /**
     * Sends messages made from a payload template.
     *
     * @param socket the socket to send on; null means the node's first socket that can send
     * @param rate messages per second; null sends as fast as the socket takes them
     * @param count how many messages to send; null sends until stopped
     * @param payload template of the payload, see {@link PayloadTemplate}
     * @param topic when set, sent as a first frame before the payload (a pub-sub envelope)
     * @param awaitPeers wait until this many peers have connected (or, on an XPUB, subscribed; or,
     *     with {@code syncSocket}, sent a sync request) before the first message; the zguide's cure
     *     for the slow joiner
     * @param prelude messages sent once before the stream, such as taskvent's "0" to the sink
     * @param syncSocket a REP socket of the node on which {@code awaitPeers} subscribers each send a
     *     sync request, answered before the stream starts (the zguide's syncpub)
     * @param end a last message sent once after {@code count} messages, such as syncpub's "END"
     * @param replyTimeoutMs on a REQ: how long to wait for each reply before retrying (the
     *     zguide's Lazy Pirate client); null waits within the run's patience
     * @param retries on a REQ with a reply timeout: how many times to close the socket, open a new
     *     one and resend before giving up ("server seems to be offline, abandoning")
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"socket", "rate", "count", "payload", "topic", "awaitPeers", "syncSocket", "end",
            "replyTimeoutMs", "retries", "prelude"})
    record Source(String socket, Double rate, Long count, String payload, String topic,
                  Integer awaitPeers,
                  @JsonInclude(
                          JsonInclude.Include.NON_EMPTY)
                  List<Prelude> prelude,
                  String syncSocket, String end, Integer replyTimeoutMs, Integer retries) implements Behaviour {
        @JsonCreator
        public Source {
            payload = payload == null ? "" : payload;
            prelude = prelude == null ? List.of() : List.copyOf(prelude);
        }

        /** A source without synchronisation or retries. */
        public Source(String socket, Double rate, Long count, String payload, String topic, Integer awaitPeers,
                      List<Prelude> prelude) {
            this(socket, rate, count, payload, topic, awaitPeers, prelude, null, null, null, null);
        }

        @Override
        public String typeName() {
            return "source";
        }

        public Source withSocket(String value) {
            return new Source(value, rate, count, payload, topic, awaitPeers, prelude, syncSocket, end,
                    replyTimeoutMs, retries);
        }

        public Source withRate(Double value) {
            return new Source(socket, value, count, payload, topic, awaitPeers, prelude, syncSocket, end,
                    replyTimeoutMs, retries);
        }

        public Source withCount(Long value) {
            return new Source(socket, rate, value, payload, topic, awaitPeers, prelude, syncSocket, end,
                    replyTimeoutMs, retries);
        }

        public Source withPayload(String value) {
            return new Source(socket, rate, count, value, topic, awaitPeers, prelude, syncSocket, end,
                    replyTimeoutMs, retries);
        }

        public Source withTopic(String value) {
            return new Source(socket, rate, count, payload, value, awaitPeers, prelude, syncSocket, end,
                    replyTimeoutMs, retries);
        }

        public Source withAwaitPeers(Integer value) {
            return new Source(socket, rate, count, payload, topic, value, prelude, syncSocket, end,
                    replyTimeoutMs, retries);
        }

        public Source withPrelude(List<Prelude> value) {
            return new Source(socket, rate, count, payload, topic, awaitPeers, value, syncSocket, end,
                    replyTimeoutMs, retries);
        }

        public Source withSyncSocket(String value) {
            return new Source(socket, rate, count, payload, topic, awaitPeers, prelude, value, end,
                    replyTimeoutMs, retries);
        }

        public Source withEnd(String value) {
            return new Source(socket, rate, count, payload, topic, awaitPeers, prelude, syncSocket, value,
                    replyTimeoutMs, retries);
        }

        public Source withReplyTimeoutMs(Integer value) {
            return new Source(socket, rate, count, payload, topic, awaitPeers, prelude, syncSocket, end,
                    value, retries);
        }

        public Source withRetries(Integer value) {
            return new Source(socket, rate, count, payload, topic, awaitPeers, prelude, syncSocket, end,
                    replyTimeoutMs, value);
        }
    }

    /** A message a source sends once, on a named socket, before its stream begins. */
    @JsonPropertyOrder({"socket", "payload"})
    record Prelude(String socket, String payload) {
        public Prelude {
            Required.text(socket, "socket", "prelude");
            payload = payload == null ? "" : payload;
        }
    }

    /**
     * Answers each request (REP, ROUTER, DEALER, or a REQ worker that announces itself) after a
     * processing delay.
     *
     * @param reply template of the reply; {@code {payload}} is the request's payload
     * @param announce sent once before the first request, on a REQ or DEALER worker: the zguide's
     *     "READY" of a load-balancing worker, or rtdealer's "Hi Boss"
     * @param replies how many replies to each request: a number, or a range like {@code 0..4}
     *     picked per request (the zguide's asyncsrv); null is one
     * @param faults crashes and stalls on purpose, as the zguide's lpserver simulates them
     * @param seed seeds every random choice of this responder (reply counts, faults); null
     *     derives it from the node id, so runs are reproducible either way
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"socket", "delayMs", "reply", "announce", "replies", "faults", "seed"})
    record Responder(String socket, Integer delayMs, String reply, String announce, CountRange replies,
                     Faults faults, Long seed) implements Behaviour {
        @JsonCreator
        public Responder {
            reply = reply == null ? "" : reply;
        }

        /** A responder that answers once per request, without faults. */
        public Responder(String socket, Integer delayMs, String reply) {
            this(socket, delayMs, reply, null, null, null, null);
        }

        @Override
        public String typeName() {
            return "responder";
        }

        public Responder withSocket(String value) {
            return new Responder(value, delayMs, reply, announce, replies, faults, seed);
        }

        public Responder withDelayMs(Integer value) {
            return new Responder(socket, value, reply, announce, replies, faults, seed);
        }

        public Responder withReply(String value) {
            return new Responder(socket, delayMs, value, announce, replies, faults, seed);
        }

        public Responder withAnnounce(String value) {
            return new Responder(socket, delayMs, reply, value, replies, faults, seed);
        }

        public Responder withReplies(CountRange value) {
            return new Responder(socket, delayMs, reply, announce, value, faults, seed);
        }

        public Responder withFaults(Faults value) {
            return new Responder(socket, delayMs, reply, announce, replies, value, seed);
        }

        public Responder withSeed(Long value) {
            return new Responder(socket, delayMs, reply, announce, replies, faults, value);
        }
    }

    /**
     * Failures a responder simulates on purpose, each decided per request from the responder's
     * seed: what the zguide's lpserver does to show a client's retries.
     *
     * @param crashAfter crash on the request after this many were answered
     * @param crashChance chance (0 to 1) of crashing on each request
     * @param stallMs how long a stall lasts before the reply goes out (an overloaded server)
     * @param stallChance chance (0 to 1) of stalling on each request
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"crashAfter", "crashChance", "stallMs", "stallChance"})
    record Faults(Long crashAfter, Double crashChance, Integer stallMs, Double stallChance) {
        public Faults withCrashAfter(Long value) {
            return new Faults(value, crashChance, stallMs, stallChance);
        }

        public Faults withCrashChance(Double value) {
            return new Faults(crashAfter, value, stallMs, stallChance);
        }

        public Faults withStallMs(Integer value) {
            return new Faults(crashAfter, crashChance, value, stallChance);
        }

        public Faults withStallChance(Double value) {
            return new Faults(crashAfter, crashChance, stallMs, value);
        }

        /** Whether no fault is set, so the responder may drop the whole block. */
        @com.fasterxml.jackson.annotation.JsonIgnore
        public boolean isEmpty() {
            return crashAfter == null && crashChance == null && stallMs == null && stallChance == null;
        }
    }

    /**
     * Takes each message from {@code input}, works on it, and sends the result on {@code output}.
     *
     * @param delayMs fixed work time per message
     * @param delayFromPayload work as many milliseconds as the payload's number says (taskwork)
     * @param forward template of what is sent on; {@code {payload}} is the input's payload
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder(
            {"input", "output", "delayMs", "delayFromPayload", "forward"})
    record Worker(String input, String output, Integer delayMs, Boolean delayFromPayload,
                  String forward) implements Behaviour {
        public Worker {
            forward = forward == null ? "{payload}" : forward;
        }

        @Override
        public String typeName() {
            return "worker";
        }
    }

    /**
     * Receives and counts messages.
     *
     * @param count stop after this many messages; null receives until stopped
     * @param delayMs time spent on each message: a slow subscriber or consumer
     * @param syncSocket a REQ socket of the node: once the receiving socket is connected, one
     *     sync request goes out on it and its reply is awaited before receiving (the zguide's
     *     syncsub)
     * @param until stop after a message whose payload is exactly this, such as syncpub's "END"
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"socket", "count", "delayMs", "syncSocket", "until"})
    record Sink(String socket, Long count, Integer delayMs, String syncSocket, String until) implements Behaviour {
        @JsonCreator
        public Sink {
        }

        public Sink(String socket, Long count) {
            this(socket, count, null, null, null);
        }

        public Sink(String socket, Long count, Integer delayMs) {
            this(socket, count, delayMs, null, null);
        }

        @Override
        public String typeName() {
            return "sink";
        }

        public Sink withSocket(String value) {
            return new Sink(value, count, delayMs, syncSocket, until);
        }

        public Sink withCount(Long value) {
            return new Sink(socket, value, delayMs, syncSocket, until);
        }

        public Sink withDelayMs(Integer value) {
            return new Sink(socket, count, value, syncSocket, until);
        }

        public Sink withSyncSocket(String value) {
            return new Sink(socket, count, delayMs, value, until);
        }

        public Sink withUntil(String value) {
            return new Sink(socket, count, delayMs, syncSocket, value);
        }
    }

    /** Sends every message it receives straight back, unchanged. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Echo(String socket) implements Behaviour {
        @Override
        public String typeName() {
            return "echo";
        }
    }

    /**
     * A broker between clients on a ROUTER frontend and workers on the backend, as the zguide
     * writes them: with a DEALER backend it passes requests and replies both ways and DEALER
     * deals requests round robin (rrbroker); with a ROUTER backend it sends each request to the
     * worker that has been ready longest, workers announcing themselves first (lbbroker).
     *
     * @param frontend the ROUTER socket clients connect to; null means the node's first ROUTER
     * @param backend the ROUTER or DEALER socket workers connect to; null means the other one
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"frontend", "backend"})
    record Broker(String frontend, String backend) implements Behaviour {
        @Override
        public String typeName() {
            return "broker";
        }
    }
}
