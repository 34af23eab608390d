package org.zmqdesigner.engine.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.zmqdesigner.engine.model.SocketType.DEALER;
import static org.zmqdesigner.engine.model.SocketType.PAIR;
import static org.zmqdesigner.engine.model.SocketType.PUB;
import static org.zmqdesigner.engine.model.SocketType.PULL;
import static org.zmqdesigner.engine.model.SocketType.PUSH;
import static org.zmqdesigner.engine.model.SocketType.REP;
import static org.zmqdesigner.engine.model.SocketType.REQ;
import static org.zmqdesigner.engine.model.SocketType.ROUTER;
import static org.zmqdesigner.engine.validate.DiagnosticChecks.assertWellWritten;
import static org.zmqdesigner.engine.validate.DiagnosticChecks.validate;
import static org.zmqdesigner.engine.validate.DiagnosticChecks.withCode;
import static org.zmqdesigner.engine.validate.Designs.app;
import static org.zmqdesigner.engine.validate.Designs.binding;
import static org.zmqdesigner.engine.validate.Designs.connecting;
import static org.zmqdesigner.engine.validate.Designs.design;
import static org.zmqdesigner.engine.validate.Designs.device;
import static org.zmqdesigner.engine.validate.Designs.helloWorld;
import static org.zmqdesigner.engine.validate.Designs.options;
import static org.zmqdesigner.engine.validate.Designs.pair;
import static org.zmqdesigner.engine.validate.Designs.socket;
import static org.zmqdesigner.engine.validate.Designs.source;
import static org.zmqdesigner.engine.validate.Designs.sourceOn;
import static org.zmqdesigner.engine.validate.Designs.subscriber;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zmqdesigner.engine.model.Behaviour;
import org.zmqdesigner.engine.model.CountRange;
import org.zmqdesigner.engine.model.NodeKind;
import org.zmqdesigner.engine.model.Topology;

class ValidatorTest {

    /** One small design per diagnostic code, each the shortest way to make the rules say it. */
    static final Map<String, Designs.Builder> CATALOGUE = new LinkedHashMap<>();

