package org.zmqdesigner.engine.export.python;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zmqdesigner.engine.export.DesignPlan;
import org.zmqdesigner.engine.export.ExportTree;
import org.zmqdesigner.engine.export.ExportedFile;
import org.zmqdesigner.engine.model.Behaviour;
import org.zmqdesigner.engine.model.CountRange;
import org.zmqdesigner.engine.model.Link;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.NodeKind;
import org.zmqdesigner.engine.model.Position;
import org.zmqdesigner.engine.model.Socket;
import org.zmqdesigner.engine.model.SocketOptions;
import org.zmqdesigner.engine.model.SocketRef;
import org.zmqdesigner.engine.model.SocketType;
import org.zmqdesigner.engine.model.Topology;

/**
 * What the samples leave out: every socket option, an echo on a ROUTER, a crash after a number of
 * requests that makes a Lazy Pirate client give up, an XPUB awaiting its subscriber, replies
 * counted on a DEALER, and a node without behaviour. The export sets each option and runs as
 * designed.
 */
class PythonEveryOptionTest {

    static Topology design() {
        SocketOptions everything = SocketOptions.DEFAULTS.withSndhwm(500).withRcvhwm(600).withLinger(10)
                .withImmediate(false).withMaxmsgsize(4096);
        Node echo = node("echo", List.of(new Socket("router", SocketType.ROUTER, List.of("tcp://127.0.0.1:15711"),
                List.of(), everything.withRouterMandatory(true))), new Behaviour.Echo(null));
        Node dealer = node("dealer", List.of(new Socket("client", SocketType.DEALER, List.of(), List.of(),
                SocketOptions.DEFAULTS.withRoutingId("dealer-1"))),
                new Behaviour.Source(null, 100.0, null, "ping {seq:%04d}", null, null, List.of()));
        Node server = node("server", List.of(new Socket("rep", SocketType.REP, List.of("tcp://127.0.0.1:15712"),
                List.of(), SocketOptions.DEFAULTS)),
                new Behaviour.Responder(null, null, "{payload} {node} {time}", null, CountRange.exactly(1),
                        new Behaviour.Faults(3L, null, 50, 0.5), 7L));
        Node pirate = node("pirate", List.of(new Socket("req", SocketType.REQ)),
                new Behaviour.Source(null, null, null, "{seq}", null, null, List.of(), null, null, 300, 1));
        Node publisher = node("publisher", List.of(new Socket("xpub", SocketType.XPUB,
                        List.of("tcp://127.0.0.1:15713"), List.of(), SocketOptions.DEFAULTS.withXpubVerbose(true))),
                new Behaviour.Source(null, 200.0, null, "{cycle:A|B} {rand:1..6} {pick:x|y}", null, 1, List.of()));
        Node subscriber = node("subscriber", List.of(new Socket("sub", SocketType.SUB, List.of(), List.of(),
                SocketOptions.DEFAULTS.withSubscribe(List.of("A", "B")).withConflate(true))),
                new Behaviour.Sink(null, null, 5, null, null));
        Node dealerWorker = node("asyncworker", List.of(new Socket("worker", SocketType.DEALER, List.of(),
                List.of(), SocketOptions.DEFAULTS)),
                new Behaviour.Responder(null, 20, "hi {payload}", "Hi Boss", CountRange.exactly(2), null, null));
        Node boss = node("boss", List.of(new Socket("router", SocketType.ROUTER, List.of("tcp://127.0.0.1:15714"),
                List.of(), SocketOptions.DEFAULTS)), new Behaviour.Sink(null, null));
        Node idle = node("idle", List.of(new Socket("pair", SocketType.PAIR, List.of("inproc://idle"), List.of(),
                SocketOptions.DEFAULTS)), null);
        return new Topology("every option", null,
                List.of(echo, dealer, server, pirate, publisher, subscriber, dealerWorker, boss, idle), List.of(
                        link("pings", "dealer", "client", "echo", "router", "tcp://127.0.0.1:15711"),
                        link("asks", "pirate", "req", "server", "rep", "tcp://127.0.0.1:15712"),
                        link("updates", "subscriber", "sub", "publisher", "xpub", "tcp://127.0.0.1:15713"),
                        link("work", "asyncworker", "worker", "boss", "router", "tcp://127.0.0.1:15714")));
    }

    private static Node node(String id, List<Socket> sockets, Behaviour behaviour) {
        return new Node(id, null, NodeKind.APPLICATION, new Position(0, 0), null, null, sockets, behaviour);
    }

    private static Link link(String id, String from, String fromSocket, String to, String toSocket, String endpoint) {
        return new Link(id, new SocketRef(from, fromSocket), new SocketRef(to, toSocket), endpoint);
    }

    @Test
    void every_option_is_set_and_every_behaviour_runs(@TempDir Path dir) throws Exception {
        PythonPrograms.assumePyzmq();
        ExportTree tree = new PythonExport().export(DesignPlan.of(design(), "every option"));
        String all = String.join("\n", tree.files().stream().map(ExportedFile::text).toList());
        assertThat(all).contains("setsockopt(zmq.SNDHWM, 500)", "setsockopt(zmq.RCVHWM, 600)",
                "setsockopt(zmq.LINGER, 10)", "setsockopt(zmq.IMMEDIATE, 0)", "setsockopt(zmq.MAXMSGSIZE, 4096)",
                "setsockopt(zmq.ROUTER_MANDATORY, 1)", "setsockopt_string(zmq.ROUTING_ID, \"dealer-1\")",
                "setsockopt(zmq.XPUB_VERBOSE, 1)", "setsockopt_string(zmq.SUBSCRIBE, \"A\")",
                "setsockopt_string(zmq.SUBSCRIBE, \"B\")", "setsockopt(zmq.CONFLATE, 1)", "random.Random(7)");
        Path folder = PythonPrograms.write(tree, dir);
        List<String> args = new ArrayList<>(List.of("-m", "py_compile"));
        tree.files().stream().map(ExportedFile::path).filter(p -> p.endsWith(".py")).forEach(args::add);
        assertThat(PythonPrograms.run(folder, 30, args.toArray(String[]::new)).exit()).isZero();

        PythonPrograms.Result result = PythonPrograms.run(folder, 30, "run_all.py", "--seconds", "2.5");
        assertThat(result.exit()).as(result.output()).isZero();
        Map<String, JsonNode> counts = PythonPrograms.summary(result);
        for (String node : List.of("echo", "dealer", "publisher", "subscriber", "asyncworker", "boss")) {
            assertThat(counts.get(node).get("sent").asLong() + counts.get(node).get("received").asLong())
                    .as("%s's traffic in:\n%s", node, result.output()).isPositive();
        }
        assertThat(counts.get("dealer").get("received").asLong()).as("the echoes").isPositive();
        assertThat(counts.get("server").get("state").asText()).as(result.output()).isEqualTo("crashed");
        assertThat(counts.get("server").get("received").asLong()).isEqualTo(4);
        assertThat(counts.get("pirate").get("state").asText()).as(result.output()).isEqualTo("gave up");
        assertThat(counts.get("boss").get("received").asLong()).as("the announcement, then two replies per"
                + " request: the boss never asks, so the announcement alone").isEqualTo(1);
        assertThat(counts.get("idle").get("state").asText()).isEqualTo("stopped");
    }
}
