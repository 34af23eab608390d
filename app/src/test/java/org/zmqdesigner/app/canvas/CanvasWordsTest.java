package org.zmqdesigner.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.zmqdesigner.engine.event.RunEvent.ConnectionState;
import org.zmqdesigner.engine.event.RunEvent.NodeState;
import org.zmqdesigner.engine.model.SocketType;
import org.zmqdesigner.engine.text.BundleCheck;
import org.zmqdesigner.engine.text.Language;

/**
 * The canvas's words in both languages: the bundles agree, English reads as it always did (numbers
 * formatted the same way), and Korean says the same facts with the same numbers.
 */
class CanvasWordsTest {

    @AfterEach
    void backToEnglish() {
        Language.set(Language.ENGLISH);
    }

    @Test
    void the_canvas_and_run_bundles_have_the_same_keys_and_valid_patterns() throws Exception {
        Path resources = Path.of("src", "main", "resources", "org", "zmqdesigner", "app");
        assertThat(BundleCheck.problems(resources.resolve("canvas"))).isEmpty();
        assertThat(BundleCheck.problems(resources.resolve("run"))).isEmpty();
    }

    @Test
    void english_badges_read_as_before_with_numbers_ungrouped_where_they_were() {
        assertThat(BadgeWords.retryLabel(3, 3, 5)).isEqualTo("retry 3 of 3 · 5 in all");
        assertThat(BadgeWords.slowJoinerLabel(1_234)).isEqualTo("1234 lost joining");
        assertThat(BadgeWords.slowJoiner(1)).startsWith("1 message was published before your subscription");
        assertThat(BadgeWords.slowJoiner(0)).startsWith("0 messages were published");
        assertThat(BadgeWords.retries(1, 1, 1)).contains("retry 1 of 1 for that request, 1 retry in this run")
                .contains("After 1 retry without a reply").contains("the zguide's Lazy Pirate client");
        assertThat(BadgeWords.unroutable(2, true)).startsWith("2 messages went nowhere")
                .endsWith("instead of being dropped.");
        assertThat(RefusedWords.count(1_234)).isEqualTo("1,234 connections refused");
        assertThat(RefusedWords.count(1)).isEqualTo("1 connection refused");
        assertThat(RefusedWords.explanation("other hosts", "server", "responder", 3))
                .startsWith("more hosts than the report lists one by one tried server/responder. 3 connections"
                        + " refused from more hosts than the report lists one by one in this run so far.\n\n");
        assertThat(LiveNumbersText.line(12_345, 3, 2, 7, 1_234.4, 0.25))
                .isEqualTo("sent 12,345 (1,234/s)\nreceived 3 (0.3/s)\ndropped 2\n7 published while it was not"
                        + " running: never for it");
        assertThat(StateWords.word(NodeState.GAVE_UP)).isEqualTo("gave up");
        assertThat(ConnectionWords.of(ConnectionState.CONNECTED, "tcp://localhost:5556")).isEqualTo(
                "connected (tcp://localhost:5556)");
        assertThat(FamilyColors.label(SocketType.Family.REQUEST_REPLY)).isEqualTo("Request-reply");
    }

    @Test
    void korean_badges_say_the_same_numbers_in_korean() {
        Language.set(Language.KOREAN);
        assertThat(BadgeWords.retryLabel(3, 3, 5)).isEqualTo("재시도 3/3 · 모두 5번");
        assertThat(BadgeWords.slowJoinerLabel(1_234)).isEqualTo("늦은 참여로 1234개 놓침");
        assertThat(BadgeWords.slowJoiner(12)).contains("메시지 12개를 놓쳤어요").contains("XPUB");
        assertThat(BadgeWords.unroutable(2, false)).contains("메시지 2개가").contains("ROUTER_MANDATORY");
        assertThat(RefusedWords.count(1_234)).isEqualTo("연결 1,234건 거부됨");
        assertThat(RefusedWords.explanation("127.0.0.1", "server", "responder", 3))
                .startsWith("127.0.0.1에서 server/responder에 연결하려 했어요. 이번 실행에서 지금까지 127.0.0.1의"
                        + " 연결 3건이 거부되었어요.");
        assertThat(LiveNumbersText.line(12_345, 3, 0, 0, 1_234.4, 0.25))
                .isEqualTo("보냄 12,345 (1,234/초)\n받음 3 (0.3/초)");
        assertThat(StateWords.word(NodeState.GAVE_UP)).isEqualTo("포기함");
        assertThat(ConnectionWords.of(ConnectionState.CONNECTED, null)).isEqualTo("연결됨");
    }

    @Test
    void every_state_connection_and_family_has_its_own_word_in_both_languages() {
        for (var language : Language.supported()) {
            Language.set(language);
            assertThat(Arrays.stream(NodeState.values()).map(StateWords::word).distinct())
                    .hasSize(NodeState.values().length);
            assertThat(Arrays.stream(ConnectionState.values()).map(ConnectionWords::of).distinct())
                    .hasSize(ConnectionState.values().length);
            assertThat(Arrays.stream(SocketType.Family.values()).map(FamilyColors::label).distinct())
                    .hasSize(SocketType.Family.values().length);
        }
    }
}
