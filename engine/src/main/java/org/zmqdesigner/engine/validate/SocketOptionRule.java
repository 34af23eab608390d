package org.zmqdesigner.engine.validate;

import java.util.EnumSet;
import org.zmqdesigner.engine.model.SocketOptions;
import org.zmqdesigner.engine.model.SocketType;

/** Options that are missing where they matter, set where they do nothing, or out of range. */
final class SocketOptionRule implements Rule {

    private static final EnumSet<SocketType> CONFLATE_TYPES =
            EnumSet.of(SocketType.PUB, SocketType.SUB, SocketType.PUSH, SocketType.PULL, SocketType.DEALER);

    @Override
    public void check(TopologyFacts facts, Findings out) {
        for (TopologyFacts.OwnedSocket owned : facts.sockets()) {
            SocketType type = owned.socket().type();
            SocketOptions options = owned.socket().options();
            String element = owned.element();
            if (type == SocketType.SUB && options.subscribe().isEmpty()) {
                out.warning("SUB_NO_SUBSCRIPTION", element, "SUB socket " + element + " has no subscription, and a"
                        + " SUB that subscribes to nothing receives nothing: ZeroMQ filters every message out.",
                        "Add a subscription prefix, or the empty prefix \"\" to receive everything.");
            }
            if (!options.subscribe().isEmpty() && type != SocketType.SUB) {
                notApplicable(element, "SUBSCRIBE", type, "only a SUB socket subscribes"
                        + (type == SocketType.XSUB ? "; an XSUB sends subscriptions as messages" : ""), out);
            }
            if (Boolean.TRUE.equals(options.routerMandatory()) && type != SocketType.ROUTER) {
                notApplicable(element, "ROUTER_MANDATORY", type, "only a ROUTER routes by identity", out);
            }
            if (Boolean.TRUE.equals(options.xpubVerbose()) && type != SocketType.XPUB) {
                notApplicable(element, "XPUB_VERBOSE", type, "only an XPUB sees subscriptions", out);
            }
            if (Boolean.TRUE.equals(options.conflate()) && !CONFLATE_TYPES.contains(type)) {
                notApplicable(element, "CONFLATE", type, "conflation keeps one message and breaks the"
                        + " request-reply envelope", out);
            }
            if (options.routingId() != null && (type == SocketType.PUB || type == SocketType.SUB
                    || type == SocketType.PUSH || type == SocketType.PULL)) {
                notApplicable(element, "ROUTING_ID", type, "only a ROUTER peer ever reads it", out);
            }
            if (options.routingId() != null && (options.routingId().isEmpty()
                    || options.routingId().getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 255)) {
                out.error("BAD_VALUE", element, "The routing id of " + element + " must be 1 to 255 bytes long.",
                        "Use a short name such as \"client-1\".");
            }
            nonNegative(element, "SNDHWM", options.sndhwm(), out);
            nonNegative(element, "RCVHWM", options.rcvhwm(), out);
            if (options.linger() != null && options.linger() < -1) {
                out.error("BAD_VALUE", element, "LINGER of " + element + " is " + options.linger()
                        + "; it is milliseconds to wait on close, or -1 to wait forever.", "Use 0 to drop unsent"
                        + " messages at once, or a positive number of milliseconds.");
            }
        }
    }

    private static void notApplicable(String element, String option, SocketType type, String why, Findings out) {
        out.warning("OPTION_NOT_APPLICABLE", element, option + " is set on " + type + " socket " + element
                + ", where it does nothing: " + why + ".", "Remove the option, or change the socket type.");
    }

    private static void nonNegative(String element, String option, Integer value, Findings out) {
        if (value != null && value < 0) {
            out.error("BAD_VALUE", element, option + " of " + element + " is " + value + "; a high-water mark is a"
                    + " number of messages.", "Use 0 for no limit, or the number of messages to queue"
                    + " (ZeroMQ's default is 1000).");
        }
    }
}
