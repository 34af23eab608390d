package org.zmqdesigner.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zmqdesigner.engine.event.RunEvent;
import org.zmqdesigner.engine.format.TopologyFormat;
import org.zmqdesigner.engine.model.Topology;
import org.zmqdesigner.engine.text.Language;

/**
 * The runtime's sentences that reach users, made by the engine's own threads in the language of
 * the moment: exactly today's sentences in English, Hangul in Korean with only the zguide's quoted
 * words, ids, endpoints and ZeroMQ terms left in Latin letters.
 */
class RuntimeTextsTest {

    /** Three English words in a row: a sentence left untranslated. */
    private static final Pattern ENGLISH_RUN = Pattern.compile("[A-Za-z']+(?: [A-Za-z']+){2,}");
    private static final Pattern HANGUL = Pattern.compile("\\p{IsHangul}");

    @AfterEach
    void backToEnglish() {
        Language.set(Language.ENGLISH);
    }

    @Test
    void a_lazy_pirate_client_that_gives_up_says_so_in_the_language_of_the_moment() throws Exception {
        assertThat(lazyPirateGivingUp(Language.ENGLISH)).isEqualTo("node lpclient gave up: server seems to be offline,"
                + " abandoning (1 retry of 0.25 s unanswered)");

        String korean = lazyPirateGivingUp(Language.KOREAN);
        assertKorean(korean, "server seems to be offline, abandoning", "lpclient");
        assertThat(korean).contains("lpclient 노드가 포기했어요").contains("\"server seems to be offline, abandoning\"")
                .contains("0.25초").contains("1번");
    }

    @Test
    void a_req_that_never_gets_its_reply_gives_up_in_the_language_of_the_moment() throws Exception {
        // The seconds waited depend on the machine's speed; the rest is today's sentence, word for word.
        assertThat(reqGivingUp(Language.ENGLISH).replaceFirst(" after \\d+ s\\.", " after N s."))
                .isEqualTo("node client gave up: no reply to request 1 on req after N s. A REQ socket waits for ever"
                + " when a request or its reply is lost (the server stopped or crashed"
                + " while working on it, or never answers); the zguide's Lazy Pirate client (chapter 4) gives up after"
                + " a timeout, reconnects and asks again.");

        String korean = reqGivingUp(Language.KOREAN);
        assertKorean(korean, "client");
        assertThat(korean).contains("client 노드가 포기했어요").contains("Lazy Pirate").contains("REQ");
    }

    @Test
    void a_bind_on_a_port_in_use_is_refused_in_the_language_of_the_moment() throws Exception {
        int port = Runs.freePort();
        String endpoint = "tcp://127.0.0.1:" + port;
        try (ZContext context = new ZContext(1); ZMQ.Socket holder = context.createSocket(SocketType.PULL)) {
            holder.bind(endpoint);
            assertThat(bindFailure(Language.ENGLISH, port)).isEqualTo("node server: cannot bind rep to " + endpoint
                    + ": address already in use — another program (or another node, or an earlier run that is still"
                    + " stopping) holds " + endpoint + "; stop it or pick another port");

            String korean = bindFailure(Language.KOREAN, port);
            assertKorean(korean, endpoint, "server", "rep");
            assertThat(korean).contains("server 노드").contains(endpoint).contains("bind").contains("포트");
        }
    }

    @Test
    void start_failures_for_one_reason_are_said_once_in_korean_too() {
        Language.set(Language.KOREAN);
        List<StartFailures.Failure> failures = new ArrayList<>();
        for (int i = 1; i <= 1200; i++) {
            String id = "n" + i;
            failures.add(new StartFailures.Failure(id, org.zmqdesigner.engine.text.Texts.of(NodeRunner.class)
                    .get("node.crashed", id, ZmqErrors.words(zmq.ZError.EMFILE))));
        }

        String summary = StartFailures.summary(failures);

        assertThat(summary.lines()).as(summary).hasSize(1);
        assertThat(summary).startsWith("n1 노드가 비정상 종료했어요: 열린 파일이 너무 많아요")
                .contains("(ZeroMQ 오류 156384819)").contains("노드 1199개도 같은 이유예요(n2, n3, n4, n5, n6 외 1194개)");
        assertKorean(summary, "ulimit -n");
    }

