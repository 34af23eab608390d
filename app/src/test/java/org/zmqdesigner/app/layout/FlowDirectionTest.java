package org.zmqdesigner.app.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.zmqdesigner.engine.model.SocketType;

class FlowDirectionTest {

    @Test
    void data_flows_from_publishers_and_pushers_whichever_side_connects() {
        assertThat(FlowDirection.forward(SocketType.PUB, SocketType.SUB)).isTrue();
        assertThat(FlowDirection.forward(SocketType.SUB, SocketType.PUB)).isFalse();
        assertThat(FlowDirection.forward(SocketType.XSUB, SocketType.PUB)).isFalse();
        assertThat(FlowDirection.forward(SocketType.XPUB, SocketType.SUB)).isTrue();
        assertThat(FlowDirection.forward(SocketType.PULL, SocketType.PUSH)).isFalse();
        assertThat(FlowDirection.forward(SocketType.PUSH, SocketType.PULL)).isTrue();
    }

    @Test
    void requests_flow_from_client_to_server_and_through_a_broker() {
        assertThat(FlowDirection.forward(SocketType.REQ, SocketType.REP)).isTrue();
        assertThat(FlowDirection.forward(SocketType.REP, SocketType.REQ)).isFalse();
        assertThat(FlowDirection.forward(SocketType.REQ, SocketType.ROUTER)).isTrue();
        assertThat(FlowDirection.forward(SocketType.DEALER, SocketType.ROUTER)).isTrue();
        // A worker's REP connects to a queue's DEALER backend: the broker is the client there.
        assertThat(FlowDirection.forward(SocketType.REP, SocketType.DEALER)).isFalse();
        assertThat(FlowDirection.forward(SocketType.ROUTER, SocketType.DEALER)).isFalse();
    }

    @Test
    void between_equals_the_connecting_side_leads() {
        assertThat(FlowDirection.forward(SocketType.PAIR, SocketType.PAIR)).isTrue();
        assertThat(FlowDirection.forward(SocketType.DEALER, SocketType.DEALER)).isTrue();
        assertThat(FlowDirection.forward(SocketType.ROUTER, SocketType.ROUTER)).isTrue();
    }
}
