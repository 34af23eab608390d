package org.zmqdesigner.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EndpointTest {

    @Test
    void a_tcp_endpoint_splits_into_host_and_port() {
        Endpoint endpoint = Endpoint.parse("tcp://localhost:5555");

        assertThat(endpoint.transport()).isEqualTo(Endpoint.Transport.TCP);
        assertThat(endpoint.host()).isEqualTo("localhost");
        assertThat(endpoint.port()).isEqualTo(5555);
        assertThat(endpoint).hasToString("tcp://localhost:5555");
    }

    @Test
    void ipc_and_inproc_keep_their_path() {
        assertThat(Endpoint.parse("ipc:///tmp/weather.ipc").path()).isEqualTo("/tmp/weather.ipc");
        assertThat(Endpoint.parse("inproc://workers").path()).isEqualTo("workers");
        assertThat(Endpoint.parse("inproc://workers").isLocalOnly()).isTrue();
    }

    @Test
    void an_ipv6_address_in_brackets_keeps_its_colons() {
        Endpoint endpoint = Endpoint.parse("tcp://[::1]:5555");

        assertThat(endpoint.host()).isEqualTo("[::1]");
        assertThat(endpoint.isLoopbackHost()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost:5555", "udp://host:1", "TCP://host:1", "tcp://host", "tcp://:5555",
            "tcp://host:abc", "inproc://", "tcp://[::1:5555"})
    void malformed_endpoints_are_refused_with_a_sentence(String text) {
        assertThatThrownBy(() -> Endpoint.parse(text))
                .isInstanceOf(Endpoint.SyntaxException.class)
                .hasMessageNotContaining("Exception");
    }

    @ParameterizedTest
    @CsvSource({"0,false", "1,true", "65535,true", "65536,false", "70000,false"})
    void ports_run_from_1_to_65535(long port, boolean valid) {
        assertThat(Endpoint.parse("tcp://localhost:" + port).portInRange()).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource({
            "tcp://localhost:5555, tcp://*:5555, true",
            "tcp://localhost:5555, tcp://127.0.0.1:5555, true",
            "tcp://127.0.0.1:5555, tcp://localhost:5555, true",
            "tcp://server:5555, tcp://0.0.0.0:5555, true",
            "tcp://server:5555, tcp://server:5555, true",
            "tcp://server:5555, tcp://127.0.0.1:5555, false",
            "tcp://localhost:5556, tcp://*:5555, false",
            "ipc://a, ipc://a, true",
            "ipc://a, inproc://a, false",
            "inproc://x, inproc://y, false"})
    void a_connect_reaches_a_bind_that_listens_where_it_knocks(String connect, String bind, boolean reaches) {
        assertThat(Endpoint.parse(connect).reaches(Endpoint.parse(bind))).isEqualTo(reaches);
    }

    @ParameterizedTest
    @CsvSource({
            "tcp://*:5555, tcp://127.0.0.1:5555, true",
            "tcp://127.0.0.1:5555, tcp://localhost:5555, true",
            "tcp://10.0.0.1:5555, tcp://10.0.0.2:5555, false",
            "tcp://127.0.0.1:*, tcp://127.0.0.1:*, false",
            "inproc://a, inproc://a, true"})
    void two_binds_overlap_when_they_would_claim_the_same_address(String a, String b, boolean overlap) {
        assertThat(Endpoint.parse(a).overlaps(Endpoint.parse(b))).isEqualTo(overlap);
    }
}
