package org.zmqdesigner.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.zmqdesigner.engine.format.TopologyFormat;
import org.zmqdesigner.engine.model.Topology;

/** An endpoint that validates must run: tcp://[::1]:P validated, then failed to bind. */
class Ipv6EndpointTest {

    @Test
    void a_design_on_the_ipv6_loopback_runs() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("::1"))) {
            port = probe.getLocalPort();
        } catch (java.io.IOException e) {
            Assumptions.abort("this machine has no IPv6 loopback: " + e.getMessage());
            return;
        }
        String text = """
                {"formatVersion": 1, "nodes": [
                  {"id": "source", "sockets": [{"id": "out", "type": "PUSH", "binds": ["tcp://[::1]:%d"]}],
                   "behaviour": {"type": "source", "count": 20, "payload": "task {seq}"}},
                  {"id": "sink", "sockets": [{"id": "in", "type": "PULL"}], "behaviour": {"type": "sink", "count": 20}}],
                 "links": [{"id": "tasks", "from": {"node": "sink", "socket": "in"},
                            "to": {"node": "source", "socket": "out"}, "endpoint": "tcp://[::1]:%d"}]}
                """.formatted(port, port);
        Topology design = new TopologyFormat().read(text.getBytes(StandardCharsets.UTF_8), "ipv6");

        try (TopologyRun run = TopologyRun.start(design, RunOptions.DEFAULTS)) {
            assertThat(run.awaitFinished(10_000)).as("finished: %s", run.report()).isTrue();
            assertThat(run.report().nodes().get("sink").received()).isEqualTo(20);
        }
    }
}
