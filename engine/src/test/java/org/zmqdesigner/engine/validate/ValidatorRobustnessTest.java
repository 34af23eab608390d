package org.zmqdesigner.engine.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.zmqdesigner.engine.model.SocketType.PUB;
import static org.zmqdesigner.engine.model.SocketType.PULL;
import static org.zmqdesigner.engine.model.SocketType.REP;
import static org.zmqdesigner.engine.validate.Designs.app;
import static org.zmqdesigner.engine.validate.Designs.binding;
import static org.zmqdesigner.engine.validate.Designs.connecting;
import static org.zmqdesigner.engine.validate.Designs.design;
import static org.zmqdesigner.engine.validate.Designs.device;
import static org.zmqdesigner.engine.validate.Designs.socket;
import static org.zmqdesigner.engine.validate.Designs.sourceOn;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zmqdesigner.engine.model.Behaviour;
import org.zmqdesigner.engine.model.Link;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.NodeKind;
import org.zmqdesigner.engine.model.SocketOptions;
import org.zmqdesigner.engine.model.SocketRef;
import org.zmqdesigner.engine.model.SocketType;
import org.zmqdesigner.engine.model.Topology;

/** Whatever a file can hold, the validator answers with diagnostics and never with an exception. */
class ValidatorRobustnessTest {

    /** Endpoints a hand-edited file might hold; none of them is null or blank, which the model refuses. */
    private static final List<String> ODD_ENDPOINTS = List.of(
            "", " ", "nonsense", "://", "tcp://", "tcp://:", "tcp://host:", "tcp://:5555", "tcp://host",
            "tcp://host:port", "tcp://[::1:5555", "tcp://::1]:5555", "tcp://[::1]:5555", "tcp://*:*",
            "tcp://0.0.0.0:0", "tcp://localhost:99999999999", "tcp://localhost:9999999999999",
            "tcp://localhost:-1", "tcp://localhost:+5", "tcp://localhost:\uff15\uff15", "TCP://localhost:5555",
            "Tcp://localhost:5555", "udp://x:1", "inproc://", "ipc://", "inproc://a", "ipc://a",
            "tcp://localhost:5555", "tcp://127.0.0.1:5555", "tcp://*:5555", "tcp://a:b:c:5555", "tcp://\u00e9:1");

    private static final List<String> ODD_TEMPLATES = List.of(
            "", "{", "}", "{}", "{{", "}}", "{seq", "{seq:}", "{seq:%}", "{seq:%0d}", "{rand:}", "{rand:1..}",
            "{rand:..}", "{rand:9223372036854775807..9223372036854775807}", "{rand:99999999999999999999..1}",
            "{payload}", "{node}{time}", "{rand:1..2:%05d:x}", "{\u00e9}");