    @Test
    void numbers_keep_their_format_in_both_languages() {
        DescriptorLimit limit = new DescriptorLimit(1024, 20);
        DescriptorBudget.Estimate need = new DescriptorBudget.Estimate(12_345, 4_000, 3);
        String english = limit.refusal(need, false).orElseThrow();
        assertThat(english).startsWith("this design needs about 12,345 file descriptors (4,000 sockets, 3 I/O threads);"
                + " this process may open 1,024 and has 20 open. Raise the limit (ulimit -n 16384)");
        Language.set(Language.KOREAN);
        String korean = limit.refusal(need, false).orElseThrow();
        assertKorean(korean, "ulimit -n 16384", "run --only NODE,...");
        assertThat(korean).contains("12,345개").contains("4,000개").contains("1,024개").contains("ulimit -n 16384");
        assertThat(ZmqErrors.words(123456)).isEqualTo("ZeroMQ 오류 123456");
    }

    private static String lazyPirateGivingUp(Locale language) throws Exception {
        Language.set(language);
        try (TopologyRun run = TopologyRun.start(LazyPirateTest.client(Runs.freePort(), 250, 1), RunOptions.DEFAULTS)) {
            Runs.await("lpclient to give up", 10_000,
                    () -> run.nodeStates().get("lpclient") == RunEvent.NodeState.GAVE_UP, run::nodeStates);
            return run.nodeDetail("lpclient");
        }
    }

    private static String reqGivingUp(Locale language) throws Exception {
        Language.set(language);
        int port = Runs.freePort();
        String text = """
                {"formatVersion": 1, "nodes": [
                  {"id": "client", "sockets": [{"id": "req", "type": "REQ", "connects": ["tcp://127.0.0.1:%d"]}],
                   "behaviour": {"type": "source", "count": 1, "payload": "Hello"}}]}
                """.formatted(port);
        Topology design = new TopologyFormat().read(text.getBytes(StandardCharsets.UTF_8), "deaf");
        try (ZContext context = new ZContext(1); ZMQ.Socket deaf = context.createSocket(SocketType.ROUTER)) {
            deaf.bind("tcp://127.0.0.1:" + port);
            try (TopologyRun run = TopologyRun.start(design, RunOptions.DEFAULTS.withReplyPatienceMillis(300))) {
                Runs.await("client to give up", 10_000,
                        () -> run.nodeStates().get("client") == RunEvent.NodeState.GAVE_UP, run::nodeStates);
                return run.nodeDetail("client");
            }
        }
    }

    private static String bindFailure(Locale language, int port) throws Exception {
        Language.set(language);
        String text = """
                {"formatVersion": 1, "nodes": [
                  {"id": "server", "sockets": [{"id": "rep", "type": "REP", "binds": ["tcp://127.0.0.1:%d"]}],
                   "behaviour": {"type": "responder", "reply": "World"}}]}
                """.formatted(port);
        Topology design = new TopologyFormat().read(text.getBytes(StandardCharsets.UTF_8), "taken");
        RunStartException error = catchThrowableOfType(RunStartException.class,
                () -> TopologyRun.start(design, RunOptions.DEFAULTS));
        assertThat(error).as("the start refused").isNotNull();
        return error.getMessage();
    }

    /** Hangul, and no English sentence once the given Latin words (quotes, ids, endpoints) are taken out. */
    private static void assertKorean(String text, String... latin) {
        assertThat(HANGUL.matcher(text).find()).as("Hangul in: %s", text).isTrue();
        String rest = text;
        for (String words : latin) {
            rest = rest.replace(words, " ");
        }
        Matcher english = ENGLISH_RUN.matcher(rest);
        assertThat(english.find()).as("English left in: %s", text).isFalse();
    }
}
