package org.zmqdesigner.engine.validate;

import org.zmqdesigner.engine.model.Endpoint;
import org.zmqdesigner.engine.model.Link;
import org.zmqdesigner.engine.text.Language;

/**
 * Every endpoint parses, its port is a real port, and binds on every interface are pointed out, as
 * is ipc, which only JeroMQ programs can join.
 */
final class EndpointRule implements Rule {
    @Override
    public void check(TopologyFacts facts, Findings out) {
        for (TopologyFacts.OwnedSocket owned : facts.sockets()) {
            for (String bind : owned.socket().binds()) {
                Endpoint endpoint = checked(bind, owned.element(), out);
                if (endpoint != null && endpoint.isZapHandler()) {
                    out.error("RESERVED_ENDPOINT", owned.element(),
                            RuleTexts.get("endpoint.reserved.message", owned.element(), bind),
                            RuleTexts.get("endpoint.reserved.hint"));
                }
                OpenBinds.of(owned.ref(), bind).ifPresent(open ->
                        out.info("BIND_ALL_INTERFACES", owned.element(),
                                RuleTexts.get("endpoint.openBind.message", open.socket(), open.endpoint()), open.fix()));
                ipcOnlyForJeromq(endpoint, owned.element(), RuleTexts.get("endpoint.ipc.binds", bind), out);
            }
            for (String connect : owned.socket().connects()) {
                Endpoint endpoint = checked(connect, owned.element(), out);
                ipcOnlyForJeromq(endpoint, owned.element(), RuleTexts.get("endpoint.ipc.connects", connect), out);
                if (endpoint != null && endpoint.isTcp() && endpoint.port() == Endpoint.ANY_PORT) {
                    out.error("BAD_ENDPOINT", owned.element(),
                            RuleTexts.get("endpoint.connectAnyPort.message", owned.element(), connect),
                            RuleTexts.get("endpoint.connectAnyPort.hint"));
                } else if (endpoint != null && endpoint.isWildcardHost()) {
                    out.error("BAD_ENDPOINT", owned.element(),
                            RuleTexts.get("endpoint.connectWildcard.message", owned.element(), connect),
                            RuleTexts.get("endpoint.connectWildcard.hint", port(endpoint)));
                }
            }
        }
        for (Link link : facts.links()) {
            Endpoint endpoint = checked(link.endpoint(), link.id(), out);
            if (endpoint != null && endpoint.isTcp() && endpoint.port() == Endpoint.ANY_PORT) {
                out.error("BAD_ENDPOINT", link.id(),
                        RuleTexts.get("endpoint.linkAnyPort.message", link.id(), link.endpoint()),
                        RuleTexts.get("endpoint.linkAnyPort.hint", link.to()));
            } else if (endpoint != null && endpoint.isWildcardHost()) {
                out.error("BAD_ENDPOINT", link.id(),
                        RuleTexts.get("endpoint.linkWildcard.message", link.id(), link.endpoint()),
                        RuleTexts.get("endpoint.connectWildcard.hint", port(endpoint)));
            }
        }
    }

    /**
     * JeroMQ has no Unix domain sockets: its ipc is tcp on loopback, on a port made from the name.
     * A libzmq program (the zguide's C or Python examples) using the same ipc name meets nobody.
     */
    private static void ipcOnlyForJeromq(Endpoint endpoint, String element, String does, Findings out) {
        if (endpoint != null && endpoint.transport() == Endpoint.Transport.IPC) {
            out.info("IPC_NOT_LIBZMQ", element, RuleTexts.get("endpoint.ipc.message", element, does),
                    RuleTexts.get("endpoint.ipc.hint"));
        }
    }

    private static Endpoint checked(String text, String element, Findings out) {
        Endpoint endpoint;
        try {
            endpoint = Endpoint.parse(text);
        } catch (Endpoint.SyntaxException e) {
            out.error("BAD_ENDPOINT", element, sentence(e.getMessage()), RuleTexts.get("endpoint.syntax.hint"));
            return null;
        }
        if (!endpoint.portInRange()) {
            out.error("PORT_OUT_OF_RANGE", element,
                    RuleTexts.get("endpoint.portOutOfRange.message", endpoint.port(), text),
                    RuleTexts.get("endpoint.portOutOfRange.hint"));
            return null;
        }
        return endpoint;
    }

    /**
     * The model's reason as a sentence: ended with a full stop and, in English, begun with a capital.
     * Korean has no capitals, and raising the first letter there would only turn "tcp://" into "Tcp://".
     */
    private static String sentence(String text) {
        boolean capitals = Language.current().equals(Language.ENGLISH);
        String capitalised = text.isEmpty() || !capitals ? text
                : Character.toUpperCase(text.charAt(0)) + text.substring(1);
        return capitalised.endsWith(".") ? capitalised : capitalised + ".";
    }

    private static String port(Endpoint endpoint) {
        return endpoint.port() == Endpoint.ANY_PORT ? "*" : Long.toString(endpoint.port());
    }
}
