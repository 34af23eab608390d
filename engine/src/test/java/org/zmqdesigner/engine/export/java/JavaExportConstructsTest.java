package org.zmqdesigner.engine.export.java;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.zmqdesigner.engine.export.DesignPlan;
import org.zmqdesigner.engine.format.TopologyFormat;

/**
 * What the samples do not use, exported, compiled and run: echo, a REQ source with a topic frame
 * and an end message, a PAIR responder answering twice and stalling, a DEALER responder with a
 * stall chance and no length, a ROUTER source addressing a worker by routing id, a worker with a
 * fixed delay, a sink with a count, a delay and an "until", a streamer with a PUSH capture, a
 * Lazy Pirate client with a topic, awaitPeers over inproc, every socket option, and an IPv6
 * endpoint (compiled only, as the machine may have no IPv6).
 */
class JavaExportConstructsTest {

    static final String DESIGN = """
            {"formatVersion": 1, "title": "constructs", "nodes": [
              {"id": "echo", "sockets": [{"id": "rep", "type": "REP", "binds": ["inproc://c-echo"]}],
               "behaviour": {"type": "echo"}},
              {"id": "asker", "sockets": [{"id": "req", "type": "REQ"}],
               "behaviour": {"type": "source", "rate": 50, "count": 5, "payload": "q{seq}", "topic": "t{seq}",
                             "end": "bye"}},
              {"id": "pair-server", "sockets": [{"id": "p", "type": "PAIR", "binds": ["inproc://c-pair"],
                  "options": {"sndhwm": 10, "rcvhwm": 10, "linger": 0, "immediate": false, "maxmsgsize": 4096}}],
               "behaviour": {"type": "responder", "reply": "r{payload}", "replies": 2,
                             "faults": {"crashAfter": 100000, "stallMs": 1}}},
              {"id": "pair-client", "sockets": [{"id": "p", "type": "PAIR"}],
               "behaviour": {"type": "source", "rate": 20, "payload": "{pick:a|b}"}},
              {"id": "boss", "sockets": [{"id": "r", "type": "ROUTER", "binds": ["inproc://c-boss"],
                  "options": {"routerMandatory": false}}],
               "behaviour": {"type": "source", "rate": 20, "payload": "work", "topic": "w1"}},
              {"id": "dealer-worker", "sockets": [{"id": "d", "type": "DEALER", "options": {"routingId": "w1"}}],
               "behaviour": {"type": "responder", "reply": "done {payload}", "faults": {"stallChance": 0.5},
                             "seed": 3}},
              {"id": "vent", "sockets": [{"id": "out", "type": "PUSH", "binds": ["inproc://c-vent"],
                  "options": {"conflate": false}}],
               "behaviour": {"type": "source", "rate": 100, "payload": "{rand:1..3}", "awaitPeers": 1}},
              {"id": "work", "sockets": [{"id": "in", "type": "PULL"}, {"id": "out", "type": "PUSH"}],
               "behaviour": {"type": "worker", "input": "in", "output": "out", "delayMs": 2, "forward": "{payload}!"}},
              {"id": "stream", "kind": "streamer", "sockets": [
                  {"id": "frontend", "type": "PULL", "binds": ["inproc://c-stream-in"]},
                  {"id": "backend", "type": "PUSH", "binds": ["inproc://c-stream-out"]},
                  {"id": "capture", "type": "PUSH", "binds": ["inproc://c-capture"]}]},
              {"id": "slow", "sockets": [{"id": "in", "type": "PULL"}],
               "behaviour": {"type": "sink", "count": 100000, "delayMs": 1, "until": "never"}},
              {"id": "tap", "sockets": [{"id": "in", "type": "PULL"}], "behaviour": {"type": "sink"}},
              {"id": "xpub", "sockets": [{"id": "x", "type": "XPUB", "binds": ["inproc://c-xpub"],
                  "options": {"xpubVerbose": true}}],
               "behaviour": {"type": "source", "rate": 10, "payload": "tick"}},
              {"id": "xsub", "sockets": [{"id": "s", "type": "SUB", "options": {"subscribe": [""], "conflate": true}}],
               "behaviour": {"type": "sink"}},
              {"id": "pirate", "sockets": [{"id": "req", "type": "REQ"}],
               "behaviour": {"type": "source", "rate": 10, "payload": "p", "topic": "t", "replyTimeoutMs": 500,
                             "retries": 1}},
              {"id": "pirate-server", "sockets": [{"id": "rep", "type": "REP", "binds": ["inproc://c-pirate"]}],
               "behaviour": {"type": "responder", "reply": "{payload}"}}
            ],
            "links": [
              {"id": "l1", "from": {"node": "asker", "socket": "req"}, "to": {"node": "echo", "socket": "rep"},
               "endpoint": "inproc://c-echo"},
              {"id": "l2", "from": {"node": "pair-client", "socket": "p"}, "to": {"node": "pair-server", "socket": "p"},
               "endpoint": "inproc://c-pair"},
              {"id": "l3", "from": {"node": "dealer-worker", "socket": "d"}, "to": {"node": "boss", "socket": "r"},
               "endpoint": "inproc://c-boss"},
              {"id": "l4", "from": {"node": "work", "socket": "in"}, "to": {"node": "vent", "socket": "out"},
               "endpoint": "inproc://c-vent"},
              {"id": "l5", "from": {"node": "work", "socket": "out"}, "to": {"node": "stream", "socket": "frontend"},
               "endpoint": "inproc://c-stream-in"},
              {"id": "l6", "from": {"node": "slow", "socket": "in"}, "to": {"node": "stream", "socket": "backend"},
               "endpoint": "inproc://c-stream-out"},
              {"id": "l7", "from": {"node": "tap", "socket": "in"}, "to": {"node": "stream", "socket": "capture"},
               "endpoint": "inproc://c-capture"},
              {"id": "l8", "from": {"node": "xsub", "socket": "s"}, "to": {"node": "xpub", "socket": "x"},
               "endpoint": "inproc://c-xpub"},
              {"id": "l9", "from": {"node": "pirate", "socket": "req"}, "to": {"node": "pirate-server", "socket": "rep"},
               "endpoint": "inproc://c-pirate"}
            ]}
            """;

