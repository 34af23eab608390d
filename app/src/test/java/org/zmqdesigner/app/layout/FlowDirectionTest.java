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

    /** lbbroker's REQ workers and asyncsrv's DEALER workers dial the backend; requests still flow out to them. */
    @Test
    void a_brokers_or_devices_backend_sends_to_its_workers_whichever_side_connects() throws Exception {
        org.zmqdesigner.engine.format.TopologyFiles files = new org.zmqdesigner.engine.format.TopologyFiles();
        org.zmqdesigner.engine.model.Topology lbbroker = files.load(sample("load-balancing-broker"));
        org.zmqdesigner.engine.model.Topology asyncsrv = files.load(sample("async-server"));

        for (org.zmqdesigner.engine.model.Topology design : java.util.List.of(lbbroker, asyncsrv)) {
            for (org.zmqdesigner.engine.model.Link link : design.links()) {
                boolean toWorker = link.from().node().startsWith("worker");
                assertThat(FlowDirection.forward(design, link)).as("%s: %s", design.title(), link.id())
                        .isEqualTo(!toWorker);
            }
        }
    }

    private static java.nio.file.Path sample(String name) {
        return java.nio.file.Path.of(System.getProperty("zmqdesigner.samples"), name + ".zmqtopo");
    }
}
