package org.zmqdesigner.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SocketOptionTest {

    @Test
    void the_table_names_every_option_of_the_file_in_the_files_order() {
        List<String> components = Arrays.stream(SocketOptions.class.getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName).toList();
        List<String> keys = Arrays.stream(SocketOption.values()).map(SocketOption::key).toList();

        assertThat(keys).isEqualTo(components);
        assertThat(keys).containsExactly(SocketOptions.class.getAnnotation(JsonPropertyOrder.class).value());
    }

    @ParameterizedTest
    @EnumSource(SocketOption.class)
    void each_option_sets_reads_and_clears_its_own_value(SocketOption option) {
        Object value = switch (option.kind()) {
            case NUMBER -> 7;
            case FLAG -> true;
            case TEXT -> "client-1";
            case PREFIXES -> List.of("tick");
        };
        SocketOptions set = option.with(SocketOptions.DEFAULTS, value);

        assertThat(option.valueIn(set)).isEqualTo(value);
        assertThat(option.isSetIn(set)).isTrue();
        assertThat(Arrays.stream(SocketOption.values()).filter(o -> o.isSetIn(set))).containsExactly(option);
        assertThat(option.cleared(set)).isEqualTo(SocketOptions.DEFAULTS);
        assertThat(option.description()).isNotBlank().endsWith(".");
        assertThat(option.zmqConstant()).isEqualTo("ZMQ_" + option.zmqName());
    }

    @Test
    void a_value_of_the_wrong_kind_is_refused_with_the_options_name() {
        assertThatThrownBy(() -> SocketOption.SNDHWM.with(SocketOptions.DEFAULTS, "many"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SNDHWM");
    }

    @Test
    void subscribe_applies_to_a_SUB_only() {
        assertThat(SocketOption.SUBSCRIBE.types()).containsExactly(SocketType.SUB);
    }

    @Test
    void router_mandatory_applies_to_a_ROUTER_and_xpub_verbose_to_an_XPUB_only() {
        assertThat(SocketOption.ROUTER_MANDATORY.types()).containsExactly(SocketType.ROUTER);
        assertThat(SocketOption.XPUB_VERBOSE.types()).containsExactly(SocketType.XPUB);
    }

    @Test
    void a_routing_id_applies_where_a_ROUTER_can_be_the_peer() {
        assertThat(SocketOption.ROUTING_ID.types())
                .containsExactlyInAnyOrder(SocketType.REQ, SocketType.DEALER, SocketType.ROUTER);
    }

    @Test
    void conflate_applies_to_the_types_JeroMQ_conflates() {
        assertThat(SocketOption.CONFLATE.types()).containsExactlyInAnyOrder(SocketType.PUB, SocketType.SUB,
                SocketType.PUSH, SocketType.PULL, SocketType.DEALER);
    }

    @ParameterizedTest
    @EnumSource(SocketType.class)
    void queue_limits_linger_and_immediate_apply_to_every_type(SocketType type) {
        assertThat(SocketOption.applicableTo(type)).contains(SocketOption.SNDHWM, SocketOption.RCVHWM,
                SocketOption.LINGER, SocketOption.IMMEDIATE);
    }

    @Test
    void a_PUB_is_offered_no_subscription_and_a_DEALER_no_router_mandatory() {
        assertThat(SocketOption.applicableTo(SocketType.PUB)).doesNotContain(SocketOption.SUBSCRIBE);
        assertThat(SocketOption.applicableTo(SocketType.DEALER)).doesNotContain(SocketOption.ROUTER_MANDATORY);
    }

    @Test
    void a_flag_switched_off_changes_nothing_and_the_others_do_once_set() {
        SocketOptions off = SocketOptions.DEFAULTS.withConflate(false);

        assertThat(SocketOption.CONFLATE.isSetIn(off)).isTrue();
        assertThat(SocketOption.CONFLATE.changesBehaviourIn(off)).isFalse();
        assertThat(SocketOption.SNDHWM.changesBehaviourIn(SocketOptions.DEFAULTS.withSndhwm(0))).isTrue();
        assertThat(SocketOption.SUBSCRIBE.isSetIn(SocketOptions.DEFAULTS)).isFalse();
    }

    @Test
    void the_linger_a_run_uses_is_the_default_the_table_states() {
        assertThat(SocketOption.LINGER.defaultValue()).startsWith(SocketOption.RUN_LINGER_MILLIS + " in a run");
    }

    @Test
    void options_are_found_by_their_name_in_the_file() {
        assertThat(SocketOption.byKey("routerMandatory")).contains(SocketOption.ROUTER_MANDATORY);
        assertThat(SocketOption.byKey("ROUTER_MANDATORY")).isEmpty();
    }
}
