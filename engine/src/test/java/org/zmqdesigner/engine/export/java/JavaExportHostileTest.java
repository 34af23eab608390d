package org.zmqdesigner.engine.export.java;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.zmqdesigner.engine.export.DesignPlan;
import org.zmqdesigner.engine.export.ExportTree;
import org.zmqdesigner.engine.export.ExportedFile;
import org.zmqdesigner.engine.export.NodePlan;
import org.zmqdesigner.engine.export.SocketPlan;
import org.zmqdesigner.engine.model.Behaviour;
import org.zmqdesigner.engine.model.Link;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.NodeKind;
import org.zmqdesigner.engine.model.PayloadTemplate;
import org.zmqdesigner.engine.model.Position;
import org.zmqdesigner.engine.model.Socket;
import org.zmqdesigner.engine.model.SocketOptions;
import org.zmqdesigner.engine.model.SocketRef;
import org.zmqdesigner.engine.model.SocketType;
import org.zmqdesigner.engine.model.Topology;

/**
 * Hostile names and strings through the Java export: string-literal breakers, comment closers and
 * openers, {@code ${}}, unicode escapes that javac would read even in comments, newlines, tabs,
 * backslashes, XML and Markdown markup, non-ASCII and emoji, in every place a user string goes (the
 * design's name and title, node names and ids, socket ids, payloads, topics, replies, subscription
 * prefixes, routing ids). The export compiles without a warning, runs, and does nothing but the
 * design: each sink finishes only on a payload equal to the one the design says, so the text
 * arrived unchanged; and nothing exits the JVM running this test.
 */
class JavaExportHostileTest {

    /** Hostile text as a user may type it; as a template its braces are doubled (rendered: ${x}). */
    static final String HOSTILE = "\"; System.exit(1); // */ /* ${{x}} \\u000a \\u0022 \n\t\\ \\\" é 日本 🎉"
            + " </project> ]]> &amp; | `x` *y* [z](w)";
    /** What a template of {@link #HOSTILE} renders to. */
    static final String RENDERED = PayloadTemplate.compile(HOSTILE).render(0, null, "n", b -> 0);
    /** The same text where no template reads it: a name, an id, a prefix. */
    static final String RAW = RENDERED;

    @TempDir
    static Path folder;
    static Path classes;
    static DesignPlan strings;
    static DesignPlan ids;

