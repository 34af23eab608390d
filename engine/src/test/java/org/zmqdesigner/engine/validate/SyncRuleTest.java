package org.zmqdesigner.engine.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zmqdesigner.engine.model.SocketType.PUB;
import static org.zmqdesigner.engine.model.SocketType.PUSH;
import static org.zmqdesigner.engine.model.SocketType.REP;
import static org.zmqdesigner.engine.model.SocketType.REQ;
import static org.zmqdesigner.engine.model.SocketType.ROUTER;
import static org.zmqdesigner.engine.validate.DiagnosticChecks.assertNo;
import static org.zmqdesigner.engine.validate.DiagnosticChecks.the;
import static org.zmqdesigner.engine.validate.DiagnosticChecks.validate;
import static org.zmqdesigner.engine.validate.Designs.app;
import static org.zmqdesigner.engine.validate.Designs.binding;
import static org.zmqdesigner.engine.validate.Designs.connecting;
import static org.zmqdesigner.engine.validate.Designs.design;
import static org.zmqdesigner.engine.validate.Designs.source;
import static org.zmqdesigner.engine.validate.Designs.subscriber;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zmqdesigner.engine.model.Behaviour;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.SocketType;

class SyncRuleTest {

    private static final List<String> CODES = List.of("SYNC_SOCKET", "SYNC_WITHOUT_PEERS", "END_WITHOUT_COUNT");

    private static Node syncpub(SocketType syncType, Behaviour.Source s) {
        return app("syncpub", binding("publisher", PUB, "tcp://127.0.0.1:5561"),
                binding("syncservice", syncType, "tcp://127.0.0.1:5562")).withBehaviour(s);
    }

    private static Behaviour.Source publishing() {
        return source("Rhubarb").withSocket("publisher").withCount(1_000_000L).withAwaitPeers(10)
                .withSyncSocket("syncservice").withEnd("END");
    }

    private static Node syncsub(SocketType syncType, String syncSocket) {
        return app("syncsub", subscriber("subscriber", ""), connecting("syncclient", syncType, "tcp://localhost:5562"))
                .withBehaviour(new Behaviour.Sink("subscriber", null, null, syncSocket, "END"));
    }

    private static List<Diagnostic> of(Node... nodes) {
        return validate(design(nodes));
    }

    @Test
    void syncpub_and_syncsub_as_the_zguide_writes_them_raise_nothing() {
        List<Diagnostic> all = of(syncpub(REP, publishing()), syncsub(REQ, "syncclient"));

        CODES.forEach(code -> assertNo(all, code));
    }

    @Test
    void a_source_sync_socket_that_is_not_a_REP_is_refused() {
        Diagnostic d = the(of(syncpub(ROUTER, publishing())), "SYNC_SOCKET", Severity.ERROR, "syncpub");

        assertThat(d.message()).contains("ROUTER socket syncservice").contains("needs a REP");
        assertThat(d.hint()).contains("5562");
    }

    @Test
    void a_source_sync_socket_the_node_lacks_is_refused_with_the_sockets_it_has() {
        Diagnostic d = the(of(syncpub(REP, publishing().withSyncSocket("sync"))), "SYNC_SOCKET", Severity.ERROR,
                "syncpub");

        assertThat(d.message()).contains("syncSocket").contains("\"sync\"");
        assertThat(d.hint()).contains("publisher, syncservice");
    }

    @Test
    void a_source_that_syncs_on_its_own_stream_socket_is_refused() {
        Node n = app("syncpub", binding("rep", REP, "tcp://127.0.0.1:5562"))
                .withBehaviour(source("x").withSocket("rep").withAwaitPeers(1).withSyncSocket("rep"));

        Diagnostic d = the(of(n), "SYNC_SOCKET", Severity.ERROR, "syncpub");
        assertThat(d.message()).contains("same socket rep");
    }

    @Test
    void awaiting_zero_peers_with_a_sync_socket_is_warned_about() {
        Diagnostic d = the(of(syncpub(REP, publishing().withAwaitPeers(0))), "SYNC_WITHOUT_PEERS",
                Severity.WARNING, "syncpub");

        assertThat(d.message()).contains("awaits 0 peers").contains("never answers a sync request");
        assertThat(d.hint()).contains("number of subscribers");
    }

    @Test
    void a_sync_socket_with_awaitPeers_left_out_waits_for_one_subscriber_and_is_fine() {
        assertNo(of(syncpub(REP, publishing().withAwaitPeers(null))), "SYNC_WITHOUT_PEERS");
    }

    @Test
    void awaiting_peers_without_a_sync_socket_is_the_plain_slow_joiner_cure_and_fine() {
        assertNo(of(syncpub(REP, publishing().withSyncSocket(null))), "SYNC_WITHOUT_PEERS");
    }

    @Test
    void an_end_message_without_a_count_is_never_sent() {
        Diagnostic d = the(of(syncpub(REP, publishing().withCount(null))), "END_WITHOUT_COUNT", Severity.WARNING,
                "syncpub");

        assertThat(d.message()).contains("\"END\"").contains("never sent");
    }

    @Test
    void a_source_without_an_end_needs_no_count() {
        assertNo(of(app("v", binding("out", PUSH, "tcp://127.0.0.1:5557")).withBehaviour(source("x"))),
                "END_WITHOUT_COUNT");
    }

    @Test
    void a_sink_sync_socket_that_is_not_a_REQ_is_refused() {
        Diagnostic d = the(of(syncsub(SocketType.DEALER, "syncclient")), "SYNC_SOCKET", Severity.ERROR, "syncsub");

        assertThat(d.message()).contains("DEALER socket syncclient").contains("only a REQ");
        assertThat(d.hint()).contains("REQ");
    }

    @Test
    void an_unnamed_sink_socket_that_falls_on_the_sync_REQ_is_told_once_to_name_its_SUB() {
        Node n = app("syncsub", connecting("syncclient", REQ, "tcp://localhost:5562"), subscriber("subscriber", ""))
                .withBehaviour(new Behaviour.Sink(null, null, null, "syncclient", "END"));

        Diagnostic d = the(of(n), "SYNC_SOCKET", Severity.ERROR, "syncsub");
        assertThat(d.message()).contains("same socket syncclient");
        assertThat(d.hint()).contains("named as the sink's socket");
    }

    @Test
    void a_sink_sync_socket_the_node_lacks_is_refused() {
        Diagnostic d = the(of(syncsub(REQ, "sync")), "SYNC_SOCKET", Severity.ERROR, "syncsub");

        assertThat(d.message()).contains("\"sync\"");
    }
}
