package org.zmqdesigner.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zmqdesigner.engine.model.Topology;

/**
 * One design run as two processes would run it ({@code --only}): each half's connections to the
 * other half belong to their link, never to an outside program.
 */
class SplitRunTest {

    @Test
    void the_two_halves_of_a_design_count_their_link_and_see_no_outside_programs() throws Exception {
        Topology design = Runs.sample("slow-joiner-fixed");
        try (TopologyRun publisherHalf = TopologyRun.start(design, RunOptions.DEFAULTS.withOnly(Set.of("publisher")));
             TopologyRun subscriberHalf = TopologyRun.start(design,
                     RunOptions.DEFAULTS.withOnly(Set.of("subscriber")))) {
            Runs.await("the subscriber half to receive all 30,000", 30_000,
                    () -> subscriberHalf.report().nodes().get("subscriber").received() == 30_000,
                    subscriberHalf::report);
            // 30,000 at 10,000 a second took 3 s: long past the half second in which a connection's
            // far side may show itself before it would be called outside.
            RunReport pub = publisherHalf.report();
            RunReport sub = subscriberHalf.report();

            assertThat(pub.externalPeers()).as("outside programs seen by the publisher's half").isEmpty();
            assertThat(sub.externalPeers()).as("outside programs seen by the subscriber's half").isEmpty();
            assertThat(pub.links().get("updates").sent()).isEqualTo(30_000L);
            assertThat(pub.links().get("updates").delivered()).as("counted by the other half").isNull();
            assertThat(sub.links().get("updates").delivered()).isEqualTo(30_000L);
            assertThat(sub.links().get("updates").sent()).as("counted by the other half").isNull();
        }
    }
}
