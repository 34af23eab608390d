package org.zmqdesigner.engine.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The batching rules that keep a hundred busy nodes from spending the machine on wake-ups. */
class PacingTest {

    private static long interval(double perSecond) {
        return (long) (1e9 / perSecond);
    }

    @Test
    void a_source_of_2000_a_second_sends_twenty_milliseconds_at_a_time() {
        assertEquals(20_000_000L, SourceLoop.allowance(interval(2_000)));
    }

    @Test
    void a_slow_source_may_go_at_most_twenty_milliseconds_early() {
        assertEquals(20_000_000L, SourceLoop.allowance(interval(10)));
    }

    @Test
    void a_source_faster_than_4000_a_second_paces_every_message_so_a_slow_joiner_still_loses() {
        assertEquals(0, SourceLoop.allowance(interval(10_000)));
        assertEquals(0, SourceLoop.allowance(interval(4_001)));
        assertTrue(SourceLoop.allowance(interval(4_000)) > 0);
    }

    @Test
    void a_busy_sink_waits_for_batches() {
        // 2,000 a second = 200 in a 100 ms window; 20 ms of it is 40 messages, far below 1000 / 4.
        assertTrue(SinkLoop.coalesces(200, 1_000));
    }

    @Test
    void a_slow_stream_is_read_message_by_message() {
        assertFalse(SinkLoop.coalesces(100, 1_000));
        assertFalse(SinkLoop.coalesces(5, 1_000));
    }

    @Test
    void a_flood_is_read_as_it_comes() {
        assertFalse(SinkLoop.coalesces(10_000, 1_000_000));
    }

    @Test
    void a_pause_that_would_hold_a_quarter_of_a_small_receive_hwm_is_not_taken() {
        // 20 ms of 2,000 a second is 40 messages: a quarter of an HWM of 160, but not of 200.
        assertFalse(SinkLoop.coalesces(200, 160));
        assertTrue(SinkLoop.coalesces(200, 200));
    }

    @Test
    void a_small_design_traces_500_messages_a_second_per_socket() {
        assertEquals(10, RunContext.tracesPerTick(2));
        assertEquals(10, RunContext.tracesPerTick(10));
    }

    @Test
    void a_hundred_sockets_share_the_run_s_5000_traces_a_second() {
        assertEquals(1, RunContext.tracesPerTick(100));
        assertEquals(2, RunContext.tracesPerTick(50));
        assertEquals(1, RunContext.tracesPerTick(10_000));
    }
}
