package org.zmqdesigner.engine.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SocketTypeTest {

    @Test
    void compatibility_is_symmetric() {
        for (SocketType a : SocketType.values()) {
            for (SocketType b : SocketType.values()) {
                assertThat(a.canTalkTo(b)).as("%s-%s", a, b).isEqualTo(b.canTalkTo(a));
            }
        }
    }

    @Test
    void there_are_exactly_the_twelve_zmtp_pairs() {
        int pairs = 0;
        for (SocketType a : SocketType.values()) {
            for (SocketType b : SocketType.values()) {
                if (a.ordinal() <= b.ordinal() && a.canTalkTo(b)) {
                    pairs++;
                }
            }
        }
        assertThat(pairs).isEqualTo(12);
    }

    @Test
    void one_way_sockets_say_so() {
        assertThat(SocketType.PUB.receives()).isFalse();
        assertThat(SocketType.SUB.sends()).isFalse();
        assertThat(SocketType.PUSH.receives()).isFalse();
        assertThat(SocketType.PULL.sends()).isFalse();
        assertThat(SocketType.XSUB.sends()).isTrue();
    }
}
