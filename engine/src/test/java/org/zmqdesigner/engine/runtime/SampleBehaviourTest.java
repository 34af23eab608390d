package org.zmqdesigner.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.zmqdesigner.engine.model.Topology;

/** The samples do on real sockets what the zguide says they do. */
class SampleBehaviourTest {

    @Test
    void a_subscriber_that_starts_late_loses_messages_to_slow_joining() throws Exception {
        Topology topology = Runs.sample("slow-joiner");
        try (TopologyRun run = TopologyRun.start(topology, RunOptions.DEFAULTS)) {
            Runs.await("the subscriber to receive some updates", 10_000,
                    () -> run.report().nodes().get("subscriber").received() > 1000, run::report);
            run.stop();
            RunReport.NodeReport subscriber = run.report().nodes().get("subscriber");

            assertThat(subscriber.lostSlowJoiner()).as("slow-joiner losses in %s", run.report()).isPositive();
            assertThat(subscriber.lostHwm()).isZero();
        }
    }

    @Test
    void a_publisher_that_waits_for_the_subscription_loses_nothing_to_slow_joining() throws Exception {
        Topology topology = Runs.sample("slow-joiner-fixed");
        try (TopologyRun run = TopologyRun.start(topology, RunOptions.DEFAULTS.withRateMultiplier(2))) {
            // On a loaded machine a PUB may still drop at its HWM; that is counted apart, and every
            // message must be either delivered or counted as such.
            Runs.await("all 30,000 messages to be delivered or counted as dropped", 30_000, () -> {
                RunReport.NodeReport s = run.report().nodes().get("subscriber");
                return s.received() + s.lostHwm() == 30_000;
            }, run::report);
            RunReport report = run.report();

            assertThat(report.nodes().get("subscriber").lostSlowJoiner()).isZero();
            assertThat(report.nodes().get("publisher").sent()).isEqualTo(30_000);
        }
    }

    @Test
    void a_full_queue_drops_at_the_publisher_and_never_holds_more_than_its_high_water_marks() throws Exception {
        Topology topology = Runs.sample("hwm-drops");
        java.util.List<org.zmqdesigner.engine.event.RunEvent> events = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (TopologyRun run = TopologyRun.start(topology, RunOptions.DEFAULTS, events::addAll)) {
            Runs.await("every message to be delivered or dropped", 20_000, () -> {
                RunReport.NodeReport s = run.report().nodes().get("subscriber");
                return s.received() + s.lostHwm() == 20_000;
            }, run::report);
            run.stop();
            RunReport report = run.report();
            RunReport.NodeReport subscriber = report.nodes().get("subscriber");

            assertThat(subscriber.lostHwm()).as("HWM losses").isPositive();
            assertThat(report.nodes().get("publisher").dropped()).isEqualTo(subscriber.lostHwm());
            assertThat(subscriber.lostSlowJoiner()).isZero();
            // Inproc holds SNDHWM + RCVHWM = 200; the writer's view lags by at most the low-water batch.
            long maxDepth = report.links().get("ticks").maxQueueDepth();
            assertThat(maxDepth).as("max queue depth").isBetween(100L, 200L + 100L);
            // The drops were also told as they happened, on the link where they happened.
            Runs.await("drop events to add up to the count", 2_000, () -> events.stream()
                    .filter(e -> e instanceof org.zmqdesigner.engine.event.RunEvent.MessageDropped)
                    .map(e -> (org.zmqdesigner.engine.event.RunEvent.MessageDropped) e)
                    .filter(d -> "ticks".equals(d.link()))
                    .mapToLong(org.zmqdesigner.engine.event.RunEvent.MessageDropped::count).sum()
                    == subscriber.lostHwm(), () -> events.size());
            assertThat(events).anySatisfy(e -> assertThat(e).isInstanceOf(
                    org.zmqdesigner.engine.event.RunEvent.QueueDepth.class));
        }
    }

    @Test
    void the_pipeline_delivers_every_task_and_deals_them_round_robin() throws Exception {
        Topology topology = Runs.sample("pipeline");
        try (TopologyRun run = TopologyRun.start(topology, RunOptions.DEFAULTS.withRateMultiplier(20))) {
            assertThat(run.awaitFinished(20_000)).as("finished: %s", run.report()).isTrue();
            RunReport report = run.report();

            assertThat(report.nodes().get("sink").received()).isEqualTo(101);
            assertThat(report.nodes().get("ventilator").sent()).isEqualTo(101);
            for (String worker : new String[] {"worker-1", "worker-2", "worker-3"}) {
                assertThat(report.nodes().get(worker).received()).as(worker).isBetween(27L, 40L);
            }
        }
    }

    @Test
    void every_request_gets_its_reply() throws Exception {
        Topology topology = Runs.sample("hello-reqrep");
        try (TopologyRun run = TopologyRun.start(topology, RunOptions.DEFAULTS.withRateMultiplier(100))) {
            assertThat(run.awaitFinished(20_000)).as("finished: %s", run.report()).isTrue();
            RunReport report = run.report();

            assertThat(report.nodes().get("client").sent()).isEqualTo(10);
            assertThat(report.nodes().get("client").received()).isEqualTo(10);
            assertThat(report.nodes().get("server").received()).isEqualTo(10);
            assertThat(report.links().get("hello").delivered()).isEqualTo(20);
        }
    }
}
