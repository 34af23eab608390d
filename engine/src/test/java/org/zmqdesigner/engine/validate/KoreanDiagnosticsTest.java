package org.zmqdesigner.engine.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.zmqdesigner.engine.format.TopologyFiles;
import org.zmqdesigner.engine.model.SocketRef;
import org.zmqdesigner.engine.model.Topology;
import org.zmqdesigner.engine.text.KoreanWording;
import org.zmqdesigner.engine.text.Language;

/**
 * The validator teaches in Korean too: every sample, the odd and random designs of
 * {@link ValidatorRobustnessTest} and the large mixed design give the same findings as in English,
 * each message and hint written in Korean. (Every design a rule test builds through
 * {@link DiagnosticChecks#validate} is checked the same way.)
 */
class KoreanDiagnosticsTest {

    @AfterEach
    void english() {
        Language.set(Language.ENGLISH);
    }

    @ParameterizedTest(name = "{0} in Korean")
    @MethodSource("org.zmqdesigner.engine.validate.SamplesValidateTest#samples")
    void a_samples_findings_read_in_korean(Path sample) throws Exception {
        Topology topology = new TopologyFiles().load(sample);

        KoreanDiagnostics.assertSameInKorean(topology, new Validator().validate(topology));
    }

    @ParameterizedTest(name = "{0} in Korean")
    @MethodSource("org.zmqdesigner.engine.validate.ValidatorRobustnessTest#oddDesigns")
    void an_odd_designs_findings_read_in_korean(String what, Topology topology) {
        KoreanDiagnostics.assertSameInKorean(topology, new Validator().validate(topology));
    }

    @Test
    void random_broken_designs_findings_read_in_korean_and_cover_most_codes() {
        Random random = new Random(14);
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 300; i++) {
            Topology topology = ValidatorRobustnessTest.randomDesign(random);
            List<Diagnostic> english = new Validator().validate(topology);
            KoreanDiagnostics.assertSameInKorean(topology, english);
            english.forEach(d -> codes.add(d.code()));
        }
        assertThat(codes).as("codes the random designs reach").hasSizeGreaterThan(15);
    }

    @Test
    void the_large_mixed_designs_findings_read_in_korean() {
        Topology topology = LargeDesigns.mixed(500);

        KoreanDiagnostics.assertSameInKorean(topology, new Validator().validate(topology));
    }

    @Test
    void an_open_bind_is_explained_in_korean_with_the_address_unchanged() throws Exception {
        OpenBinds.OpenBind open = OpenBinds.of(new SocketRef("server", "rep"), "tcp://*:5555").orElseThrow();

        String korean = KoreanWording.inKorean(open::explanation);

        KoreanWording.assertKorean("an open bind", korean);
        assertThat(korean).contains("server/rep", "tcp://*:5555", "tcp://127.0.0.1:5555");
        assertThat(open.explanation()).isEqualTo("server/rep binds tcp://*:5555 on every network interface: other"
                + " machines can connect to it. That is right for a server other machines must reach; to keep it"
                + " on this machine, bind tcp://127.0.0.1:5555 instead.");
    }

    /** English capitalises the model's reason; in Korean that would turn "tcp://" into "Tcp://". */
    @Test
    void a_bad_endpoint_is_quoted_as_written_in_korean() throws Exception {
        Topology topology = Designs.design(Designs.app("a", Designs.binding("s", org.zmqdesigner.engine.model.SocketType.PUB,
                "tcp://", "ipc://", "inproc://"))).build();

        List<Diagnostic> korean = KoreanDiagnostics.inKorean(topology);

        assertThat(DiagnosticChecks.withCode(korean, "BAD_ENDPOINT")).hasSize(3)
                .allSatisfy(d -> assertThat(d.message()).doesNotContain("Tcp://", "Ipc://", "Inproc://").endsWith("."));
    }

    @Test
    void the_checker_finds_an_english_sentence_left_in_korean_text() {
        assertThat(KoreanWording.leftoverEnglish("client/req 소켓이 connect합니다. Link it to another socket."))
                .isEqualTo("Link it to another socket");
        assertThat(KoreanWording.leftoverEnglish("PUB/SUB나 PUSH/PULL을 쓰세요(\"address already in use\").")).isNull();
    }
}
