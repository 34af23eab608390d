package org.zmqdesigner.engine.validate;

import org.zmqdesigner.engine.model.SocketOption;
import org.zmqdesigner.engine.model.SocketOptions;
import org.zmqdesigner.engine.model.SocketType;

/** Options that are missing where they matter, set where they do nothing, or out of range. */
final class SocketOptionRule implements Rule {

    @Override
    public void check(TopologyFacts facts, Findings out) {
        for (TopologyFacts.OwnedSocket owned : facts.sockets()) {
            SocketType type = owned.socket().type();
            SocketOptions options = owned.socket().options();
            String element = owned.element();
            if (type.subscribesByOption() && !SocketOption.SUBSCRIBE.isSetIn(options)) {
                out.warning("SUB_NO_SUBSCRIPTION", element, "SUB socket " + element + " has no subscription, so it"
                        + " will receive nothing: a SUB delivers only the messages that start with a prefix it"
                        + " subscribed to, and ZeroMQ filters every other message out before it arrives.",
                        "Add a subscription prefix such as \"tick\", or the empty prefix \"\" (everything) to"
                                + " receive every message.");
            }
            for (SocketOption option : SocketOption.values()) {
                if (option.changesBehaviourIn(options) && !option.appliesTo(type)) {
                    out.warning("OPTION_NOT_APPLICABLE", element, option.zmqName() + " is set on " + type
                            + " socket " + element + ", where it does nothing: " + option.whyNotOn(type) + ".",
                            "Remove the option, or change the socket type.");
                }
            }
            if (options.routingId() != null && (options.routingId().isEmpty()
                    || options.routingId().getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 255)) {
                out.error("BAD_VALUE", element, "The routing id of " + element + " must be 1 to 255 bytes long.",
                        "Use a short name such as \"client-1\".");
            }
            nonNegative(element, SocketOption.SNDHWM, options.sndhwm(), out);
            nonNegative(element, SocketOption.RCVHWM, options.rcvhwm(), out);
            if (options.linger() != null && options.linger() < SocketOption.LINGER.minimum()) {
                out.error("BAD_VALUE", element, "LINGER of " + element + " is " + options.linger()
                        + "; it is milliseconds to wait on close, or -1 to wait forever.", "Use 0 to drop unsent"
                        + " messages at once, or a positive number of milliseconds.");
            }
            maxMessageSize(element, owned.socket(), options.maxmsgsize(), out);
        }
    }

    /** A socket that takes messages of any size lets anyone who reaches its port make it allocate gigabytes. */
    private static void maxMessageSize(String element, org.zmqdesigner.engine.model.Socket socket, Integer value,
                                       Findings out) {
        if (value == null) {
            return;
        }
        if (value < -1 || value == 0) {
            out.error("BAD_VALUE", element, "MAXMSGSIZE of " + element + " is " + value + "; it is the largest message"
                    + " in bytes this socket accepts, or -1 for any size.", "Leave it out for the default of "
                    + SocketOption.RUN_MAX_MSG_SIZE + " bytes (1 MiB), or give the size your largest message needs.");
        } else if (value == -1 && socket.binds().stream().anyMatch(b -> b.startsWith("tcp://"))) {
            out.warning("UNLIMITED_MESSAGE_SIZE", element, element + " accepts messages of any size on a tcp port:"
                    + " a peer that announces a 2 GB message makes the program allocate 2 GB before a byte of it"
                    + " arrives.", "Give MAXMSGSIZE the size your largest message needs (the default is "
                    + SocketOption.RUN_MAX_MSG_SIZE + " bytes, 1 MiB).");
        }
    }

    private static void nonNegative(String element, SocketOption option, Integer value, Findings out) {
        if (value != null && value < option.minimum()) {
            out.error("BAD_VALUE", element, option.zmqName() + " of " + element + " is " + value + "; a high-water"
                    + " mark is a number of messages.", "Use 0 for no limit, or the number of messages to queue"
                    + " (ZeroMQ's default is " + option.defaultValue() + ").");
        }
    }
}
