#!/usr/bin/env python3
"""Runs every node of the design 'hello-reqrep' at once.

Each node runs on its own thread, all sharing ONE ZeroMQ context: inproc endpoints only
connect within one context. A node with a start delay starts that much later (a late
joiner). At the end each node's counts are printed; the last line, SUMMARY, is the same as
JSON for programs.

    python3 run_all.py               runs until Ctrl-C
    python3 run_all.py --seconds 10  stops after ten seconds
"""

import zmqdesigner_support as support

import client
import server

# Each node: its id in the design, the function that runs it, its start delay in ms, and whether it
# has a count (or an until) to reach: once every such node is done, the run ends by itself, as the
# designer's run command does.
NODES = [
    ("client", client.run, 0, True),
    ("server", server.run, 0, False),
]

if __name__ == "__main__":
    args = support.arguments("Runs every node of the design " + "hello-reqrep" + ".")
    support.run_nodes(NODES, args.seconds)
