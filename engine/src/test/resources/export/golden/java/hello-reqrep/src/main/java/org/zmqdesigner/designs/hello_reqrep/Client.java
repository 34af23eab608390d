package org.zmqdesigner.designs.hello_reqrep;

import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * Node <code>client</code> (“hwclient” on the canvas): request-reply client (the zguide's hwclient).
 *
 * <p>Sockets:
 * <ul>
 *   <li><code>requester</code>: REQ, the client: sends a request, then must wait for the reply; connects to server's responder</li>
 * </ul>
 */
public final class Client extends Node {
    public Client(ZContext context) {
        super(context, "client", 0);
    }

    @Override
    protected void work() {
        // REQ, the client: sends a request, then must wait for the reply; connects to server's responder
        ZMQ.Socket requester = open(SocketType.REQ);
        requester.connect("tcp://localhost:5555");

        // The sockets are up: Main starts the nodes that connect once those that bind are ready
        ready();

        for (long seq = 1; seq <= 10L; seq++) {
            requester.send("Hello");
            sent++;
            // A REQ waits for the reply before it may ask again
            String reply = requester.recvStr();
            received++;
        }
    }
}