    static {
        CATALOGUE.put("DUPLICATE_ID", design(app("n", socket("s", PULL), socket("s", PULL))));
        CATALOGUE.put("BAD_ID", design(app("a/b", socket("s", PULL))));
        CATALOGUE.put("UNLIMITED_MESSAGE_SIZE", design(app("n", new org.zmqdesigner.engine.model.Socket("s", PULL,
                java.util.List.of("tcp://127.0.0.1:5999"), java.util.List.of(),
                org.zmqdesigner.engine.model.SocketOptions.DEFAULTS.withMaxmsgsize(-1)))));
        CATALOGUE.put("DANGLING_LINK", helloWorld().link("lost", "client/requester", "ghost/in", "tcp://localhost:1"));
        CATALOGUE.put("SELF_LINK", design(app("n", binding("s", DEALER, "inproc://me")))
                .link("loop", "n/s", "n/s", "inproc://me"));
        CATALOGUE.put("INCOMPATIBLE_SOCKETS", pair(PUB, PULL));
        CATALOGUE.put("LINK_NO_BINDING_SIDE", design(app("a", socket("out", REQ)), app("b", socket("in", REP)))
                .link("ab", "a/out", "b/in", "tcp://localhost:5555"));
        CATALOGUE.put("ENDPOINT_BOUND_TWICE",
                design(app("a", binding("s", PULL, "tcp://127.0.0.1:5555", "tcp://*:5555"))));
        CATALOGUE.put("INPROC_ACROSS_HOSTS", design(
                app("a", socket("out", PUSH)).withHost("alpha"),
                app("b", binding("in", PULL, "inproc://x")).withHost("beta"))
                .link("ab", "a/out", "b/in", "inproc://x"));
        CATALOGUE.put("IPC_ACROSS_HOSTS", design(
                app("a", socket("out", PUSH)).withHost("alpha"),
                app("b", binding("in", PULL, "ipc://x")).withHost("beta"))
                .link("ab", "a/out", "b/in", "ipc://x"));
        CATALOGUE.put("LOOPBACK_ACROSS_HOSTS", design(
                app("a", socket("out", PUSH)).withHost("alpha"),
                app("b", binding("in", PULL, "tcp://*:5555")).withHost("beta"))
                .link("ab", "a/out", "b/in", "tcp://localhost:5555"));
        CATALOGUE.put("PAIR_MULTIPLE_PEERS", design(app("n", connecting("s", PAIR, "tcp://a:1", "tcp://b:1"))));
        CATALOGUE.put("PUSH_NO_DOWNSTREAM", design(app("n", socket("out", PUSH))));
        CATALOGUE.put("UNUSED_SOCKET", design(app("n", socket("in", PULL))));
        CATALOGUE.put("NO_SOCKETS", design(app("n")));
        CATALOGUE.put("SUB_NO_SUBSCRIPTION", design(app("n", subscriber("sub"))));
        CATALOGUE.put("OPTION_NOT_APPLICABLE",
                design(app("n", binding("s", PUB, "tcp://127.0.0.1:1").withOptions(options().withConflate(false)
                        .withXpubVerbose(true)))));
        CATALOGUE.put("BAD_VALUE",
                design(app("n", binding("s", PUB, "tcp://127.0.0.1:1").withOptions(options().withSndhwm(-1)))));
        CATALOGUE.put("BAD_ENDPOINT", design(app("n", binding("s", PUB, "localhost:5555"))));
        CATALOGUE.put("PORT_OUT_OF_RANGE", design(app("n", binding("s", PUB, "tcp://127.0.0.1:0"))));
        CATALOGUE.put("BIND_ALL_INTERFACES", design(app("n", binding("s", PUB, "tcp://*:5555"))));
        CATALOGUE.put("IPC_NOT_LIBZMQ", design(app("n", binding("s", PULL, "ipc://weather.ipc"))));
        CATALOGUE.put("RESERVED_ENDPOINT", design(app("n", binding("s", PULL, "inproc://zeromq.zap.01"))));
        CATALOGUE.put("DEVICE_SOCKETS", design(device("q", NodeKind.QUEUE)));
        CATALOGUE.put("DEVICE_BEHAVIOUR", design(device("q", NodeKind.QUEUE,
                binding("frontend", ROUTER, "tcp://127.0.0.1:1"), binding("backend", DEALER, "tcp://127.0.0.1:2"))
                .withBehaviour(source("x"))));
        CATALOGUE.put("BEHAVIOUR_SOCKET", design(app("n", socket("out", PUSH)).withBehaviour(sourceOn("no", ""))));
        CATALOGUE.put("BAD_TEMPLATE", design(app("n", socket("out", PUSH)).withBehaviour(source("{oops}"))));
        CATALOGUE.put("NO_BEHAVIOUR", design(app("n", binding("s", PUB, "tcp://127.0.0.1:1"))));
        CATALOGUE.put("RETRIES_NOT_REQ", design(app("n", socket("out", DEALER))
                .withBehaviour(source("x").withReplyTimeoutMs(2500))));
        CATALOGUE.put("RETRIES_WITHOUT_TIMEOUT", design(app("n", socket("out", REQ))
                .withBehaviour(source("x").withRetries(3))));
        CATALOGUE.put("TIMEOUT_SHORTER_THAN_WORK", design(
                app("client", socket("req", REQ)).withBehaviour(source("x").withReplyTimeoutMs(100)),
                app("server", binding("rep", REP, "tcp://127.0.0.1:1"))
                        .withBehaviour(new Behaviour.Responder(null, 1000, "ok")))
                .link("l", "client/req", "server/rep", "tcp://localhost:1"));
        CATALOGUE.put("SYNC_SOCKET", design(app("n", binding("pub", PUB, "tcp://127.0.0.1:1"))
                .withBehaviour(source("x").withAwaitPeers(1).withSyncSocket("sync"))));
        CATALOGUE.put("SYNC_WITHOUT_PEERS", design(app("n", binding("pub", PUB, "tcp://127.0.0.1:1"),
                binding("sync", REP, "tcp://127.0.0.1:2")).withBehaviour(source("x").withAwaitPeers(0).withSyncSocket("sync"))));
        CATALOGUE.put("END_WITHOUT_COUNT", design(app("n", binding("pub", PUB, "tcp://127.0.0.1:1"))
                .withBehaviour(source("x").withEnd("END"))));
        CATALOGUE.put("ANNOUNCE_SOCKET", design(app("n", binding("rep", REP, "tcp://127.0.0.1:1"))
                .withBehaviour(new Behaviour.Responder(null, null, "ok").withAnnounce("READY"))));
        CATALOGUE.put("REPLIES_IN_LOCKSTEP", design(app("n", binding("rep", REP, "tcp://127.0.0.1:1"))
                .withBehaviour(new Behaviour.Responder(null, null, "ok").withReplies(CountRange.parse("0..4")))));
        CATALOGUE.put("STALL_HALF_SET", design(app("n", binding("rep", REP, "tcp://127.0.0.1:1"))
                .withBehaviour(new Behaviour.Responder(null, null, "ok")
                        .withFaults(new Behaviour.Faults(null, null, 2000, null)))));
        CATALOGUE.put("BROKER_SOCKETS", design(app("n", binding("f", DEALER, "tcp://127.0.0.1:1"),
                binding("b", DEALER, "tcp://127.0.0.1:2")).withBehaviour(new Behaviour.Broker("f", "b"))));
        CATALOGUE.put("ANNOUNCE_TO_RRBROKER", design(
                app("broker", binding("f", ROUTER, "tcp://127.0.0.1:1"), binding("b", DEALER, "tcp://127.0.0.1:2"))
                        .withBehaviour(new Behaviour.Broker("f", "b")),
                app("worker", socket("d", DEALER)).withBehaviour(new Behaviour.Responder(null, null, "ok")
                        .withAnnounce("READY")))
                .link("l", "worker/d", "broker/b", "tcp://localhost:2"));
        CATALOGUE.put("WORKER_NEVER_READY", design(
                app("broker", binding("f", ROUTER, "tcp://127.0.0.1:1"), binding("b", ROUTER, "tcp://127.0.0.1:2"))
                        .withBehaviour(new Behaviour.Broker("f", "b")),
                app("worker", socket("rep", REP)).withBehaviour(new Behaviour.Responder(null, null, "ok")))
                .link("l", "worker/rep", "broker/b", "tcp://localhost:2"));
    }

