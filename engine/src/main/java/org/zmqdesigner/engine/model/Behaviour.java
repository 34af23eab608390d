package org.zmqdesigner.engine.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

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
        @JsonSubTypes.Type(value = Behaviour.Echo.class, name = "echo")
})
public sealed interface Behaviour {

    /** The word that names this behaviour in files and in the designer. */
    String typeName();

    /**
     * Sends messages made from a payload template.
     *
     * @param socket the socket to send on; null means the node's first socket that can send
     * @param rate messages per second; null sends as fast as the socket takes them
     * @param count how many messages to send; null sends until stopped
     * @param payload template of the payload, see {@link PayloadTemplate}
     * @param topic when set, sent as a first frame before the payload (a pub-sub envelope)
     * @param awaitPeers wait until this many peers have connected (or, on an XPUB, subscribed)
     *     before the first message; the zguide's cure for the slow joiner
     * @param prelude messages sent once before the stream, such as taskvent's "0" to the sink
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder(
            {"socket", "rate", "count", "payload", "topic", "awaitPeers", "prelude"})
    record Source(String socket, Double rate, Long count, String payload, String topic,
                  Integer awaitPeers,
                  @JsonInclude(
                          JsonInclude.Include.NON_EMPTY)
                  List<Prelude> prelude) implements Behaviour {
        public Source {
            payload = payload == null ? "" : payload;
            prelude = prelude == null ? List.of() : List.copyOf(prelude);
        }

        @Override
        public String typeName() {
            return "source";
        }
    }

    /** A message a source sends once, on a named socket, before its stream begins. */
    @JsonPropertyOrder({"socket", "payload"})
    record Prelude(String socket, String payload) {
        public Prelude {
            Required.text(socket, "socket", "a prelude message");
            payload = payload == null ? "" : payload;
        }
    }

    /**
     * Answers each request (REP, ROUTER, DEALER) after a processing delay.
     *
     * @param reply template of the reply; {@code {payload}} is the request's payload
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"socket", "delayMs", "reply"})
    record Responder(String socket, Integer delayMs, String reply) implements Behaviour {
        public Responder {
            reply = reply == null ? "" : reply;
        }

        @Override
        public String typeName() {
            return "responder";
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
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"socket", "count", "delayMs"})
    record Sink(String socket, Long count, Integer delayMs) implements Behaviour {
        public Sink(String socket, Long count) {
            this(socket, count, null);
        }

        @Override
        public String typeName() {
            return "sink";
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
}
