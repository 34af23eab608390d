"""What every exported node shares: payload templates, safe sockets, starting and stopping.

Exported by ZMQ Designer. The node scripts next to this file import it; it needs Python 3 and
pyzmq only (pip install pyzmq, or Debian's python3-zmq).
"""

import argparse
import itertools
import json
import random
import sys
import threading
import time
import traceback

import zmq

# The safe defaults every socket gets before the design's own options, as the designer's engine
# sets them: a program left running on a network port must not be made to allocate a 2 GB frame by
# a stranger, hold a silent connection for 30 s, or hang on exit.
MAX_MSG_SIZE = 1048576  # ZMQ_MAXMSGSIZE: the largest message accepted, 1 MiB
HANDSHAKE_MILLIS = 2000  # ZMQ_HANDSHAKE_IVL: how long a new connection may take to say who it is
LINGER_MILLIS = 0  # ZMQ_LINGER: closing drops what is unsent instead of waiting for a peer


def open_socket(context, socket_type):
    """A new socket with the safe defaults set; the design's own options come after."""
    socket = context.socket(socket_type)
    socket.setsockopt(zmq.MAXMSGSIZE, MAX_MSG_SIZE)
    socket.setsockopt(zmq.HANDSHAKE_IVL, HANDSHAKE_MILLIS)
    socket.setsockopt(zmq.LINGER, LINGER_MILLIS)
    return socket


class Template:
    """A payload template, parsed once and rendered per message into bytes.

    {seq} or {seq:%05d}      the message's number in its stream, from 1
    {rand:MIN..MAX[:%05d]}   a random integer from MIN to MAX inclusive
    {cycle:A|B}              the choices in turn by the message's number
    {pick:A|B}               one of the choices at random
    {payload}                the payload of the message being answered or forwarded
    {node}                   the node's id;  {time}: milliseconds since the epoch
    {{ and }}                a literal brace
    """

    def __init__(self, source, node, rng=None):
        self.node = node
        self.rng = rng or random.Random()
        self.parts = _parse(source)
        self.constant = None
        if all(kind == "text" for kind, _ in self.parts):
            self.constant = "".join(value for _, value in self.parts).encode("utf-8")

    def render(self, seq=0, payload=None):
        if self.constant is not None:
            return self.constant
        out = []
        for kind, value in self.parts:
            if kind == "text":
                out.append(value)
            elif kind == "seq":
                out.append(_format(value, seq))
            elif kind == "rand":
                low, high, fmt = value
                out.append(_format(fmt, self.rng.randint(low, high)))
            elif kind == "cycle":
                out.append(value[(seq - 1) % len(value)])
            elif kind == "pick":
                out.append(self.rng.choice(value))
            elif kind == "payload":
                out.append(payload or "")
            elif kind == "node":
                out.append(self.node)
            elif kind == "time":
                out.append(str(int(time.time() * 1000)))
        return "".join(out).encode("utf-8")


def _format(fmt, value):
    return str(value) if fmt is None else fmt % value


def _parse(source):
    parts, text, i = [], [], 0
    while i < len(source):
        if source.startswith("{{", i) or source.startswith("}}", i):
            text.append(source[i])
            i += 2
        elif source[i] == "{":
            end = source.index("}", i)
            if text:
                parts.append(("text", "".join(text)))
                text = []
            parts.append(_placeholder(source[i + 1:end]))
            i = end + 1
        else:
            text.append(source[i])
            i += 1
    if text:
        parts.append(("text", "".join(text)))
    return parts


def _placeholder(body):
    name, _, rest = body.partition(":")
    if name in ("cycle", "pick"):
        return name, rest.split("|")
    if name == "seq":
        return "seq", rest or None
    if name == "rand":
        span, _, fmt = rest.partition(":")
        low, _, high = span.partition("..")
        return "rand", (int(low), int(high), fmt or None)
    if name in ("payload", "node", "time"):
        return name, None
    raise ValueError("{" + body + "} is not a placeholder")


def text(frame):
    """A frame as text, as the designer reads payloads (bytes that are not UTF-8 replaced)."""
    return frame.decode("utf-8", errors="replace")


class Counts:
    """What one node sent and received, for the summary; only the node's own thread writes it."""

    def __init__(self, node):
        self.node = node
        self.sent = 0
        self.received = 0
        self.state = "starting"
        self.detail = ""


class Stop(threading.Event):
    """Set when the node must stop. after_finish: how long a node that finished its work keeps
    its sockets open (None: until stopped, as the designer's run does), so what it queued still
    goes out although LINGER is 0."""

    def __init__(self, after_finish=None):
        super().__init__()
        self.after_finish = after_finish


def finished(counts, stop):
    """The node's work is done; its sockets stay open a while, as the zguide's taskvent sleeps."""
    if stop.is_set():
        return  # stopped before its work was done
    counts.state = "finished"
    stop.wait(stop.after_finish)


def pause(stop, millis):
    """Sleeps (work, a stall, a rate's interval); returns early when the node is stopped."""
    if millis > 0:
        stop.wait(millis / 1000.0)


