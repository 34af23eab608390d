package org.zmqdesigner.app.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class LiveHistoryTest {

    private static final long SECOND = 1_000_000_000L;

    private final LiveHistory history = new LiveHistory();

    @Test
    void the_second_in_progress_is_not_reported_until_it_closes() {
        history.addTraffic("link-1", 10);
        history.advance(SECOND - 1);

        assertThat(history.seconds()).isZero();
        assertThat(history.rate(Set.of())).isEmpty();

        history.advance(SECOND);

        assertThat(history.seconds()).isEqualTo(1);
        assertThat(history.rate(Set.of("link-1"))).containsExactly(10.0);
    }

    @Test
    void traffic_lands_in_the_second_it_was_added_in() {
        history.addTraffic("link-1", 3);
        history.advance(SECOND + 1);
        history.addTraffic("link-1", 4);
        history.addTraffic("link-1", 5);
        history.advance(2 * SECOND + 500_000_000L);

        assertThat(history.rate(Set.of("link-1"))).containsExactly(3.0, 9.0);
    }

    @Test
    void seconds_without_traffic_are_zeros_not_gaps() {
        history.addTraffic("link-1", 7);
        history.advance(SECOND);
        history.advance(4 * SECOND + 10);
        history.addTraffic("link-1", 2);
        history.advance(5 * SECOND);

        assertThat(history.rate(Set.of("link-1"))).containsExactly(7.0, 0.0, 0.0, 0.0, 2.0);
        assertThat(history.seconds()).isEqualTo(5);
    }

    @Test
    void only_the_last_sixty_seconds_are_kept_oldest_first() {
        for (int s = 0; s < 75; s++) {
            history.addTraffic("link-1", s);
            history.advance((s + 1) * SECOND);
        }

        double[] rate = history.rate(Set.of("link-1"));
        assertThat(history.seconds()).isEqualTo(LiveHistory.SECONDS);
        assertThat(rate).hasSize(60);
        assertThat(rate[0]).isEqualTo(15.0);
        assertThat(rate[59]).isEqualTo(74.0);
    }

    @Test
    void a_long_quiet_spell_leaves_sixty_zero_seconds() {
        history.addTraffic("link-1", 9);
        history.advance(SECOND);
        history.advance(1_000 * SECOND);

        assertThat(history.seconds()).isEqualTo(60);
        assertThat(history.rate(Set.of())).containsOnly(0.0);
    }

    @Test
    void rates_are_summed_over_the_chosen_ids_and_no_ids_means_all() {
        history.addTraffic("a", 1);
        history.addTraffic("b", 10);
        history.addTraffic("c", 100);
        history.advance(SECOND);

        assertThat(history.rate(Set.of("a", "b"))).containsExactly(11.0);
        assertThat(history.rate(Set.of("c", "unknown"))).containsExactly(100.0);
        assertThat(history.rate(Set.of())).containsExactly(111.0);
    }

    @Test
    void an_id_first_seen_later_has_zeros_for_the_seconds_before() {
        history.addTraffic("a", 1);
        history.advance(2 * SECOND);
        history.addTraffic("late", 5);
        history.advance(3 * SECOND);

        assertThat(history.rate(Set.of("late"))).containsExactly(0.0, 0.0, 5.0);
    }

    @Test
    void depth_keeps_the_deepest_sample_of_each_second_and_the_deepest_link() {
        history.depth("link-1", 5);
        history.depth("link-1", 40);
        history.depth("link-1", 12);
        history.depth("link-2", 30);
        history.advance(SECOND);
        history.depth("link-1", 3);
        history.depth("link-2", 50);
        history.depth("link-2", 1);
        history.advance(2 * SECOND);

        // Each second starts at the depth last sampled: 12 for link-1 and 30 for link-2 in second two.
        assertThat(history.depth(Set.of("link-1"))).containsExactly(40L, 12L);
        assertThat(history.depth(Set.of("link-2"))).containsExactly(30L, 50L);
        assertThat(history.depth(Set.of())).containsExactly(40L, 50L);
    }

    @Test
    void a_queue_that_is_not_sampled_again_keeps_its_depth() {
        history.depth("link-1", 500);
        history.advance(3 * SECOND);

        assertThat(history.depth(Set.of("link-1"))).containsExactly(500L, 500L, 500L);
    }

    @Test
    void clear_starts_over_at_second_zero() {
        history.addTraffic("a", 4);
        history.depth("a", 4);
        history.advance(5 * SECOND);

        history.clear();
        history.addTraffic("a", 2);
        history.advance(SECOND);

        assertThat(history.seconds()).isEqualTo(1);
        assertThat(history.rate(Set.of())).containsExactly(2.0);
        assertThat(history.depth(Set.of())).containsExactly(0L);
    }
}
