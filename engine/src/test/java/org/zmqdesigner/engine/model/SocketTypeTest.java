package org.zmqdesigner.engine.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
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

    private static Set<SocketType> having(Predicate<SocketType> fact) {
        return Arrays.stream(SocketType.values()).filter(fact).collect(Collectors.toCollection(
                () -> EnumSet.noneOf(SocketType.class)));
    }

    @Test
    void only_REQ_and_REP_are_in_lockstep_and_REQ_asks_first() {
        assertThat(having(SocketType::isLockstep)).containsExactlyInAnyOrder(SocketType.REQ, SocketType.REP);
        assertThat(SocketType.REQ.lockstep()).isEqualTo(SocketType.Lockstep.ASKS);
        assertThat(SocketType.REP.lockstep()).isEqualTo(SocketType.Lockstep.ANSWERS);
    }

    @Test
    void only_a_ROUTER_routes_and_ROUTER_and_DEALER_keep_the_envelope() {
        assertThat(having(SocketType::routes)).containsExactly(SocketType.ROUTER);
        assertThat(having(SocketType::keepsEnvelope)).containsExactlyInAnyOrder(SocketType.ROUTER, SocketType.DEALER);
    }

    @Test
    void answering_sockets_are_REP_ROUTER_DEALER_and_PAIR() {
        assertThat(having(SocketType::answers)).containsExactlyInAnyOrder(SocketType.REP, SocketType.ROUTER,
                SocketType.DEALER, SocketType.PAIR);
    }

    @Test
    void publishers_are_PUB_and_XPUB_and_only_an_XPUB_sees_subscriptions() {
        assertThat(having(SocketType::publishes)).containsExactlyInAnyOrder(SocketType.PUB, SocketType.XPUB);
        assertThat(having(SocketType::seesSubscriptions)).containsExactly(SocketType.XPUB);
    }

    @Test
    void SUB_and_XSUB_subscribe_and_only_a_SUB_by_option() {
        assertThat(having(SocketType::subscribes)).containsExactlyInAnyOrder(SocketType.SUB, SocketType.XSUB);
        assertThat(having(SocketType::subscribesByOption)).containsExactly(SocketType.SUB);
    }

    @Test
    void sockets_that_send_on_their_own_are_PUB_XPUB_PUSH_PAIR_and_DEALER() {
        assertThat(having(SocketType::sendsOnItsOwn)).containsExactlyInAnyOrder(SocketType.PUB, SocketType.XPUB,
                SocketType.PUSH, SocketType.PAIR, SocketType.DEALER);
        for (SocketType type : having(SocketType::sendsOnItsOwn)) {
            assertThat(type.sends() && !type.isLockstep() && !type.routes() && !type.subscribes())
                    .as("%s sends, without lockstep, routing or subscribing", type).isTrue();
        }
    }

    @Test
    void only_a_PAIR_has_exactly_one_peer() {
        assertThat(having(SocketType::onePeer)).containsExactly(SocketType.PAIR);
    }

    @Test
    void publishers_and_routers_are_the_likeliest_to_bind_and_clients_the_least() {
        assertThat(SocketType.PUB.bindPreference()).isGreaterThan(SocketType.SUB.bindPreference());
        assertThat(SocketType.ROUTER.bindPreference()).isGreaterThan(SocketType.DEALER.bindPreference());
        assertThat(SocketType.REP.bindPreference()).isGreaterThan(SocketType.REQ.bindPreference());
        assertThat(SocketType.PULL.bindPreference()).isGreaterThan(SocketType.PUSH.bindPreference());
    }
}
