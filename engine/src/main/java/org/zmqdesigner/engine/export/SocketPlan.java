package org.zmqdesigner.engine.export;

import java.util.List;
import org.zmqdesigner.engine.model.Socket;
import org.zmqdesigner.engine.model.SocketOptions;
import org.zmqdesigner.engine.model.SocketType;

/**
 * One socket as an exported program opens it.
 *
 * @param id the socket's id in the design
 * @param type its ZeroMQ type
 * @param binds the endpoints to bind, as the exported program must write them
 * @param connects the endpoints to connect to: the design's links from this socket, then its
 *     connects to programs outside the design
 * @param options the design's options; every exported socket also gets the run's safe defaults
 *     (see {@link SafeDefaults})
 * @param role what the socket is for, in words: its type's role and whom it talks to
 */
public record SocketPlan(String id, SocketType type, List<String> binds, List<String> connects,
                         SocketOptions options, String role) {
    public SocketPlan {
        binds = List.copyOf(binds);
        connects = List.copyOf(connects);
    }

    static SocketPlan of(Socket socket, List<String> binds, List<String> connects, String role) {
        return new SocketPlan(socket.id(), socket.type(), binds, connects, socket.options(), role);
    }
}
