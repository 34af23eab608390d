package org.zmqdesigner.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zmqdesigner.engine.event.RunEvent;
import org.zmqdesigner.engine.model.Behaviour;
import org.zmqdesigner.engine.model.Link;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.NodeKind;
import org.zmqdesigner.engine.model.Position;
import org.zmqdesigner.engine.model.Socket;
import org.zmqdesigner.engine.model.SocketOptions;
import org.zmqdesigner.engine.model.SocketRef;
import org.zmqdesigner.engine.model.SocketType;
import org.zmqdesigner.engine.model.Topology;

/** A SUB receives exactly the messages that start with a prefix it subscribed to, as ZeroMQ filters them. */
class SubscriptionFilterTest {

    private static Node publisher(String id, String payload) {
        return new Node(id, null, NodeKind.APPLICATION, Position.ORIGIN, null, null,
                List.of(new Socket("out", SocketType.PUB, List.of("inproc://" + id), List.of(),
                        SocketOptions.DEFAULTS)),
                new Behaviour.Source(null, 200.0, null, payload, null, null, null));
    }

    private static Node subscriber(String id, String... prefixes) {
        return new Node(id, null, NodeKind.APPLICATION, Position.ORIGIN, null, null,
                List.of(new Socket("in", SocketType.SUB, List.of(), List.of(),
                        SocketOptions.DEFAULTS.withSubscribe(List.of(prefixes)))),
                new Behaviour.Sink(null, null));
    }

    private static Link link(String subscriber, String publisher) {
        return new Link(subscriber + "-" + publisher, new SocketRef(subscriber, "in"), new SocketRef(publisher, "out"),
                "inproc://" + publisher);
    }

    private static List<String> received(List<RunEvent> events, String node) {
        return events.stream().filter(e -> e instanceof RunEvent.MessageReceived r && r.node().equals(node))
                .map(e -> new String(((RunEvent.MessageReceived) e).frames().get(0), StandardCharsets.UTF_8))
                .toList();
    }

    @Test
    void a_SUB_subscribed_to_tick_receives_the_tick_messages_and_none_of_the_tock_messages() throws Exception {
        Topology topology = new Topology("tick and tock", null, List.of(
                publisher("ticker", "tick {seq}"), publisher("tocker", "tock {seq}"),
                subscriber("ticks-only", "tick"), subscriber("everything", "")), List.of(
                link("ticks-only", "ticker"), link("ticks-only", "tocker"),
                link("everything", "ticker"), link("everything", "tocker")));
        List<RunEvent> events = new java.util.concurrent.CopyOnWriteArrayList<>();

        try (TopologyRun run = TopologyRun.start(topology, RunOptions.DEFAULTS, events::addAll)) {
            // The subscriber to everything proves the tocks were there to be filtered out.
            Runs.await("both subscribers to receive, and the tocks to reach the one subscribed to everything",
                    10_000, () -> received(events, "ticks-only").size() >= 20
                            && received(events, "everything").stream().filter(p -> p.startsWith("tock")).count() >= 20,
                    () -> run.report() + " traced " + events.size() + " events");
            run.stop();
        }
        List<String> ticksOnly = received(events, "ticks-only");

        assertThat(ticksOnly).as("what the SUB subscribed to \"tick\" received").isNotEmpty()
                .allSatisfy(payload -> assertThat(payload).startsWith("tick "));
        assertThat(received(events, "everything")).anySatisfy(p -> assertThat(p).startsWith("tick "))
                .anySatisfy(p -> assertThat(p).startsWith("tock "));
    }
}