    static Stream<Arguments> oddDesigns() {
        return Stream.of(
                Arguments.of("the empty topology", Topology.EMPTY),
                Arguments.of("a topology built from nulls", new Topology(null, null, null, null)),
                Arguments.of("a node with no sockets", design(app("n")).build()),
                Arguments.of("a device with no sockets and a behaviour",
                        design(device("d", NodeKind.STREAMER).withBehaviour(sourceOn("x", "{"))).build()),
                Arguments.of("links to nothing at all", design()
                        .link("l1", "a/b", "c/d", "tcp://localhost:5555")
                        .link("l1", "a/b", "a/b", "nonsense")
                        .link("l2", "a/b", "c/d", "inproc://x").build()),
                Arguments.of("a link to a node without sockets", design(app("n"), app("m"))
                        .link("l", "n/s", "m/s", "tcp://localhost:1").build()),
                Arguments.of("endpoints that do not parse", design(
                        app("n", binding("s", PULL, ODD_ENDPOINTS.toArray(String[]::new)),
                                connecting("c", PUB, ODD_ENDPOINTS.toArray(String[]::new))))
                        .link("l", "n/c", "n/s", "tcp://") .build()),
                Arguments.of("a behaviour on a node without sockets",
                        design(app("n").withBehaviour(new Behaviour.Source(null, Double.NaN, -1L, "{", "}",
                                -1, List.of(new Behaviour.Prelude("p", "{")))).withStartDelayMs(-1)).build()),
                Arguments.of("duplicates everywhere", design(
                        app("n", socket("s", REP), socket("s", PUB)), app("n", socket("s", PULL)))
                        .link("n", "n/s", "n/s", "inproc://n").link("n", "n/s", "n/s", "inproc://n").build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oddDesigns")
    void odd_but_loadable_designs_never_make_the_validator_throw(String what, Topology topology) {
        assertThatCode(() -> new Validator().validate(topology)).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0}: every diagnostic has a code, a message and a hint")
    @MethodSource("oddDesigns")
    void odd_designs_get_complete_diagnostics(String what, Topology topology) {
        for (Diagnostic d : new Validator().validate(topology)) {
            assertThat(d.code()).matches("[A-Z_]+");
            assertThat(d.message()).isNotBlank().doesNotContain("null");
            assertThat(d.hint()).isNotBlank().doesNotContain("null");
        }
    }

    /** Random designs from odd parts, seeded so that a failure repeats. */
    @Test
    void a_thousand_random_designs_never_make_the_validator_throw() {
        Random random = new Random(20240611L);
        Validator validator = new Validator();
        for (int i = 0; i < 1000; i++) {
            Topology topology = randomDesign(random);
            assertThatCode(() -> {
                for (Diagnostic d : validator.validate(topology)) {
                    assertThat(d.message()).isNotBlank().doesNotContain("null");
                    assertThat(d.hint()).isNotBlank().doesNotContain("null");
                }
            }).as("random design %d: %s", i, topology).doesNotThrowAnyException();
        }
    }

    static Topology randomDesign(Random random) {
        List<String> nodeIds = List.of("a", "b", "c", "d");
        List<String> socketIds = List.of("in", "out", "frontend", "backend", "capture");
        List<String> hosts = new ArrayList<>();
        hosts.add(null);
        hosts.addAll(List.of("", " ", "alpha", "beta"));
        List<Node> nodes = new ArrayList<>();
        int nodeCount = random.nextInt(5);
        for (int n = 0; n < nodeCount; n++) {
            List<org.zmqdesigner.engine.model.Socket> sockets = new ArrayList<>();
            int socketCount = random.nextInt(4);
            for (int s = 0; s < socketCount; s++) {
                SocketType type = pick(random, List.of(SocketType.values()));
                sockets.add(new org.zmqdesigner.engine.model.Socket(pick(random, socketIds), type,
                        some(random, ODD_ENDPOINTS, 2), some(random, ODD_ENDPOINTS, 1), randomOptions(random)));
            }
            NodeKind kind = pick(random, List.of(NodeKind.values()));
            nodes.add(new Node(pick(random, nodeIds), null, kind, null,
                    random.nextBoolean() ? null : random.nextInt(21) - 10, pick(random, hosts), sockets,
                    randomBehaviour(random, socketIds)));
        }
        List<Link> links = new ArrayList<>();
        int linkCount = random.nextInt(5);
        for (int l = 0; l < linkCount; l++) {
            links.add(new Link("l" + random.nextInt(3),
                    new SocketRef(pick(random, nodeIds), pick(random, socketIds)),
                    new SocketRef(pick(random, nodeIds), pick(random, socketIds)),
                    pick(random, ODD_ENDPOINTS.stream().filter(e -> !e.isBlank()).toList())));
        }
        return new Topology(null, null, nodes, links);
    }

    private static SocketOptions randomOptions(Random random) {
        if (random.nextInt(3) == 0) {
            return null;
        }
        return new SocketOptions(
                random.nextBoolean() ? null : random.nextInt(11) - 5,
                random.nextBoolean() ? null : random.nextInt(11) - 5,
                random.nextBoolean() ? null : random.nextInt(11) - 5,
                random.nextBoolean() ? null : some(random, List.of("", "a", "10001 "), 2),
                random.nextBoolean() ? null : pick(random, List.of("", "id", "x".repeat(300))),
                random.nextBoolean() ? null : random.nextBoolean(),
                random.nextBoolean() ? null : random.nextBoolean(),
                random.nextBoolean() ? null : random.nextBoolean(),
                random.nextBoolean() ? null : random.nextBoolean(),
                random.nextBoolean() ? null : random.nextInt(11) - 5);
    }

    private static Behaviour randomBehaviour(Random random, List<String> socketIds) {
        String socket = random.nextBoolean() ? null : pick(random, socketIds);
        String template = pick(random, ODD_TEMPLATES);
        Integer delay = random.nextBoolean() ? null : random.nextInt(21) - 10;
        return switch (random.nextInt(6)) {
            case 0 -> null;
            case 1 -> new Behaviour.Source(socket,
                    random.nextBoolean() ? null : pick(random, List.of(-1.0, 0.0, 1.5, Double.NaN,
                            Double.POSITIVE_INFINITY)),
                    random.nextBoolean() ? null : (long) random.nextInt(21) - 10, template,
                    random.nextBoolean() ? null : pick(random, ODD_TEMPLATES), delay,
                    random.nextBoolean() ? null : List.of(new Behaviour.Prelude(pick(random, socketIds),
                            pick(random, ODD_TEMPLATES))));
            case 2 -> new Behaviour.Responder(socket, delay, template);
            case 3 -> new Behaviour.Worker(socket, random.nextBoolean() ? null : pick(random, socketIds), delay,
                    random.nextBoolean() ? null : random.nextBoolean(), template);
            case 4 -> new Behaviour.Sink(socket, random.nextBoolean() ? null : (long) random.nextInt(21) - 10);
            default -> new Behaviour.Echo(socket);
        };
    }

    private static <T> T pick(Random random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static List<String> some(Random random, List<String> from, int most) {
        int count = random.nextInt(most + 1);
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            chosen.add(pick(random, from));
        }
        return chosen;
    }
}
