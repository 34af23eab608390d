package org.zmqdesigner.app.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zmqdesigner.engine.model.Behaviour;
import org.zmqdesigner.engine.model.CountRange;

/** Renaming a socket reaches every field that names it, and keeps every field that does not. */
class BehavioursTest {

    @Test
    void renaming_a_sources_sync_socket_keeps_its_other_fields() {
        Behaviour.Source s = new Behaviour.Source("pub", 10.0, 5L, "x", null, 2, List.of(), "sync", "END", 100, 3);

        Behaviour renamed = Behaviours.renameSocket(s, "sync", "syncservice");

        assertThat(renamed).isEqualTo(s.withSyncSocket("syncservice"));
    }

    @Test
    void renaming_a_sinks_sync_socket_keeps_until() {
        Behaviour.Sink k = new Behaviour.Sink("sub", null, null, "req", "END");

        assertThat(Behaviours.renameSocket(k, "req", "syncclient")).isEqualTo(k.withSyncSocket("syncclient"));
    }

    @Test
    void renaming_reaches_a_brokers_frontend_and_backend() {
        assertThat(Behaviours.renameSocket(new Behaviour.Broker("f", "b"), "f", "frontend"))
                .isEqualTo(new Behaviour.Broker("frontend", "b"));
        assertThat(Behaviours.renameSocket(new Behaviour.Broker("f", "b"), "b", "backend"))
                .isEqualTo(new Behaviour.Broker("f", "backend"));
    }

    @Test
    void renaming_a_responders_socket_keeps_announce_replies_faults_and_seed() {
        Behaviour.Responder r = new Behaviour.Responder("w", 10, "ok", "READY", CountRange.parse("0..4"),
                new Behaviour.Faults(3L, null, null, null), 9L);

        assertThat(Behaviours.renameSocket(r, "w", "worker")).isEqualTo(r.withSocket("worker"));
    }

    @Test
    void a_broker_is_offered_created_and_explained() {
        assertThat(Behaviours.TYPES).contains("broker");
        assertThat(Behaviours.create("broker")).isEqualTo(new Behaviour.Broker(null, null));
        assertThat(Behaviours.explain("broker")).contains("rrbroker").contains("lbbroker");
    }
}
