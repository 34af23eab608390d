package org.zmqdesigner.engine.export.python;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zmqdesigner.engine.export.DesignPlan;
import org.zmqdesigner.engine.export.ExportTree;
import org.zmqdesigner.engine.export.ExportedFile;
import org.zmqdesigner.engine.model.Behaviour;
import org.zmqdesigner.engine.model.Link;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.NodeKind;
import org.zmqdesigner.engine.model.PayloadTemplate;
import org.zmqdesigner.engine.model.Position;
import org.zmqdesigner.engine.model.Socket;
import org.zmqdesigner.engine.model.SocketOptions;
import org.zmqdesigner.engine.model.SocketRef;
import org.zmqdesigner.engine.model.Topology;

/**
 * Names and strings that try to break out of a Python string, docstring or comment, or to shadow a
 * module: every file compiles, running it does only what the design says, and payloads arrive byte
 * for byte.
 */
class PythonHostileNamesTest {

    /** Quotes of every kind, code after a quote, an escaped and a real newline, NUL, tab, backslash, bidi, emoji. */
    static final String HOSTILE = "\"\"\" ''' \"; import os; os._exit(1) # ${x} \\u000a \n \\x00 \0"
            + " tab\there back\\slash \r ünï 😀 \u202e end\\";

    /** The same text as a payload template: its braces doubled, so they are literal text. */
    static final String TEMPLATE = HOSTILE.replace("{", "{{").replace("}", "}}");

    static final String REPLY_ENDPOINT = "tcp://127.0.0.1:15701";
    static final String PUB_ENDPOINT = "tcp://127.0.0.1:15702";

    /** Ids keep to letters of any script, digits, '-', '_' and '.' (the validator's rule): the rest is names. */
    static final String SERVER = "1.server-ünï";
    static final String PUBLISHER = "class";
    static final String SUBSCRIBER = "zmq";
    static final String CLIENT = "random";

    static Topology design() {
        String topic = PayloadTemplate.compile(TEMPLATE).render(1, null, PUBLISHER, b -> 0);
        Node server = new Node(SERVER, HOSTILE, NodeKind.APPLICATION, new Position(0, 0), null, null,
                List.of(new Socket("rep.ünï", org.zmqdesigner.engine.model.SocketType.REP,
                        List.of(REPLY_ENDPOINT), List.of(), SocketOptions.DEFAULTS)),
                new Behaviour.Responder(null, null, TEMPLATE + " {{braces}} {payload}"));
        Node publisher = new Node(PUBLISHER, HOSTILE, NodeKind.APPLICATION, new Position(0, 0), null, null,
                List.of(new Socket("print", org.zmqdesigner.engine.model.SocketType.PUB, List.of(PUB_ENDPOINT),
                        List.of(), SocketOptions.DEFAULTS)),
                new Behaviour.Source(null, 50.0, null, TEMPLATE, TEMPLATE, null, List.of()));
        Node subscriber = new Node(SUBSCRIBER, HOSTILE, NodeKind.APPLICATION, new Position(0, 0), 300, null,
                List.of(new Socket("stop", org.zmqdesigner.engine.model.SocketType.SUB, List.of(), List.of(),
                        SocketOptions.DEFAULTS.withSubscribe(List.of(topic)))),
                new Behaviour.Sink(null, null));
        Node client = new Node(CLIENT, HOSTILE, NodeKind.APPLICATION, new Position(0, 0), null, null,
                List.of(new Socket("requester", org.zmqdesigner.engine.model.SocketType.REQ, List.of(), List.of(),
                        SocketOptions.DEFAULTS.withRoutingId(HOSTILE))),
                new Behaviour.Source(null, null, 3L, TEMPLATE, null, null, List.of()));
        // Two ids that sanitise alike, as do ids differing in case only on a case-blind file system.
        Node idle1 = new Node("a-b", HOSTILE, NodeKind.APPLICATION, new Position(0, 0), null, null, List.of(), null);
        Node idle2 = new Node("A_b", HOSTILE, NodeKind.APPLICATION, new Position(0, 0), null, null, List.of(), null);
        return new Topology(HOSTILE, HOSTILE, List.of(server, publisher, subscriber, client, idle1, idle2), List.of(
                new Link("updates", new SocketRef(SUBSCRIBER, "stop"), new SocketRef(PUBLISHER, "print"),
                        PUB_ENDPOINT),
                new Link("requests", new SocketRef(CLIENT, "requester"), new SocketRef(SERVER, "rep.ünï"),
                        REPLY_ENDPOINT)));
    }

