package org.zmqdesigner.app.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zmqdesigner.engine.runtime.RunReport;

/** The status bar's last words on a run, from its report. */
class EndWordsTest {

    private static RunReport report(Map<String, RunReport.OutsidePeer> peers, String engineFailure) {
        return new RunReport("t", 2_500, Map.of(), Map.of(), new RunReport.Totals(10, 9, 1, 0, 0), peers,
                engineFailure);
    }

    @Test
    void a_stop_without_refusals_says_the_totals_only() {
        assertThat(EndWords.stopped(report(Map.of("127.0.0.1", new RunReport.OutsidePeer(2, 5, 0)), null)))
                .isEqualTo("Stopped after 2.5 s: 10 sent, 9 received, 1 lost to slow joining, 0 at the HWM,"
                        + " 0 unroutable.");
    }

    @Test
    void refused_hosts_are_named_up_to_three_and_the_rest_counted() {
        Map<String, RunReport.OutsidePeer> peers = new LinkedHashMap<>();
        peers.put("10.0.0.1", new RunReport.OutsidePeer(0, 0, 1_200));
        peers.put("10.0.0.2", new RunReport.OutsidePeer(3, 7, 0));
        peers.put("10.0.0.3", new RunReport.OutsidePeer(0, 0, 1));
        peers.put("10.0.0.4", new RunReport.OutsidePeer(0, 0, 2));
        peers.put("other hosts", new RunReport.OutsidePeer(0, 0, 4));

        assertThat(EndWords.refused(peers)).isEqualTo(" Refused 1,207 connections that never completed the ZeroMQ"
                + " handshake: 10.0.0.1 1,200, 10.0.0.3 1, 10.0.0.4 2 and 1 more host.");
    }

    @Test
    void an_engine_failure_comes_first_in_the_engines_words() {
        String reason = "the engine's thread iothread-1 died (OutOfMemoryError: Java heap space), so the run stopped";
        assertThat(EndWords.stopped(report(Map.of("127.0.0.1", new RunReport.OutsidePeer(0, 0, 1)), reason)))
                .isEqualTo("Run over: " + reason + ". Up to then (2.5 s): 10 sent, 9 received, 1 lost to slow"
                        + " joining, 0 at the HWM, 0 unroutable. Refused 1 connection that never completed the"
                        + " ZeroMQ handshake: 127.0.0.1 1.");
    }
}
