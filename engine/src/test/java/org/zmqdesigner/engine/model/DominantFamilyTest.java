package org.zmqdesigner.engine.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.zmqdesigner.engine.format.SampleLibrary;
import org.zmqdesigner.engine.format.Samples;

class DominantFamilyTest {

    private static Node app(String id, SocketType... types) {
        List<Socket> sockets = Arrays.stream(types).map(t -> new Socket(t.name().toLowerCase() + "-" + id, t))
                .toList();
        return new Node(id, null, NodeKind.APPLICATION, null, null, null, sockets, null);
    }

    private static Node device(String id, NodeKind kind, SocketType capture) {
        List<Socket> sockets = new java.util.ArrayList<>(kind.deviceSockets().entrySet().stream()
                .map(e -> new Socket(e.getKey(), e.getValue())).toList());
        if (capture != null) {
            sockets.add(new Socket(NodeKind.CAPTURE, capture));
        }
        return new Node(id, null, kind, null, null, null, sockets, null);
    }

    private static Topology design(Node... nodes) {
        return new Topology(null, null, List.of(nodes), List.of());
    }

    @Test
    void a_design_of_one_family_is_that_family() {
        assertThat(DominantFamily.of(design(app("client", SocketType.REQ), app("server", SocketType.REP))))
                .contains(SocketType.Family.REQUEST_REPLY);
        assertThat(DominantFamily.of(design(app("a", SocketType.PAIR), app("b", SocketType.PAIR))))
                .contains(SocketType.Family.EXCLUSIVE_PAIR);
    }

    @Test
    void devices_count_by_their_frontend_and_backend_but_not_their_capture() {
        // A queue between PUSH and PULL makes no sense; it is here to outweigh them.
        assertThat(DominantFamily.of(design(device("queue", NodeKind.QUEUE, SocketType.PUB),
                app("client", SocketType.REQ), app("a", SocketType.PUB), app("b", SocketType.SUB))))
                .contains(SocketType.Family.REQUEST_REPLY);
        assertThat(DominantFamily.of(design(device("proxy", NodeKind.FORWARDER, SocketType.PAIR),
                app("listener", SocketType.PAIR)))).contains(SocketType.Family.PUBLISH_SUBSCRIBE);
        assertThat(DominantFamily.of(design(device("streamer", NodeKind.STREAMER, null))))
                .contains(SocketType.Family.PIPELINE);
    }

    @Test
    void a_synchronised_publisher_is_publish_subscribe_though_it_has_as_many_request_reply_sockets() {
        Topology syncPubSub = design(app("syncpub", SocketType.PUB, SocketType.REP),
                app("syncsub-1", SocketType.SUB, SocketType.REQ), app("syncsub-2", SocketType.SUB, SocketType.REQ));

        assertThat(DominantFamily.of(syncPubSub)).contains(SocketType.Family.PUBLISH_SUBSCRIBE);
    }

    @Test
    void the_family_with_more_sockets_wins_over_the_tie_order() {
        // The zguide's taskwork2: a pipeline whose workers also hear a kill signal over PUB/SUB.
        Topology killable = design(app("ventilator", SocketType.PUSH),
                app("worker-1", SocketType.PULL, SocketType.PUSH, SocketType.SUB),
                app("worker-2", SocketType.PULL, SocketType.PUSH, SocketType.SUB),
                app("sink", SocketType.PULL, SocketType.PUB));

        assertThat(DominantFamily.of(killable)).contains(SocketType.Family.PIPELINE);
    }

    @Test
    void a_design_without_sockets_has_no_family() {
        assertThat(DominantFamily.of(Topology.EMPTY)).isEmpty();
        assertThat(DominantFamily.of(design(app("lonely")))).isEmpty();
    }

    @Test
    void the_shipped_samples_fall_into_their_families() throws Exception {
        Map<String, SocketType.Family> families = new SampleLibrary(Samples.folder()).samples().stream()
                .filter(SampleLibrary.Sample::loaded)
                .collect(Collectors.toMap(SampleLibrary.Sample::name, s -> s.family().orElseThrow()));

        assertThat(families).containsEntry("hello-reqrep", SocketType.Family.REQUEST_REPLY)
                .containsEntry("weather-pubsub", SocketType.Family.PUBLISH_SUBSCRIBE)
                .containsEntry("slow-joiner", SocketType.Family.PUBLISH_SUBSCRIBE)
                .containsEntry("slow-joiner-fixed", SocketType.Family.PUBLISH_SUBSCRIBE)
                .containsEntry("hwm-drops", SocketType.Family.PUBLISH_SUBSCRIBE)
                .containsEntry("pipeline", SocketType.Family.PIPELINE);
    }
}