    static Stream<Arguments> catalogue() {
        return CATALOGUE.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0} can be raised, in plain words")
    @MethodSource("catalogue")
    void every_diagnostic_code_can_be_raised_and_is_explained_in_plain_words(String code, Designs.Builder design) {
        List<Diagnostic> all = validate(design);

        assertThat(withCode(all, code)).as("%s among %s", code, all).isNotEmpty();
        all.forEach(DiagnosticChecks::assertWellWritten);
    }

    /**
     * Reads the rules' sources for the codes they emit, so a new code cannot slip in untested. Runs from the
     * engine module's folder, as Maven runs it; elsewhere it is skipped.
     */
    @Test
    void the_catalogue_covers_every_code_the_rules_can_emit() throws IOException {
        Path rules = Path.of("src/main/java/org/zmqdesigner/engine/validate");
        assumeThat(Files.isDirectory(rules)).as("rules' sources at %s", rules.toAbsolutePath()).isTrue();
        Pattern call = Pattern.compile("out\\.(?:error|warning|info)\\(([^,]*),");
        Pattern code = Pattern.compile("\"([A-Z][A-Z_]*)\"");
        Set<String> emitted = new TreeSet<>();
        try (Stream<Path> files = Files.list(rules)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher calls = call.matcher(Files.readString(file));
                while (calls.find()) {
                    Matcher codes = code.matcher(calls.group(1));
                    while (codes.find()) {
                        emitted.add(codes.group(1));
                    }
                }
            }
        }

        assertThat(emitted).hasSizeGreaterThanOrEqualTo(20);
        assertThat(CATALOGUE.keySet()).containsExactlyInAnyOrderElementsOf(emitted);
    }

    @Test
    void diagnostics_come_errors_first_then_warnings_then_infos() {
        Topology messy = design(
                app("info-first", binding("s", PUB, "tcp://*:5555")),
                app("warning", socket("out", PUSH)),
                app("error", binding("s", PUB, "nonsense")))
                .build();

        List<Diagnostic> all = validate(messy);

        assertThat(all).extracting(Diagnostic::severity)
                .contains(Severity.ERROR, Severity.WARNING, Severity.INFO)
                .isSortedAccordingTo(Comparator.naturalOrder());
    }

    @Test
    void diagnostics_of_one_severity_keep_the_order_of_the_design() {
        List<Diagnostic> all = validate(design(
                app("first", socket("s", PULL)), app("second", socket("s", PULL)), app("third", socket("s", PULL))));

        assertThat(withCode(all, "UNUSED_SOCKET")).extracting(Diagnostic::element)
                .containsExactly("first/s", "second/s", "third/s");
    }

    @Test
    void has_errors_is_true_only_when_a_diagnostic_is_an_error() {
        assertThat(Validator.hasErrors(List.of())).isFalse();
        assertThat(Validator.hasErrors(validate(design(app("n", binding("s", PUB, "tcp://*:5555")))))).isFalse();
        assertThat(Validator.hasErrors(validate(pair(PUB, PULL)))).isTrue();
    }

    @Test
    void the_empty_topology_has_no_diagnostics() {
        assertThat(new Validator().validate(Topology.EMPTY)).isEmpty();
    }

    @Test
    void validating_twice_gives_the_same_diagnostics() {
        Topology t = CATALOGUE.get("DEVICE_SOCKETS").build();

        assertThat(validate(t)).isEqualTo(validate(t));
    }

    @Test
    void the_explanation_joins_message_and_hint() {
        Diagnostic d = validate(pair(PUB, PULL)).get(0);
        assertWellWritten(d);

        assertThat(d.explanation()).isEqualTo(d.message() + " " + d.hint());
    }
}
