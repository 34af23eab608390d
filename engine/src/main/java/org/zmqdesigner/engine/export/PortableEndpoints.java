package org.zmqdesigner.engine.export;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zmqdesigner.engine.model.Endpoint;
import org.zmqdesigner.engine.model.Link;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.Socket;
import org.zmqdesigner.engine.model.Topology;

/**
 * Endpoints as exported programs must write them. JeroMQ's {@code ipc://} is tcp on loopback
 * underneath, while libzmq's (pyzmq, czmq, every other binding) is a Unix domain socket: a JeroMQ
 * program and a pyzmq program given the same ipc endpoint never meet, and neither says so. Every
 * ipc endpoint is therefore exported as tcp on loopback, one port per ipc path, chosen from
 * {@link #FIRST_PORT} up among the ports the design does not use, and the export says so.
 */
public final class PortableEndpoints {

    /** Where ports for rewritten ipc endpoints start: clear of the zguide's 555x–55xx examples. */
    public static final int FIRST_PORT = 15555;

    private final Map<String, String> rewritten = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();

    public PortableEndpoints(Topology topology) {
        Set<Long> used = new HashSet<>();
        List<String> ipcPaths = new ArrayList<>();
        for (String text : allEndpoints(topology)) {
            Endpoint endpoint = parse(text);
            if (endpoint == null) {
                continue;
            }
            if (endpoint.transport() == Endpoint.Transport.TCP) {
                used.add(endpoint.port());
            } else if (endpoint.transport() == Endpoint.Transport.IPC && !ipcPaths.contains(endpoint.path())) {
                ipcPaths.add(endpoint.path());
            }
        }
        long port = FIRST_PORT;
        for (String path : ipcPaths) {
            while (used.contains(port)) {
                port++;
            }
            used.add(port);
            String tcp = "tcp://127.0.0.1:" + port;
            rewritten.put(path, tcp);
            notes.add("ipc://" + path + " is exported as " + tcp + ": JeroMQ's ipc is tcp underneath while libzmq's"
                    + " (pyzmq and every other binding) is a Unix socket, so a Java and a Python program given the"
                    + " same ipc endpoint would never meet, and neither would say so.");
            port++;
        }
    }

    /** The endpoint as an exported program writes it: ipc as tcp on loopback, anything else as is. */
    public String portable(String text) {
        Endpoint endpoint = parse(text);
        if (endpoint != null && endpoint.transport() == Endpoint.Transport.IPC) {
            return rewritten.getOrDefault(endpoint.path(), text);
        }
        return text;
    }

    public List<String> notes() {
        return List.copyOf(notes);
    }

    private static List<String> allEndpoints(Topology topology) {
        List<String> all = new ArrayList<>();
        for (Node node : topology.nodes()) {
            for (Socket socket : node.sockets()) {
                all.addAll(socket.binds());
                all.addAll(socket.connects());
            }
        }
        for (Link link : topology.links()) {
            all.add(link.endpoint());
        }
        return all;
    }

    private static Endpoint parse(String text) {
        try {
            return Endpoint.parse(text);
        } catch (Endpoint.SyntaxException e) {
            return null;
        }
    }
}