    static final String IPV6 = """
            {"formatVersion": 1, "nodes": [
              {"id": "server", "sockets": [{"id": "rep", "type": "REP", "binds": ["tcp://[::1]:15999"]}],
               "behaviour": {"type": "responder", "reply": "World"}}]}
            """;

    @TempDir
    Path folder;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void every_construct_compiles_and_runs() throws Exception {
        DesignPlan plan = DesignPlan.of(read(DESIGN), "constructs");
        DesignPlan ipv6 = DesignPlan.of(read(IPV6), "ipv6");
        List<Path> sources = new ArrayList<>(JavaExportCompiler.write(new JavaExport().export(plan),
                folder.resolve("constructs")));
        sources.addAll(JavaExportCompiler.write(new JavaExport().export(ipv6), folder.resolve("ipv6")));
        Path classes = folder.resolve("classes");
        JavaExportCompiler.compile(sources, classes);
        assertThat(new JavaExport().nodeSource(ipv6, "server").text()).contains("setIPv6(true)");

        Map<String, String> expected = JavaExportSamplesTest.expectedCounts(plan);
        try (JavaExportCompiler.Running running = new JavaExportCompiler.Running(classes,
                JavaNames.packageName("constructs"), List.of())) {
            long deadline = System.nanoTime() + 10_000_000_000L;
            List<String> missing = missing(expected, running.counts(), running.states());
            while (!missing.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20);
                missing = missing(expected, running.counts(), running.states());
            }
            assertThat(missing).as("counts still 0 and unfinished nodes after 10 s:\n%s", running.summary())
                    .isEmpty();
            assertThat(running.states().values()).as(running.summary()).noneMatch(s -> s.startsWith("crashed"));
            assertThat(running.counts().get("asker")).as("5 requests, their replies and the end's")
                    .containsExactly(6, 6);
        }
    }

    private static List<String> missing(Map<String, String> expected, Map<String, long[]> counts,
                                        Map<String, String> states) {
        List<String> missing = new ArrayList<>(JavaExportSamplesTest.missing(expected, counts));
        if (!"done".equals(states.get("asker"))) {
            missing.add("asker done");
        }
        return missing;
    }

    private static org.zmqdesigner.engine.model.Topology read(String json) throws Exception {
        return new TopologyFormat().read(json.getBytes(StandardCharsets.UTF_8), "test");
    }
}
