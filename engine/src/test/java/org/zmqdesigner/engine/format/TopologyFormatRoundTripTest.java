package org.zmqdesigner.engine.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.zmqdesigner.engine.model.Behaviour;
import org.zmqdesigner.engine.model.Link;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.NodeKind;
import org.zmqdesigner.engine.model.Position;
import org.zmqdesigner.engine.model.Socket;
import org.zmqdesigner.engine.model.SocketOptions;
import org.zmqdesigner.engine.model.SocketRef;
import org.zmqdesigner.engine.model.SocketType;
import org.zmqdesigner.engine.model.Topology;

class TopologyFormatRoundTripTest {

    private final TopologyFormat format = new TopologyFormat();

    static Stream<Path> samples() throws Exception {
        List<Path> files = Samples.files();
        assertThat(files).as("samples in %s", Samples.folder()).hasSizeGreaterThanOrEqualTo(3);
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void every_sample_saves_back_to_exactly_the_bytes_it_was_loaded_from(Path sample) throws Exception {
        byte[] original = Files.readAllBytes(sample);

        Topology loaded = format.read(original, sample.toString());
        String saved = format.write(loaded);

        assertThat(saved).isEqualTo(new String(original, StandardCharsets.UTF_8));
        assertThat(loaded.nodes()).isNotEmpty();
    }

    @Test
    void a_design_using_every_field_survives_a_round_trip_unchanged() throws Exception {
        Topology everything = everyField();

        String text = format.write(everything);
        Topology back = format.read(text.getBytes(StandardCharsets.UTF_8), "everything");

        assertThat(back).isEqualTo(everything);
        assertThat(format.write(back)).isEqualTo(text);
    }

    @Test
    void the_file_starts_with_the_format_version_and_keeps_a_fixed_field_order() {
        String text = format.write(everyField());

        assertThat(text).startsWith("{\n  \"formatVersion\": 1,\n  \"title\": ");
        assertThat(text.indexOf("\"nodes\"")).isLessThan(text.indexOf("\"links\""));
        assertThat(text.indexOf("\"id\": \"router\"")).isLessThan(text.indexOf("\"kind\": \"queue\""));
        assertThat(text).endsWith("}\n").doesNotContain("\r").doesNotContain(" : ");
    }

    @Test
    void defaults_are_left_out_so_files_only_say_what_the_designer_chose() {
        Topology small = new Topology(null, null, List.of(new Node("n", null, null, null, null, null,
                List.of(new Socket("s", SocketType.PUSH)), null)), List.of());

        String text = format.write(small);

        assertThat(text).doesNotContain("options").doesNotContain("binds").doesNotContain("null")
                .doesNotContain("links").doesNotContain("title");
    }

    @Test
    void files_never_hold_java_class_names() {
        String text = format.write(everyField());

        assertThat(text).doesNotContain("org.zmqdesigner").doesNotContain("@class").doesNotContain("java.");
    }

    @Test
    void hand_written_integers_are_numbers_wherever_a_number_is_expected() throws Exception {
        String text = """
                {"formatVersion": 1, "nodes": [{"id": "a", "position": {"x": 0, "y": 120},
                  "sockets": [{"id": "out", "type": "PUSH", "binds": ["tcp://127.0.0.1:5557"]}],
                  "behaviour": {"type": "source", "rate": 10, "count": 3}}]}
                """;

        Topology read = format.read(text.getBytes(StandardCharsets.UTF_8), "hand-written");

        assertThat(read.nodes().get(0).position()).isEqualTo(new Position(0, 120));
        assertThat(((Behaviour.Source) read.nodes().get(0).behaviour()).rate()).isEqualTo(10.0);
    }

    @Test
    void a_fraction_where_a_whole_number_is_expected_is_still_refused() {
        String text = """
                {"formatVersion": 1, "nodes": [{"id": "a", "startDelayMs": 1.5}]}
                """;

        assertThatThrownBy(() -> format.read(text.getBytes(StandardCharsets.UTF_8), "f"))
                .hasMessageContaining("startDelayMs");
    }

    @Test
    void a_utf8_byte_order_mark_is_accepted() throws Exception {
        byte[] sample = Files.readAllBytes(Samples.file("hello-reqrep"));
        byte[] withBom = new byte[sample.length + 3];
        withBom[0] = (byte) 0xef;
        withBom[1] = (byte) 0xbb;
        withBom[2] = (byte) 0xbf;
        System.arraycopy(sample, 0, withBom, 3, sample.length);

        assertThat(format.read(withBom, "bom").nodes()).hasSize(2);
    }

    static Topology everyField() {
        SocketOptions options = new SocketOptions(100, 200, 0, List.of("", "weather."), "client-1", false, true,
                true, true, 65536);
        Node source = new Node("source", "Publisher \"one\" ✓", NodeKind.APPLICATION, new Position(10.5, -20),
                250, "host-a", List.of(new Socket("out", SocketType.XPUB, List.of("tcp://127.0.0.1:6000",
                "inproc://feed"), List.of("tcp://broker:7000"), options), new Socket("log", SocketType.PUSH)),
                new Behaviour.Source("out", 12.5, 1000L, "{seq} {rand:1..6}", "weather.", 1,
                        List.of(new Behaviour.Prelude("log", "start")), "sync", "END", 2500, 3));
        Node queue = new Node("router", null, NodeKind.QUEUE, new Position(300, 40), null, null,
                List.of(new Socket("frontend", SocketType.ROUTER, List.of("tcp://127.0.0.1:6001"), List.of(),
                                SocketOptions.DEFAULTS.withRouterMandatory(true)),
                        new Socket("backend", SocketType.DEALER, List.of("tcp://127.0.0.1:6002"), List.of(), null),
                        new Socket("capture", SocketType.PUB, List.of("tcp://127.0.0.1:6003"), List.of(), null)),
                null);
        Node responder = new Node("rep", null, NodeKind.APPLICATION, Position.ORIGIN, null, null,
                List.of(new Socket("in", SocketType.REP)), new Behaviour.Responder("in", 5, "echo:{payload}",
                "READY", org.zmqdesigner.engine.model.CountRange.parse("0..4"),
                new Behaviour.Faults(5L, 0.25, 3000, 0.5), 42L));
        Node twice = new Node("twice", null, NodeKind.APPLICATION, Position.ORIGIN, null, null,
                List.of(new Socket("in", SocketType.DEALER)), new Behaviour.Responder("in", null, "{payload}",
                null, org.zmqdesigner.engine.model.CountRange.exactly(2), null, null));
        Node broker = new Node("broker", null, NodeKind.APPLICATION, Position.ORIGIN, null, null,
                List.of(new Socket("frontend", SocketType.ROUTER), new Socket("backend", SocketType.ROUTER)),
                new Behaviour.Broker("frontend", "backend"));
        Node worker = new Node("worker", null, NodeKind.APPLICATION, Position.ORIGIN, null, null,
                List.of(new Socket("in", SocketType.PULL), new Socket("out", SocketType.PUSH)),
                new Behaviour.Worker("in", "out", 3, true, ""));
        Node sink = new Node("sink", null, NodeKind.APPLICATION, Position.ORIGIN, null, null,
                List.of(new Socket("in", SocketType.PULL)), new Behaviour.Sink("in", 10L, 2, "sync", "END"));
        Node echo = new Node("echo", null, NodeKind.APPLICATION, Position.ORIGIN, null, null,
                List.of(new Socket("in", SocketType.DEALER)), new Behaviour.Echo(null));
        return new Topology("Every field", "Line one\nline two, with \"quotes\" and ünïcödé",
                List.of(source, queue, responder, twice, broker, worker, sink, echo),
                List.of(new Link("l1", new SocketRef("rep", "in"), new SocketRef("router", "backend"),
                        "tcp://localhost:6002")));
    }
}
