#!/usr/bin/env python3
"""Node 'server' (hwserver) of the design 'hello-reqrep'.

Pattern: request-reply server (the zguide's hwserver).

Sockets:
  responder: REP, the server: receives a request, then must send the reply; binds
    tcp://127.0.0.1:5555, where client's requester connects

Exported by ZMQ Designer. Run it alone with `python3 server.py` (Ctrl-C stops it,
--seconds N stops it after N seconds), or with the whole design: `python3 run_all.py`.
It needs Python 3 and pyzmq (pip install pyzmq, or Debian's python3-zmq).
"""

import zmq

import zmqdesigner_support as support

# The node's id in the design, as {node} in a payload template renders it.
NODE = "server"


def run(context, stop, counts):
    """Opens the node's sockets as the design says, then answers each request, until stopped."""
    responder = support.open_socket(context, zmq.REP)
    try:
        # responder: REP, the server: receives a request, then must send the reply; binds
        # tcp://127.0.0.1:5555, where client's requester connects
        responder.bind("tcp://127.0.0.1:5555")
        reply = support.Template("World", NODE)
        seq = 0
        while not stop.is_set():
            request = responder.recv_multipart()
            counts.received += 1
            seq += 1
            support.pause(stop, 1000)  # do some 'work'
            responder.send_multipart([reply.render(seq, support.text(request[-1]))])
            counts.sent += 1
    finally:
        responder.close()


if __name__ == "__main__":
    support.main(NODE, run)
