package org.zmqdesigner.engine.validate;

import org.zmqdesigner.engine.model.Endpoint;
import org.zmqdesigner.engine.model.Link;

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
                    out.error("RESERVED_ENDPOINT", owned.element(), "Socket " + owned.element() + " binds "
                            + bind + ", where ZeroMQ looks for its authentication handler (ZAP): every"
                            + " connection of the run would wait for this socket to approve it.",
                            "Bind any other inproc name, such as inproc://workers.");
                }
                OpenBinds.of(owned.ref(), bind).ifPresent(open ->
                        out.info("BIND_ALL_INTERFACES", owned.element(), "Socket " + open.what(), open.fix()));
                ipcOnlyForJeromq(endpoint, owned.element(), "binds " + bind, out);
            }
            for (String connect : owned.socket().connects()) {
                Endpoint endpoint = checked(connect, owned.element(), out);
                ipcOnlyForJeromq(endpoint, owned.element(), "connects to " + connect, out);
                if (endpoint != null && endpoint.isTcp() && endpoint.port() == Endpoint.ANY_PORT) {
                    out.error("BAD_ENDPOINT", owned.element(), "Socket " + owned.element() + " connects to "
                            + connect + ", but only a bind can ask for any free port.", "Connect to the"
                            + " port the other side binds, as in tcp://localhost:5555.");
                } else if (endpoint != null && endpoint.isWildcardHost()) {
                    out.error("BAD_ENDPOINT", owned.element(), "Socket " + owned.element() + " connects to "
                            + connect + ", but \"*\" only makes sense when binding.", "Connect to a host name or"
                            + " address, such as tcp://localhost:" + port(endpoint) + ".");
                }
            }
        }
        for (Link link : facts.links()) {
            Endpoint endpoint = checked(link.endpoint(), link.id(), out);
            if (endpoint != null && endpoint.isTcp() && endpoint.port() == Endpoint.ANY_PORT) {
                out.error("BAD_ENDPOINT", link.id(), "Link " + link.id() + " connects to " + link.endpoint()
                        + ", but a connection needs the port the other side actually binds.",
                        "Bind a fixed port on " + link.to() + " and connect to it.");
            } else if (endpoint != null && endpoint.isWildcardHost()) {
                out.error("BAD_ENDPOINT", link.id(), "Link " + link.id() + " connects to " + link.endpoint()
                        + ", but \"*\" only makes sense when binding.", "Connect to a host name or address,"
                        + " such as tcp://localhost:" + port(endpoint) + ".");
            }
        }
    }

    /**
     * JeroMQ has no Unix domain sockets: its ipc is tcp on loopback, on a port made from the name.
     * A libzmq program (the zguide's C or Python examples) using the same ipc name meets nobody.
     */
    private static void ipcOnlyForJeromq(Endpoint endpoint, String element, String does, Findings out) {
        if (endpoint != null && endpoint.transport() == Endpoint.Transport.IPC) {
            out.info("IPC_NOT_LIBZMQ", element, "Socket " + element + " " + does + ". JeroMQ, which runs this"
                    + " design, has no Unix domain sockets: its ipc is tcp on loopback at a port made from the name,"
                    + " so the zguide's C and Python programs, whose libzmq uses a real ipc file, cannot join it;"
                    + " only JeroMQ programs can.", "Where the guide uses ipc://, use tcp on loopback (bind"
                    + " tcp://127.0.0.1:5555, connect tcp://localhost:5555) so that any ZeroMQ program can join.");
        }
    }

    private static Endpoint checked(String text, String element, Findings out) {
        Endpoint endpoint;
        try {
            endpoint = Endpoint.parse(text);
        } catch (Endpoint.SyntaxException e) {
            out.error("BAD_ENDPOINT", element, sentence(e.getMessage()), "An endpoint looks like tcp://localhost:5555,"
                    + " ipc://weather.ipc or inproc://workers.");
            return null;
        }
        if (!endpoint.portInRange()) {
            out.error("PORT_OUT_OF_RANGE", element, "Port " + endpoint.port() + " in " + text + " does not exist:"
                    + " tcp ports run from 1 to 65535.", "Pick a port from 1024 to 49151 that nothing else uses;"
                    + " the zguide's examples use 5555 to 5560.");
            return null;
        }
        return endpoint;
    }

    private static String sentence(String text) {
        String capitalised = text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
        return capitalised.endsWith(".") ? capitalised : capitalised + ".";
    }

    private static String port(Endpoint endpoint) {
        return endpoint.port() == Endpoint.ANY_PORT ? "*" : Long.toString(endpoint.port());
    }
}
