package org.zmqdesigner.app.inspector;

import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import javafx.scene.layout.VBox;
import org.zmqdesigner.engine.model.SocketOptions;
import org.zmqdesigner.engine.model.SocketType;

/**
 * The ZeroMQ options of one socket. Every option is shown on every type: the validator says when
 * one does nothing on this type (OPTION_NOT_APPLICABLE), which teaches more than hiding it would.
 */
final class SocketOptionsEditor {

    private final InspectorContext context;
    private final String nodeId;
    private final String socketId;
    private final String prefix;

    SocketOptionsEditor(InspectorContext context, String nodeId, String socketId, int index) {
        this.context = context;
        this.nodeId = nodeId;
        this.socketId = socketId;
        this.prefix = "socket-" + index + "-";
    }

    void addRows(Form form, SocketType type, SocketOptions o) {
        form.option("Send queue limit", "SNDHWM", "How many messages may queue per connection before ZeroMQ blocks or"
                + " drops (default 1000). Empty keeps the default.", number("sndhwm", "SNDHWM", o.sndhwm(), 0,
                SocketOptions::withSndhwm));
        form.option("Receive queue limit", "RCVHWM", "How many incoming messages may wait per connection before ZeroMQ"
                + " stops reading from it (default 1000). Empty keeps the default.", number("rcvhwm", "RCVHWM",
                o.rcvhwm(), 0, SocketOptions::withRcvhwm));
        form.option("Linger on close (ms)", "LINGER", "How long closing the socket waits to deliver unsent messages: -1 waits"
                + " forever, 0 throws them away. Empty keeps ZeroMQ's default.", number("linger", "LINGER",
                o.linger(), -1, SocketOptions::withLinger));
        CommitField<List<String>> subscribe = CommitField.area(context, prefix + "subscribe",
                Parse.showPrefixes(o.subscribe()), Parse.prefixes(),
                v -> set("SUBSCRIBE", x -> x.withSubscribe(v))).prompt("one prefix per line");
        VBox subscribeBox = new VBox(2, subscribe.node());
        if (type == SocketType.SUB || type == SocketType.XSUB) {
            var summary = Form.note(summary(o.subscribe()));
            summary.setId(prefix + "subscribe-summary");
            subscribeBox.getChildren().add(summary);
        }
        subscribe.help("Message prefixes a SUB receives, one per line; a message is delivered when it starts"
                + " with one of them. An empty line subscribes to everything. With none, a SUB receives"
                + " nothing. Ctrl+Enter applies.");
        form.option("Subscriptions", "SUBSCRIBE", subscribe.control().getTooltip().getText(), subscribeBox);
        form.option("Routing id", "ROUTING_ID", "The name this socket gives itself to a ROUTER peer, which uses it"
                        + " to address replies. Empty lets ZeroMQ make one up.",
                CommitField.field(context, prefix + "routingId", Parse.show(o.routingId()), Parse.optionalText(),
                        v -> set("ROUTING_ID", x -> x.withRoutingId(v))).prompt("chosen by ZeroMQ"));
        form.option("Keep latest only", "CONFLATE", "Keep only the newest message in the queue and drop older"
                + " ones: for state updates where only the latest value matters.",
                Choices.triState(prefix + "conflate", o.conflate(), v -> set("CONFLATE", x -> x.withConflate(v))));
        form.option("Wait for connection", "IMMEDIATE", "Queue messages only on connections that have completed,"
                        + " instead of on connections that may never come up.",
                Choices.triState(prefix + "immediate", o.immediate(),
                        v -> set("IMMEDIATE", x -> x.withImmediate(v))));
        form.option("Report unroutable", "ROUTER_MANDATORY", "A ROUTER reports a message it cannot route as an"
                        + " error instead of dropping it without a word.",
                Choices.triState(prefix + "routerMandatory", o.routerMandatory(),
                        v -> set("ROUTER_MANDATORY", x -> x.withRouterMandatory(v))));
        form.option("Every subscription", "XPUB_VERBOSE", "An XPUB passes on every subscription it receives,"
                        + " duplicates included, not only the first of each.",
                Choices.triState(prefix + "xpubVerbose", o.xpubVerbose(),
                        v -> set("XPUB_VERBOSE", x -> x.withXpubVerbose(v))));
    }

    private CommitField<Integer> number(String key, String option, Integer value, int min,
                                        OptionSetter setter) {
        return CommitField.field(context, prefix + key, Parse.show(value), Parse.optionalInt(min),
                v -> set(option, x -> setter.with(x, v))).prompt("default");
    }

    private String set(String option, UnaryOperator<SocketOptions> change) {
        return context.updateSocket(nodeId, socketId, option, s -> s.withOptions(change.apply(s.options())));
    }

    /** The subscriptions in words, with quotes, so a trailing space or the empty prefix shows. */
    static String summary(List<String> prefixes) {
        if (prefixes.isEmpty()) {
            return "No subscription: this socket receives nothing.";
        }
        if (prefixes.contains("")) {
            return "Subscribed to everything.";
        }
        Function<String, String> quote = p -> "\"" + p + "\"";
        return "Receives messages starting with " + prefixes.stream().map(quote).collect(Collectors.joining(" or "))
                + ".";
    }

    @FunctionalInterface
    private interface OptionSetter {
        SocketOptions with(SocketOptions options, Integer value);
    }
}