    @Test
    void hostile_names_give_files_that_compile_and_shadow_nothing(@TempDir Path dir) throws Exception {
        PythonPrograms.assumePython();
        ExportTree tree = new PythonExport().export(DesignPlan.of(design(), HOSTILE));
        Path folder = PythonPrograms.write(tree, dir);
        List<String> names = tree.files().stream().map(ExportedFile::path).toList();
        assertThat(names).doesNotContain("zmq.py", "random.py", "class.py").contains("a_b.py", "A_b_node.py").allMatch(n -> n.matches("[A-Za-z0-9_.]+"));
        for (ExportedFile file : tree.files()) {
            assertThat(file.text()).as(file.path()).doesNotContain("\u0000", "\u202e", "\r", "os._exit(1) #\n");
        }
        List<String> args = new ArrayList<>(List.of("-m", "py_compile"));
        names.stream().filter(n -> n.endsWith(".py")).forEach(args::add);
        PythonPrograms.Result result = PythonPrograms.run(folder, 30, args.toArray(String[]::new));
        assertThat(result.exit()).as("py_compile said:\n%s", result.output()).isZero();
    }

    @Test
    void the_hostile_design_runs_as_designed(@TempDir Path dir) throws Exception {
        PythonPrograms.assumePyzmq();
        Path folder = PythonPrograms.write(new PythonExport().export(DesignPlan.of(design(), HOSTILE)), dir);
        PythonPrograms.Result result = PythonPrograms.run(folder, 30, "run_all.py", "--seconds", "2");
        assertThat(result.exit()).as("run_all.py printed:\n%s", result.output()).isZero();
        Map<String, JsonNode> counts = PythonPrograms.summary(result);
        assertThat(counts.keySet()).containsExactlyInAnyOrder(SERVER, PUBLISHER, SUBSCRIBER, CLIENT, "a-b", "A_b");
        assertThat(counts.get(CLIENT).get("received").asLong()).as("the client's replies").isEqualTo(3);
        assertThat(counts.get(SERVER).get("sent").asLong()).isEqualTo(3);
        assertThat(counts.get(SUBSCRIBER).get("received").asLong()).as("updates through the hostile prefix")
                .isPositive();
        counts.values().forEach(c -> assertThat(c.get("state").asText()).isNotEqualTo("crashed"));
    }

    @Test
    void hostile_payloads_arrive_byte_for_byte(@TempDir Path dir) throws Exception {
        PythonPrograms.assumePyzmq();
        DesignPlan plan = DesignPlan.of(design(), HOSTILE);
        Path folder = PythonPrograms.write(new PythonExport().export(plan), dir);
        String serverScript = new PythonExport().nodeSource(plan, SERVER).path();
        String publisherScript = new PythonExport().nodeSource(plan, PUBLISHER).path();
        Process server = start(folder, serverScript);
        Process publisher = start(folder, publisherScript);
        try (ZContext context = new ZContext()) {
            ZMQ.Socket req = context.createSocket(SocketType.REQ);
            req.setHandshakeIvl(2_000);
            req.setReceiveTimeOut(15_000);
            req.connect(REPLY_ENDPOINT);
            String request = "asked: " + HOSTILE;
            req.send(request.getBytes(StandardCharsets.UTF_8));
            byte[] reply = req.recv();
            assertThat(reply).as("the reply; the server printed:\n%s", output(folder, serverScript)).isNotNull();
            String expected = PayloadTemplate.compile(TEMPLATE + " {{braces}} {payload}").render(1, request, SERVER,
                    b -> 0);
            assertThat(reply).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));

            ZMQ.Socket sub = context.createSocket(SocketType.SUB);
            // As the engine sets it: JeroMQ can lose a connecting socket's handshake (zeromq/jeromq#1022),
            // and only the handshake timer then ends the stall.
            sub.setHandshakeIvl(2_000);
            sub.setReceiveTimeOut(15_000);
            sub.subscribe(new byte[0]);
            sub.connect(PUB_ENDPOINT);
            byte[] topic = sub.recv();
            assertThat(topic).as("an update; the publisher printed:\n%s", output(folder, publisherScript)).isNotNull();
            assertThat(sub.hasReceiveMore()).isTrue();
            byte[] payload = sub.recv();
            byte[] literal = PayloadTemplate.compile(TEMPLATE).render(1, null, PUBLISHER, b -> 0)
                    .getBytes(StandardCharsets.UTF_8);
            assertThat(topic).isEqualTo(literal);
            assertThat(payload).isEqualTo(literal);
        } finally {
            server.destroy();
            publisher.destroy();
            server.waitFor(5, TimeUnit.SECONDS);
            publisher.waitFor(5, TimeUnit.SECONDS);
        }
    }

    private static Process start(Path folder, String script) throws Exception {
        return new ProcessBuilder(PythonPrograms.PYTHON.toString(), "-u", script, "--seconds", "20")
                .directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(folder.resolve(script + ".out").toFile()).start();
    }

    private static String output(Path folder, String script) throws Exception {
        return Files.readString(folder.resolve(script + ".out"), StandardCharsets.UTF_8);
    }
}
