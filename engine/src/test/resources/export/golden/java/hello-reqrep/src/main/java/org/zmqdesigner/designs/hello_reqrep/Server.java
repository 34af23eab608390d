package org.zmqdesigner.designs.hello_reqrep;

import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * Node <code>server</code> (“hwserver” on the canvas): request-reply server (the zguide's hwserver).
 *
 * <p>Sockets:
 * <ul>
 *   <li><code>responder</code>: REP, the server: receives a request, then must send the reply; binds tcp://127.0.0.1:5555, where client's requester connects</li>
 * </ul>
 */
public final class Server extends Node {
    public Server(ZContext context) {
        super(context, "server", 0);
    }

    @Override
    protected void work() {
        // REP, the server: receives a request, then must send the reply; binds tcp://127.0.0.1:5555, where client's requester connects
        ZMQ.Socket responder = open(SocketType.REP);
        responder.bind("tcp://127.0.0.1:5555");

        // The sockets are up: Main starts the nodes that connect once those that bind are ready
        ready();

        for (long seq = 1; !stopping(); seq++) {
            String body = responder.recvStr();
            received++;
            // do some 'work'
            pause(1000);
            responder.send("World");
            sent++;
        }
    }
}
