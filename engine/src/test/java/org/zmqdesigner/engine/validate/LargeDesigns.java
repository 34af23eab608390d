package org.zmqdesigner.engine.validate;

import java.util.ArrayList;
import java.util.List;
import org.zmqdesigner.engine.model.Behaviour;
import org.zmqdesigner.engine.model.Link;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.NodeKind;
import org.zmqdesigner.engine.model.Socket;
import org.zmqdesigner.engine.model.SocketOptions;
import org.zmqdesigner.engine.model.SocketRef;
import org.zmqdesigner.engine.model.SocketType;
import org.zmqdesigner.engine.model.Topology;

/**
 * Designs of any size that give every validation rule work: groups of ten nodes (REQ/REP over tcp,
 * a PUSH/PULL pipeline over inproc, a PUB with two SUBs over tcp, a streamer device with a feeder),
 * and in every {@value #FAULTY_EVERY}th group the mistakes people make (a port bound twice, a
 * dangling link, a REP linked to a SUB, a PAIR with three peers, a bad endpoint) plus that PAIR's
 * node. Each host has {@value #GROUPS_PER_HOST} groups with ports of their own, so a design of any
 * size has as many clashes as it has faulty groups and no more.
 */
public final class LargeDesigns {

    public static final int NODES_PER_GROUP = 10;
    static final int FAULTY_EVERY = 50;
    static final int GROUPS_PER_HOST = 5_000;

    private LargeDesigns() {
    }

    /** About {@code nodes} nodes (rounded up to whole groups), with their links. */
    public static Topology mixed(int nodes) {
        List<Node> ns = new ArrayList<>();
        List<Link> ls = new ArrayList<>();
        int groups = (nodes + NODES_PER_GROUP - 1) / NODES_PER_GROUP;
        for (int g = 0; g < groups; g++) {
            group(g, ns, ls);
        }
        return new Topology("large design (" + ns.size() + " nodes)", null, ns, ls);
    }

    private static void group(int g, List<Node> nodes, List<Link> links) {
        String p = "g" + g + "-";
        String host = "machine-" + g / GROUPS_PER_HOST;
        int port = 10_000 + 3 * (g % GROUPS_PER_HOST);
        boolean faulty = g % FAULTY_EVERY == FAULTY_EVERY - 1;

        // request-reply over tcp
        nodes.add(node(p + "client", host, source(null, "Hello {seq}"), new Socket("req", SocketType.REQ)));
        nodes.add(node(p + "server", host, new Behaviour.Responder(null, 5, "World"),
                bind("rep", SocketType.REP, "tcp://127.0.0.1:" + port)));
        links.add(link(p + "hello", p + "client", "req", p + "server", "rep", "tcp://localhost:" + port));

        // pipeline over inproc
        nodes.add(node(p + "vent", host, source(null, "{rand:1..100}"),
                bind("out", SocketType.PUSH, "inproc://" + p + "tasks")));
        nodes.add(node(p + "work", host, new Behaviour.Worker("in", "out", null, true, null),
                new Socket("in", SocketType.PULL), new Socket("out", SocketType.PUSH)));
        nodes.add(node(p + "sink", host, new Behaviour.Sink("in", 100L),
                bind("in", SocketType.PULL, "inproc://" + p + "results")));
        links.add(link(p + "tasks", p + "work", "in", p + "vent", "out", "inproc://" + p + "tasks"));
        links.add(link(p + "results", p + "work", "out", p + "sink", "in", "inproc://" + p + "results"));

        // publish-subscribe over tcp, one subscriber forgetting to subscribe
        nodes.add(node(p + "pub", host, new Behaviour.Source(null, 10.0, null, "{time}", "tick", null, null),
                bind("out", SocketType.PUB, "tcp://*:" + (port + 1))));
        nodes.add(node(p + "sub1", host, new Behaviour.Sink(null, null),
                new Socket("in", SocketType.SUB).withOptions(SocketOptions.DEFAULTS.withSubscribe(List.of("tick")))));
        nodes.add(node(p + "sub2", host, new Behaviour.Sink(null, null), new Socket("in", SocketType.SUB)));
        links.add(link(p + "feed1", p + "sub1", "in", p + "pub", "out", "tcp://localhost:" + (port + 1)));
        links.add(link(p + "feed2", p + "sub2", "in", p + "pub", "out", "tcp://127.0.0.1:" + (port + 1)));

        // a streamer device fed by a PUSH, its backend bound for outside programs
        nodes.add(new Node(p + "proxy", null, NodeKind.STREAMER, null, null, host, List.of(
                bind(NodeKind.FRONTEND, SocketType.PULL, "tcp://127.0.0.1:" + (port + 2)),
                bind(NodeKind.BACKEND, SocketType.PUSH, "ipc://" + p + "backend")), null));
        nodes.add(node(p + "feeder", host, source(null, "job {seq}"), new Socket("out", SocketType.PUSH)));
        links.add(link(p + "jobs", p + "feeder", "out", p + "proxy", NodeKind.FRONTEND,
                "tcp://localhost:" + (port + 2)));

        if (faulty) {
            // the server binds its port twice (the second time on every interface)
            Node server = nodes.get(nodes.size() - 9);
            nodes.set(nodes.size() - 9, server.withSockets(List.of(
                    bind("rep", SocketType.REP, "tcp://127.0.0.1:" + port, "tcp://*:" + port))));
            links.add(link(p + "lost", p + "client", "req", p + "gone", "rep", "tcp://localhost:" + port));
            links.add(link(p + "crowd", p + "sub1", "in", p + "server", "rep", "tcp://localhost:" + port));
            nodes.add(node(p + "pair", host, null, new Socket("x", SocketType.PAIR)
                    .withConnects(List.of("tcp://outside:1", "tcp://outside:2", "tcp:/broken"))));
        }
    }

    private static Node node(String id, String host, Behaviour behaviour, Socket... sockets) {
        return new Node(id, null, NodeKind.APPLICATION, null, null, host, List.of(sockets), behaviour);
    }

    private static Behaviour.Source source(String socket, String payload) {
        return new Behaviour.Source(socket, null, null, payload, null, null, null);
    }

    private static Socket bind(String id, SocketType type, String... endpoints) {
        return new Socket(id, type, List.of(endpoints), List.of(), SocketOptions.DEFAULTS);
    }

    private static Link link(String id, String fromNode, String fromSocket, String toNode, String toSocket,
                             String endpoint) {
        return new Link(id, new SocketRef(fromNode, fromSocket), new SocketRef(toNode, toSocket), endpoint);
    }
}
