package org.zmqdesigner.app.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.zmqdesigner.engine.runtime.RunReport;
import org.zmqdesigner.engine.text.Language;

/** The run's status words, clock and speed in Korean, with the same numbers as in English. */
class RunWordsInKoreanTest {

    @AfterEach
    void backToEnglish() {
        Language.set(Language.ENGLISH);
    }

    @Test
    void a_stopped_run_says_its_totals_and_refusals_in_korean() {
        Map<String, RunReport.OutsidePeer> peers = new LinkedHashMap<>();
        peers.put("10.0.0.1", new RunReport.OutsidePeer(0, 0, 1_200));
        peers.put("10.0.0.2", new RunReport.OutsidePeer(0, 0, 1));
        peers.put("10.0.0.3", new RunReport.OutsidePeer(0, 0, 2));
        peers.put("10.0.0.4", new RunReport.OutsidePeer(0, 0, 4));
        RunReport report = new RunReport("t", 2_500, Map.of(), Map.of(), new RunReport.Totals(10_000, 9, 1, 0, 0),
                peers, null);
        Language.set(Language.KOREAN);
        assertThat(EndWords.stopped(report)).isEqualTo("2.5초 뒤에 멈췄어요: 보냄 10000, 받음 9, 늦은 참여로 놓침 1,"
                + " HWM에서 버려짐 0, 보낼 곳 없음 0. ZeroMQ 핸드셰이크를 끝내지 못한 연결 1,207건을 거부했어요:"
                + " 10.0.0.1 1,200건, 10.0.0.2 1건, 10.0.0.3 2건 외 호스트 1곳.");
    }

    @Test
    void clock_and_speed_keep_their_numbers_in_both_languages() {
        assertThat(RunClock.format(0)).isEqualTo("0.0 s");
        assertThat(SpeedControl.label(0.5)).isEqualTo("0.50×");
        assertThat(SpeedControl.label(Double.POSITIVE_INFINITY)).isEqualTo("full speed");
        Language.set(Language.KOREAN);
        assertThat(RunClock.format(12_345_000_000L)).isEqualTo("12.3초");
        assertThat(SpeedControl.label(1)).isEqualTo("1.0×");
        assertThat(SpeedControl.label(Double.POSITIVE_INFINITY)).isEqualTo("최고 속도");
    }

    @Test
    void a_binary_payload_and_an_empty_frame_are_described_in_the_current_language() {
        byte[] binary = new byte[20];
        binary[0] = 1;
        assertThat(PayloadPreview.of(java.util.List.of(new byte[0], binary)))
                .isEqualTo("‹empty› | 0x010000000000000000000000… (20 bytes)");
        Language.set(Language.KOREAN);
        assertThat(PayloadPreview.of(java.util.List.of(new byte[0], binary)))
                .isEqualTo("‹빈 프레임› | 0x010000000000000000000000… (20바이트)");
    }
}
