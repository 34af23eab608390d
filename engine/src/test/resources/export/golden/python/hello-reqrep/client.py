#!/usr/bin/env python3
"""Node 'client' (hwclient) of the design 'hello-reqrep'.

Pattern: request-reply client (the zguide's hwclient).

Sockets:
  requester: REQ, the client: sends a request, then must wait for the reply; connects to server's
    responder

Exported by ZMQ Designer. Run it alone with `python3 client.py` (Ctrl-C stops it,
--seconds N stops it after N seconds), or with the whole design: `python3 run_all.py`.
It needs Python 3 and pyzmq (pip install pyzmq, or Debian's python3-zmq).
"""

import zmq

import zmqdesigner_support as support

# The node's id in the design, as {node} in a payload template renders it.
NODE = "client"


def run(context, stop, counts):
    """Opens the node's sockets as the design says, then sends its stream, until stopped."""
    requester = support.open_socket(context, zmq.REQ)
    try:
        # requester: REQ, the client: sends a request, then must wait for the reply; connects to
        # server's responder
        requester.connect("tcp://localhost:5555")
        payload = support.Template("Hello", NODE)
        for seq in range(1, 10 + 1):
            if stop.is_set():
                break
            message = [payload.render(seq)]
            requester.send_multipart(message)
            counts.sent += 1
            # REQ moves in lockstep: no next request before this one's reply.
            reply = requester.recv_multipart()
            counts.received += 1
        support.finished(counts, stop)
    finally:
        requester.close()


if __name__ == "__main__":
    support.main(NODE, run)
