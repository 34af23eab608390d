package org.zmqdesigner.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.zmqdesigner.app.canvas.FamilyColors;
import org.zmqdesigner.app.canvas.NodeGeometry;
import org.zmqdesigner.engine.format.TopologyFiles;
import org.zmqdesigner.engine.model.Behaviour;
import org.zmqdesigner.engine.model.Link;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.NodeKind;
import org.zmqdesigner.engine.model.Position;
import org.zmqdesigner.engine.model.Socket;
import org.zmqdesigner.engine.model.SocketRef;
import org.zmqdesigner.engine.model.SocketType;
import org.zmqdesigner.engine.model.Topology;
import org.zmqdesigner.engine.validate.OpenBinds;

class SvgExporterTest {

    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");

    @TempDir
    Path folder;

    static Stream<Path> samples() throws IOException {
        Path dir = Path.of(System.getProperty("zmqdesigner.samples"));
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(p -> p.toString().endsWith(".zmqtopo")).sorted().toList();
        }
        assertThat(files).as("samples in " + dir).isNotEmpty();
        return files.stream();
    }

    private static Topology load(Path sample) throws Exception {
        return new TopologyFiles().load(sample);
    }

    /** A parser that refuses DOCTYPEs and never reaches for external entities. */
    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder.parse(new InputSource(new StringReader(xml)));
    }

    private static List<Element> elements(Document doc, String name) {
        NodeList list = doc.getElementsByTagNameNS(SVG_NS, name);
        List<Element> result = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            result.add((Element) list.item(i));
        }
        return result;
    }

    private static List<String> texts(Document doc) {
        return elements(doc, "text").stream().map(Element::getTextContent).toList();
    }

    private static Bounds viewBox(Document doc) {
        double[] v = numbers(doc.getDocumentElement().getAttribute("viewBox"));
        assertThat(v).hasSize(4);
        return new BoundingBox(v[0], v[1], v[2], v[3]);
    }

    private static double[] numbers(String text) {
        Matcher m = NUMBER.matcher(text);
        List<Double> values = new ArrayList<>();
        while (m.find()) {
            values.add(Double.parseDouble(m.group()));
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static Bounds box(Node node) {
        return new BoundingBox(node.position().x(), node.position().y(), NodeGeometry.WIDTH,
                NodeGeometry.height(node));
    }

    private static List<Element> linkPaths(Document doc) {
        return elements(doc, "g").stream().filter(g -> g.getAttribute("class").equals("link"))
                .map(g -> (Element) g.getElementsByTagNameNS(SVG_NS, "path").item(0)).toList();
    }

    private static Bounds legendBox(Document doc) {
        Element legend = elements(doc, "g").stream().filter(g -> g.getAttribute("class").equals("legend"))
                .findFirst().orElseThrow();
        Element rect = (Element) legend.getElementsByTagNameNS(SVG_NS, "rect").item(0);
        return new BoundingBox(Double.parseDouble(rect.getAttribute("x")), Double.parseDouble(rect.getAttribute("y")),
                Double.parseDouble(rect.getAttribute("width")), Double.parseDouble(rect.getAttribute("height")));
    }

    private static Node app(String id, String name, double x, double y, Behaviour behaviour, Socket... sockets) {
        return new Node(id, name, NodeKind.APPLICATION, new Position(x, y), null, null, List.of(sockets), behaviour);
    }

    private static Socket binding(String id, SocketType type, String endpoint) {
        return new Socket(id, type).withBinds(List.of(endpoint));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void every_sample_becomes_an_svg_that_parses_and_names_every_node_socket_and_link_endpoint(Path sample)
            throws Exception {
        Topology topology = load(sample);

        Document doc = parse(SvgExporter.toSvg(topology));

        Element root = doc.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(SVG_NS);
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getAttribute("version")).isEqualTo("1.1");
        assertThat(root.getAttribute("font-family")).endsWith("sans-serif");
        assertThat(elements(doc, "title").get(0).getTextContent()).isEqualTo(topology.title());
        List<String> texts = texts(doc);
        for (Node node : topology.nodes()) {
            assertThat(texts).as("label of " + node.id()).contains(node.label());
            for (Socket socket : node.sockets()) {
                assertThat(texts).contains(socket.id(), socket.type().name());
            }
        }
        for (Link link : topology.links()) {
            assertThat(texts).as("endpoint of " + link.id()).contains(link.endpoint());
        }
        assertThat(linkPaths(doc)).hasSize(topology.links().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void the_view_box_contains_every_node_box_and_the_legend_with_a_margin(Path sample) throws Exception {
        Topology topology = load(sample);

        Document doc = parse(SvgExporter.toSvg(topology));

        Bounds view = viewBox(doc);
        for (Node node : topology.nodes()) {
            Bounds box = box(node);
            assertThat(view.getMinX()).isLessThanOrEqualTo(box.getMinX() - SvgExporter.MARGIN);
            assertThat(view.getMinY()).isLessThanOrEqualTo(box.getMinY() - SvgExporter.MARGIN);
            assertThat(view.getMaxX()).isGreaterThanOrEqualTo(box.getMaxX() + SvgExporter.MARGIN);
            assertThat(view.getMaxY()).isGreaterThanOrEqualTo(box.getMaxY() + SvgExporter.MARGIN);
        }
        assertThat(view.contains(legendBox(doc))).isTrue();
        Element root = doc.getDocumentElement();
        assertThat(Double.parseDouble(root.getAttribute("width"))).isEqualTo(view.getWidth());
        assertThat(Double.parseDouble(root.getAttribute("height"))).isEqualTo(view.getHeight());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void the_legend_names_every_pattern_family_and_covers_no_node(Path sample) throws Exception {
        Topology topology = load(sample);

        Document doc = parse(SvgExporter.toSvg(topology));

        for (SocketType.Family family : SocketType.Family.values()) {
            assertThat(texts(doc)).contains(FamilyColors.label(family));
        }
        // The same rows as the window's legend and the PNG's: devices and the arrow too.
        for (org.zmqdesigner.engine.model.NodeKind kind : LegendView.DEVICES) {
            assertThat(texts(doc)).contains(LegendView.deviceText(kind));
        }
        assertThat(texts(doc)).contains(LegendView.arrowNote());
        Bounds legend = legendBox(doc);
        for (Node node : topology.nodes()) {
            assertThat(legend.intersects(box(node))).as("legend over " + node.id()).isFalse();
        }
    }

    @Test
    void the_view_box_follows_nodes_at_negative_positions() throws Exception {
        Topology topology = new Topology("far", null, List.of(
                app("a", null, -500, -300, null, new Socket("s", SocketType.PAIR)),
                app("b", null, 900, 700, null)), List.of());

        Bounds view = viewBox(parse(SvgExporter.toSvg(topology)));

        assertThat(view.contains(box(topology.nodes().get(0)))).isTrue();
        assertThat(view.contains(box(topology.nodes().get(1)))).isTrue();
        assertThat(view.getMinX()).isEqualTo(-500 - SvgExporter.MARGIN);
        assertThat(view.getMinY()).isEqualTo(-300 - SvgExporter.MARGIN);
    }

    @Test
    void hostile_names_are_escaped_and_the_picture_still_parses() throws Exception {
        String hostile = "<script>&\"'";
        Node server = app("server", hostile, 400, 100, new Behaviour.Echo(null),
                binding("in]]>", SocketType.REP, "tcp://*:5555"));
        Node client = app("cli\u0001ent\u0000<b>", null, 0, 100, null, new Socket("a<b", SocketType.REQ));
        String endpoint = "tcp://<evil>&\"'\u0007:5555";
        Topology topology = new Topology("<title>& \"quotes\" 'too'</title>", "line\u0000one\nline two <!-- -->",
                List.of(server, client),
                List.of(new Link("l&1", new SocketRef(client.id(), "a<b"), new SocketRef("server", "in]]>"),
                        endpoint)));

        String svg = SvgExporter.toSvg(topology);
        Document doc = parse(svg);

        assertThat(svg).doesNotContain("<script>", "<evil>", "<b>", "\u0000", "\u0001", "\u0007", "<!-- -->");
        assertThat(svg).contains("&lt;script&gt;&amp;&quot;&#39;");
        assertThat(doc.getElementsByTagName("script").getLength()).isZero();
        assertThat(doc.getElementsByTagName("evil").getLength()).isZero();
        assertThat(elements(doc, "title").get(0).getTextContent()).isEqualTo("<title>& \"quotes\" 'too'</title>");
        assertThat(elements(doc, "desc").get(0).getTextContent()).isEqualTo("line one line two <!-- -->");
        List<String> texts = texts(doc);
        assertThat(texts).contains(hostile, "a<b", "in]]>", "tcp://<evil>&\"' :5555");
        assertThat(elements(doc, "title")).extracting(Element::getTextContent).contains(hostile, "cli ent <b>");
        assertThat(linkPaths(doc)).hasSize(1);
    }

    @Test
    void escaping_replaces_markup_control_characters_and_broken_surrogates() {
        assertThat(SvgText.escape("a&b<c>d\"e'f")).isEqualTo("a&amp;b&lt;c&gt;d&quot;e&#39;f");
        assertThat(SvgText.escape("tab\there\r\nnul\u0000del\u007f")).isEqualTo("tab here  nul del ");
        assertThat(SvgText.escape("lone \uD800 and \uFFFF")).isEqualTo("lone \uFFFD and \uFFFD");
        assertThat(SvgText.escape("snow \u2603 and \uD83D\uDE00")).isEqualTo("snow \u2603 and \uD83D\uDE00");
        assertThat(SvgText.escape(null)).isEmpty();
    }

    @Test
    void a_link_runs_from_the_connecting_port_to_the_binding_port_with_an_arrowhead_at_the_binding_end()
            throws Exception {
        Node client = app("client", "hwclient", 80, 160, null, new Socket("requester", SocketType.REQ));
        Node server = app("server", "hwserver", 420, 160, null, binding("responder", SocketType.REP, "tcp://*:5555"));
        Topology topology = new Topology("hello", null, List.of(client, server),
                List.of(new Link("hello", new SocketRef("client", "requester"), new SocketRef("server", "responder"),
                        "tcp://localhost:5555")));

        Document doc = parse(SvgExporter.toSvg(topology));

        Element path = linkPaths(doc).get(0);
        assertThat(path.getAttribute("d")).startsWith("M").contains(" C");
        double[] d = numbers(path.getAttribute("d"));
        assertThat(d).hasSize(8);
        Point2D from = NodeGeometry.port(client, 0, NodeGeometry.centre(server).getX());
        Point2D to = NodeGeometry.port(server, 0, NodeGeometry.centre(client).getX());
        assertThat(new Point2D(d[0], d[1])).isEqualTo(from);
        assertThat(new Point2D(d[6], d[7])).isEqualTo(to);
        double bend = Math.max(40, Math.abs(to.getX() - from.getX()) / 2);
        assertThat(new Point2D(d[2], d[3])).as("first control point").isEqualTo(from.add(bend, 0));
        assertThat(new Point2D(d[4], d[5])).as("second control point").isEqualTo(to.subtract(bend, 0));
        assertThat(from.getX()).as("client's right edge").isEqualTo(80 + NodeGeometry.WIDTH);
        assertThat(to.getX()).as("server's left edge").isEqualTo(420);
        String marker = SvgExporter.markerId(SocketType.Family.REQUEST_REPLY);
        assertThat(path.getAttribute("marker-end")).isEqualTo("url(#" + marker + ")");
        assertThat(path.hasAttribute("marker-start")).isFalse();
        assertThat(elements(doc, "marker")).extracting(m -> m.getAttribute("id")).contains(marker);
        assertThat(path.getAttribute("stroke")).isEqualTo(FamilyColors.hex(FamilyColors.of(SocketType.REQ)));
        // the endpoint label sits at the curve's middle, halfway between the two ports here
        Element label = elements(doc, "text").stream()
                .filter(t -> t.getTextContent().equals("tcp://localhost:5555")).findFirst().orElseThrow();
        assertThat(Double.parseDouble(label.getAttribute("x"))).isEqualTo((from.getX() + to.getX()) / 2);
    }

    @Test
    void headers_take_the_device_colour_or_the_first_socket_family_and_subtitles_say_what_a_node_does()
            throws Exception {
        Node queue = new Node("broker", null, NodeKind.QUEUE, new Position(300, 0), null, null,
                List.of(binding("frontend", SocketType.ROUTER, "tcp://*:5559"),
                        binding("backend", SocketType.DEALER, "tcp://*:5560")), null);
        Node publisher = app("pub", "weather", 0, 0, new Behaviour.Source(null, null, null, "x", null, null, null),
                binding("out", SocketType.PUB, "tcp://*:5556"));
        Node bare = app("bare", null, 0, 200, null);
        Topology topology = new Topology(null, null, List.of(queue, publisher, bare), List.of());

        Document doc = parse(SvgExporter.toSvg(topology));

        assertThat(elements(doc, "title").get(0).getTextContent()).isEqualTo(SvgExporter.DEFAULT_TITLE);
        List<String> headerFills = elements(doc, "g").stream().filter(g -> g.getAttribute("class").equals("node"))
                .map(g -> ((Element) g.getElementsByTagNameNS(SVG_NS, "path").item(0)).getAttribute("fill"))
                .toList();
        assertThat(headerFills).containsExactly(
                FamilyColors.hex(FamilyColors.of(NodeKind.QUEUE)),
                FamilyColors.hex(FamilyColors.of(SocketType.Family.PUBLISH_SUBSCRIBE)),
                FamilyColors.hex(FamilyColors.of(NodeKind.APPLICATION)));
        assertThat(texts(doc)).contains("broker", "queue", "weather", "source", "bare", "application");
    }

    @Test
    void a_socket_that_binds_every_interface_carries_the_globe_with_its_words_left_of_its_type() throws Exception {
        Topology topology = new Topology("t", null, List.of(
                app("open", "open", 0, 0, null, binding("out", SocketType.PUB, "tcp://*:5556")),
                app("local", "local", 300, 0, null, binding("in", SocketType.PULL, "tcp://127.0.0.1:5557"))), List.of());

        Document doc = parse(SvgExporter.toSvg(topology));

        List<Element> marks = elements(doc, "g").stream().filter(g -> g.getAttribute("class").equals("open-bind"))
                .toList();
        assertThat(marks).as("one globe, on the socket that binds *").hasSize(1);
        Element mark = marks.get(0);
        assertThat(mark.getElementsByTagNameNS(SVG_NS, "title").item(0).getTextContent())
                .isEqualTo(OpenBinds.of(topology).get(0).explanation());
        Element circle = (Element) mark.getElementsByTagNameNS(SVG_NS, "circle").item(0);
        double right = Double.parseDouble(circle.getAttribute("cx")) + Double.parseDouble(circle.getAttribute("r"));
        double typeLeft = NodeGeometry.WIDTH - 12 - SvgText.textWidth("PUB", 10, true);
        assertThat(right).as("clear of the type").isLessThanOrEqualTo(typeLeft - NodeGeometry.OPEN_MARK_GAP + 1);
        assertThat(Double.parseDouble(circle.getAttribute("cy"))).isEqualTo(NodeGeometry.rowY(topology.nodes().get(0), 0));
    }

    @Test
    void long_names_are_shortened_in_the_box_but_kept_whole_in_its_tooltip() throws Exception {
        String name = "a-very-long-node-name-that-cannot-possibly-fit-in-one-hundred-and-eighty-units";
        Topology topology = new Topology("t", null, List.of(app("n", name, 0, 0, null)), List.of());

        Document doc = parse(SvgExporter.toSvg(topology));

        String shown = texts(doc).stream().filter(t -> t.startsWith("a-very")).findFirst().orElseThrow();
        assertThat(shown).endsWith("\u2026").hasSizeLessThan(name.length());
        assertThat(elements(doc, "title")).extracting(Element::getTextContent).contains(name);
    }

    @Test
    void links_to_missing_nodes_or_sockets_are_left_out() throws Exception {
        Node a = app("a", null, 0, 0, null, new Socket("s", SocketType.PAIR));
        Topology topology = new Topology("t", null, List.of(a), List.of(
                new Link("ghost-node", new SocketRef("a", "s"), new SocketRef("nowhere", "s"), "inproc://x"),
                new Link("ghost-socket", new SocketRef("a", "nope"), new SocketRef("a", "s"), "inproc://y")));

        Document doc = parse(SvgExporter.toSvg(topology));

        assertThat(linkPaths(doc)).isEmpty();
    }

    @Test
    void an_empty_topology_makes_a_picture_of_just_the_legend() throws Exception {
        Document doc = parse(SvgExporter.toSvg(Topology.EMPTY));

        assertThat(viewBox(doc).contains(legendBox(doc))).isTrue();
        assertThat(elements(doc, "g").stream().filter(g -> g.getAttribute("class").equals("node"))).isEmpty();
    }

    @Test
    void writing_replaces_the_target_atomically_and_leaves_no_temporary_files() throws Exception {
        Topology topology = load(samples().findFirst().orElseThrow());
        Path target = folder.resolve("picture.svg");
        Files.writeString(target, "old picture");

        SvgExporter.write(topology, target);

        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo(SvgExporter.toSvg(topology));
        try (Stream<Path> listing = Files.list(folder)) {
            assertThat(listing.toList()).containsExactly(target);
        }
        parse(Files.readString(target, StandardCharsets.UTF_8));
    }

    @Test
    void writing_into_a_missing_folder_creates_it() throws Exception {
        Path target = folder.resolve("slides/deck/picture.svg");

        SvgExporter.write(Topology.EMPTY, target);

        assertThat(target).isRegularFile();
        try (Stream<Path> listing = Files.list(target.getParent())) {
            assertThat(listing.toList()).containsExactly(target);
        }
    }
}
