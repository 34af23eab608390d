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
                out.warning("SUB_NO_SUBSCRIPTION", element, RuleTexts.get("option.noSubscription.message", element),
                        RuleTexts.get("option.noSubscription.hint"));
            }
            for (SocketOption option : SocketOption.values()) {
                if (option.changesBehaviourIn(options) && !option.appliesTo(type)) {
                    out.warning("OPTION_NOT_APPLICABLE", element, RuleTexts.get("option.notApplicable.message",
                                    option.zmqName(), type, element, option.whyNotOn(type)),
                            RuleTexts.get("option.notApplicable.hint"));
                }
            }
            if (options.routingId() != null && (options.routingId().isEmpty()
                    || options.routingId().getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 255)) {
                out.error("BAD_VALUE", element, RuleTexts.get("option.routingId.message", element),
                        RuleTexts.get("option.routingId.hint"));
            }
            nonNegative(element, SocketOption.SNDHWM, options.sndhwm(), out);
            nonNegative(element, SocketOption.RCVHWM, options.rcvhwm(), out);
            if (options.linger() != null && options.linger() < SocketOption.LINGER.minimum()) {
                out.error("BAD_VALUE", element, RuleTexts.get("option.linger.message", element, options.linger()),
                        RuleTexts.get("option.linger.hint"));
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
            out.error("BAD_VALUE", element, RuleTexts.get("option.maxMsgSize.message", element, value),
                    RuleTexts.get("option.maxMsgSize.hint", SocketOption.RUN_MAX_MSG_SIZE));
        } else if (value == -1 && socket.binds().stream().anyMatch(b -> b.startsWith("tcp://"))) {
            out.warning("UNLIMITED_MESSAGE_SIZE", element, RuleTexts.get("option.unlimited.message", element),
                    RuleTexts.get("option.unlimited.hint", SocketOption.RUN_MAX_MSG_SIZE));
        }
    }

    private static void nonNegative(String element, SocketOption option, Integer value, Findings out) {
        if (value != null && value < option.minimum()) {
            out.error("BAD_VALUE", element, RuleTexts.get("option.hwm.message", option.zmqName(), element, value),
                    RuleTexts.get("option.hwm.hint", option.defaultValue()));
        }
    }
}
