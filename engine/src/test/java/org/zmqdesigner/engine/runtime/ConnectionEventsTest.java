package org.zmqdesigner.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.zmqdesigner.engine.event.RunEvent;
import org.zmqdesigner.engine.event.RunEvent.ConnectionState;

/** Monitor events name the link they are about, so a canvas can show each link's state. */
class ConnectionEventsTest {

    private static Set<String> linksIn(List<RunEvent> events, String node, ConnectionState state) {
        return events.stream().filter(e -> e instanceof RunEvent.ConnectionChanged)
                .map(e -> (RunEvent.ConnectionChanged) e)
                .filter(c -> c.node().equals(node) && c.state() == state && c.link() != null)
                .map(RunEvent.ConnectionChanged::link).collect(Collectors.toSet());
    }

    @Test
    void tcp_connects_to_localhost_are_matched_to_their_links_before_and_after_a_restart() throws Exception {
        List<RunEvent> events = new CopyOnWriteArrayList<>();
        // The pipeline sample connects to tcp://localhost:…; the monitor reports 127.0.0.1.
        try (TopologyRun run = TopologyRun.start(Runs.sample("pipeline"), RunOptions.DEFAULTS.withRateMultiplier(0.2),
                events::addAll)) {
            Runs.await("worker-1 connected on both links", 5_000, () -> linksIn(events, "worker-1",
                    ConnectionState.CONNECTED).equals(Set.of("tasks-1", "results-1")), () -> events);
            run.stopNode("worker-1");
            events.clear();
            run.startNode("worker-1");
            Runs.await("worker-1 reconnected on both links", 5_000, () -> linksIn(events, "worker-1",
                    ConnectionState.CONNECTED).equals(Set.of("tasks-1", "results-1")), () -> events);
            assertThat(linksIn(events, "ventilator", ConnectionState.CONNECTED))
                    .as("a binding socket's accepts cannot be told apart by endpoint").isEmpty();
        }
    }
}