def numbers():
    """1, 2, 3, ... for a stream without end."""
    return itertools.count(1)


def work(stop, millis, previous_end):
    """Spends `millis` on one message on a schedule (when this message's work ends), not slept
    afresh, so a consumer meant to take 100 messages a second does not take 80 on a busy machine.
    Returns when the next message's work may start."""
    now = time.monotonic()
    late = previous_end is None or now - previous_end > 1.0
    end = (now if late else previous_end) + millis / 1000.0
    if end > now:
        stop.wait(end - now)
    return end


def await_subscriptions(socket, wanted, stop):
    """On an XPUB: waits until `wanted` subscriptions arrived (byte 1 subscribes, 0 unsubscribes),
    the zguide's cure for the slow joiner."""
    subscriptions = 0
    while subscriptions < wanted and not stop.is_set():
        if socket.poll(100):
            frame = socket.recv()
            if frame[:1] == b"\x01":
                subscriptions += 1
            elif frame[:1] == b"\x00":
                subscriptions -= 1


def await_peers(monitor, wanted, stop):
    """Waits until `wanted` peers completed their ZeroMQ handshake with the socket `monitor` watches
    (the zguide's taskvent asks its user to press Enter instead), then closes the monitor."""
    try:
        peers = 0
        while peers < wanted and not stop.is_set():
            if monitor.poll(100):
                event = monitor.recv_multipart()[0]
                kind = int.from_bytes(event[:2], "little")
                peers += 1 if kind == zmq.EVENT_HANDSHAKE_SUCCEEDED else -1
    finally:
        monitor.close()


DONE = ("finished", "crashed", "gave up")


def run_nodes(nodes, seconds=None, after_finish=None):
    """Runs each (id, run function, start delay in ms, has a count) on its own thread, all sharing
    ONE context (inproc only works within one), until `seconds` pass or Ctrl-C, or, without
    `seconds`, until every node with a count is done; then stops them and prints each node's
    counts, the last line as JSON for programs."""
    context = zmq.Context()
    stop = Stop(after_finish)
    counts = {}
    threads = []
    counted = []
    for node, run, delay_ms, has_count in nodes:
        counts[node] = Counts(node)
        if has_count:
            counted.append(counts[node])
        thread = threading.Thread(target=_node_thread, args=(run, context, stop, counts[node], delay_ms),
                                  name=node, daemon=True)
        threads.append(thread)
        thread.start()
    ends = None if seconds is None else time.monotonic() + seconds
    try:
        # Short sleeps rather than a join: Ctrl-C interrupting Thread.join can leave the thread
        # looking ended to the joins that follow.
        while time.monotonic() < ends if ends is not None else (
                any(thread.is_alive() for thread in threads)
                and not (counted and all(c.state in DONE for c in counted))):
            time.sleep(0.05)
    except KeyboardInterrupt:
        print("\nI: interrupted, stopping", file=sys.stderr)
    stop.set()
    # Terminating the context makes every blocking send, receive and poll raise ContextTerminated,
    # as the zguide's interrupt examples do; each node thread then closes its sockets.
    threading.Thread(target=context.term, daemon=True).start()
    for thread in threads:
        thread.join(5)
        if thread.is_alive():
            counts[thread.name].detail = "did not stop within 5 s"
    summary(counts)


def _node_thread(run, context, stop, counts, delay_ms):
    try:
        if delay_ms > 0:
            counts.state = "waiting"
            if stop.wait(delay_ms / 1000.0):
                counts.state = "stopped"
                return
        counts.state = "running"
        run(context, stop, counts)
        if counts.state == "running":
            counts.state = "stopped"
    except zmq.ContextTerminated:
        if counts.state == "running":
            counts.state = "stopped"
    except Exception as error:  # a node's failure ends that node, not the others
        if stop.is_set() and isinstance(error, zmq.ZMQError) and error.errno == zmq.ETERM:
            counts.state = "stopped"
            return
        counts.state = "crashed"
        counts.detail = str(error)
        traceback.print_exc()


def summary(counts):
    print("%-24s %10s %10s  %s" % ("node", "sent", "received", "state"))
    for c in counts.values():
        state = c.state + (" (" + c.detail + ")" if c.detail else "")
        print("%-24s %10d %10d  %s" % (c.node, c.sent, c.received, state))
    nodes = {c.node: {"sent": c.sent, "received": c.received, "state": c.state, "detail": c.detail}
             for c in counts.values()}
    print("SUMMARY " + json.dumps({"nodes": nodes}, sort_keys=True), flush=True)


def arguments(description):
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--seconds", type=float, default=None,
                        help="stop after this many seconds (default: run until Ctrl-C)")
    return parser.parse_args()


def main(node, run):
    """Runs one node alone, with its own context: python3 NODE.py [--seconds N]."""
    args = arguments("Runs the node " + json.dumps(node) + " of the design alone.")
    # Alone, a node that finished its work keeps its sockets a second, then the script ends.
    run_nodes([(node, run, 0, False)], args.seconds, after_finish=1.0)