    @BeforeAll
    static void exportAndCompile() throws Exception {
        strings = DesignPlan.of(hostileStrings(), RAW);
        ids = hostileIds();
        List<Path> sources = new ArrayList<>();
        sources.addAll(JavaExportCompiler.write(new JavaExport().export(strings), folder.resolve("strings")));
        sources.addAll(JavaExportCompiler.write(new JavaExport().export(ids), folder.resolve("ids")));
        classes = folder.resolve("classes");
        JavaExportCompiler.compile(sources, classes);
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void hostile_strings_compile_and_arrive_unchanged() throws Exception {
        try (JavaExportCompiler.Running running = new JavaExportCompiler.Running(classes,
                JavaNames.packageName(strings.name()), List.of())) {
            awaitStates(running, Map.of("sink", "done", "sub", "done"));
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (running.counts().get("dealer")[1] == 0 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(running.counts().get("dealer")[1]).as("replies routed back by the hostile routing id: %s",
                    running.summary()).isPositive();
            assertThat(running.states().values()).noneMatch(s -> s.startsWith("crashed"));
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void hostile_ids_become_distinct_java_names_and_run() throws Exception {
        try (JavaExportCompiler.Running running = new JavaExportCompiler.Running(classes,
                JavaNames.packageName(ids.name()), List.of())) {
            awaitStates(running, Map.of(ID_B, "done", "Main", "done"));
        }
        ExportTree tree = new JavaExport().export(ids);
        assertThat(tree.files()).extracting(ExportedFile::path).contains(
                "src/main/java/org/zmqdesigner/designs/ids/SystemExit1.java",
                "src/main/java/org/zmqdesigner/designs/ids/XU000aU0022.java",
                "src/main/java/org/zmqdesigner/designs/ids/ClassNode.java",
                "src/main/java/org/zmqdesigner/designs/ids/MainNode.java",
                "src/main/java/org/zmqdesigner/designs/ids/MainNode2.java",
                "src/main/java/org/zmqdesigner/designs/ids/StringNode.java");
    }

    @Test
    void a_node_is_refused_alone_when_its_inproc_peer_would_run_in_another_process() throws Exception {
        assertThatThrownBy(() -> new JavaExportCompiler.Running(classes, JavaNames.packageName(ids.name()),
                List.of(ID_A)))
                .isInstanceOf(InvocationTargetException.class)
                .cause().isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("over inproc").hasMessageContaining(ID_B);
    }

    @Test
    void the_pom_and_readme_escape_what_they_quote() throws Exception {
        ExportTree tree = new JavaExport().export(strings);
        String pom = tree.file("pom.xml").orElseThrow().text();
        javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        org.w3c.dom.Document doc = factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(
                pom.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(doc.getElementsByTagName("name").item(0).getTextContent())
                .isEqualTo(RAW.replaceAll("[\\n\\t]", " "));
        assertThat(doc.getElementsByTagName("artifactId").item(0).getTextContent()).matches("[a-z0-9-]+");
        String readme = tree.file("README.md").orElseThrow().text();
        assertThat(readme.lines().filter(l -> l.startsWith("# "))).hasSize(1);
        assertThat(readme).doesNotContain("</project>").doesNotContain("`x`");
        assertThat(Files.exists(folder.resolve("strings/pom.xml"))).isTrue();
    }

    private static void awaitStates(JavaExportCompiler.Running running, Map<String, String> wanted)
            throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            Map<String, String> states = running.states();
            if (wanted.entrySet().stream().allMatch(e -> e.getValue().equals(states.get(e.getKey())))) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("within 10 s these nodes did not reach " + wanted + ": " + running.states()
                + "\n" + running.summary());
    }

    // ------------------------------------------------------------------ the designs

    private static Socket socket(String id, SocketType type, List<String> binds, SocketOptions options) {
        return new Socket(id, type, binds, List.of(), options);
    }

    private static Link link(String id, String fromNode, String fromSocket, String toNode, String toSocket,
                             String endpoint) {
        return new Link(id, new SocketRef(fromNode, fromSocket), new SocketRef(toNode, toSocket), endpoint);
    }

    /** Valid ids; hostile everything else. All over inproc, so nothing needs a port. */
    static Topology hostileStrings() {
        String forwarded = "[{payload}] " + HOSTILE;
        String forwardedText = "[" + RENDERED + "] " + RENDERED;
        SocketOptions none = SocketOptions.DEFAULTS;
        List<Node> nodes = List.of(
                new Node("src", RAW, NodeKind.APPLICATION, Position.ORIGIN, null, null,
                        List.of(socket("out", SocketType.PUSH, List.of(), none)),
                        new Behaviour.Source("out", 50.0, null, HOSTILE, null, null, List.of())),
                new Node("worker", RAW, NodeKind.APPLICATION, Position.ORIGIN, null, null,
                        List.of(socket("in", SocketType.PULL, List.of("inproc://h-worker"), none),
                                socket("out", SocketType.PUSH, List.of(), none)),
                        new Behaviour.Worker("in", "out", null, null, forwarded)),
                new Node("sink", RAW, NodeKind.APPLICATION, Position.ORIGIN, null, null,
                        List.of(socket("in", SocketType.PULL, List.of("inproc://h-sink"), none)),
                        new Behaviour.Sink("in", null, null, null, forwardedText)),
                new Node("pub", RAW, NodeKind.APPLICATION, Position.ORIGIN, null, null,
                        List.of(socket("pub", SocketType.XPUB, List.of("inproc://h-pub"), none)),
                        new Behaviour.Source("pub", 50.0, null, HOSTILE, HOSTILE, 1, List.of())),
                new Node("sub", RAW, NodeKind.APPLICATION, Position.ORIGIN, null, null,
                        List.of(socket("sub", SocketType.SUB, List.of(), none.withSubscribe(List.of(RAW)))),
                        new Behaviour.Sink("sub", null, null, null, RENDERED)),
                new Node("dealer", RAW, NodeKind.APPLICATION, Position.ORIGIN, null, null,
                        List.of(socket("dealer", SocketType.DEALER, List.of(), none.withRoutingId(RAW))),
                        new Behaviour.Source("dealer", 20.0, null, HOSTILE, null, null, List.of())),
                new Node("router", RAW, NodeKind.APPLICATION, Position.ORIGIN, null, null,
                        List.of(socket("router", SocketType.ROUTER, List.of("inproc://h-router"), none)),
                        new Behaviour.Responder("router", null, HOSTILE + " {payload}")));
        List<Link> links = List.of(
                link("l1", "src", "out", "worker", "in", "inproc://h-worker"),
                link("l2", "worker", "out", "sink", "in", "inproc://h-sink"),
                link("l3", "sub", "sub", "pub", "pub", "inproc://h-pub"),
                link("l4", "dealer", "dealer", "router", "router", "inproc://h-router"));
        return new Topology(RAW, RAW, nodes, links);
    }

    static final String ID_A = "\"; System.exit(1); //";
    static final String ID_B = "*/ /* ${x} \\u000a \\u0022 \n🎉";

    /**
     * Ids the validator refuses, planned by hand as a design that skips validation would be: an
     * exporter must not depend on the validator for its safety.
     */
    static DesignPlan hostileIds() {
        String a = ID_A;
        String b = ID_B;
        SocketOptions none = SocketOptions.DEFAULTS;
        Node nodeA = new Node(a, null, NodeKind.APPLICATION, Position.ORIGIN, null, null,
                List.of(socket("\"; x", SocketType.PUSH, List.of(), none)),
                new Behaviour.Source("\"; x", 50.0, null, "hello", null, null, List.of()));
        Node nodeB = new Node(b, null, NodeKind.APPLICATION, Position.ORIGIN, null, null,
                List.of(socket("*/", SocketType.PULL, List.of("inproc://ids-b"), none)),
                new Behaviour.Sink("*/", null, null, null, "hello"));
        Node nodeC = new Node("class", null, NodeKind.APPLICATION, Position.ORIGIN, null, null,
                List.of(socket("context", SocketType.PUSH, List.of(), none)),
                new Behaviour.Source("context", 50.0, null, "hi", null, null, List.of()));
        Node nodeD = new Node("Main", null, NodeKind.APPLICATION, Position.ORIGIN, null, null,
                List.of(socket("sent", SocketType.PULL, List.of("inproc://ids-d"), none)),
                new Behaviour.Sink("sent", null, null, null, "hi"));
        Node nodeE = new Node("main", null, NodeKind.APPLICATION, Position.ORIGIN, null, null,
                List.of(socket("class", SocketType.PAIR, List.of("inproc://ids-e"), none)), null);
        Node nodeF = new Node("String", null, NodeKind.APPLICATION, Position.ORIGIN, null, null,
                List.of(socket("1", SocketType.PAIR, List.of(), none)), null);
        List<Link> links = List.of(link("l1", a, "\"; x", b, "*/", "inproc://ids-b"),
                link("l2", "class", "context", "Main", "sent", "inproc://ids-d"),
                link("l3", "String", "1", "main", "class", "inproc://ids-e"));
        Topology topology = new Topology(ID_B, null, List.of(nodeA, nodeB, nodeC, nodeD, nodeE, nodeF), links);
        List<NodePlan> plans = new ArrayList<>();
        for (Node node : topology.nodes()) {
            List<SocketPlan> sockets = new ArrayList<>();
            for (Socket s : node.sockets()) {
                List<String> connects = topology.links().stream()
                        .filter(l -> l.from().node().equals(node.id()) && l.from().socket().equals(s.id()))
                        .map(Link::endpoint).toList();
                sockets.add(new SocketPlan(s.id(), s.type(), s.binds(), connects, s.options(), ID_B + " " + ID_A));
            }
            plans.add(new NodePlan(node, ID_A + " " + ID_B, sockets, node.behaviour()));
        }
        return new DesignPlan(topology, "ids", plans, List.of(ID_A + ID_B));
    }
}
