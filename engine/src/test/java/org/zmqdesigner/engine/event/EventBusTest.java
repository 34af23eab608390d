package org.zmqdesigner.engine.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class EventBusTest {

    private static RunEvent event(long i) {
        return new RunEvent.NodeStateChanged(i, "n", RunEvent.NodeState.RUNNING, "");
    }

    @Test
    void a_stuck_subscriber_never_blocks_publishers_and_memory_stays_bounded() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (EventBus bus = new EventBus("test-bus", 100, 5)) {
            bus.subscribe(batch -> {
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            int accepted = 0;
            for (int i = 0; i < 100_000; i++) {
                if (bus.publish(event(i))) {
                    accepted++;
                }
            }
            // What the bus took is at most its capacity plus the one batch the subscriber holds.
            assertThat(accepted).isLessThanOrEqualTo(100 + 8_192);
            assertThat(bus.skipped()).isEqualTo(100_000 - accepted);
            release.countDown();
        }
    }

    @Test
    void events_arrive_in_order_in_batches_and_skips_are_reported() throws Exception {
        List<RunEvent> seen = new CopyOnWriteArrayList<>();
        CountDownLatch first = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        EventBus bus = new EventBus("test-bus", 10, 5);
        bus.subscribe(batch -> {
            seen.addAll(batch);
            first.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        bus.publish(event(0));
        assertThat(first.await(5, TimeUnit.SECONDS)).isTrue();
        for (int i = 1; i <= 50; i++) {
            bus.publish(event(i));
        }
        release.countDown();
        bus.close();

        List<Long> order = seen.stream().filter(e -> e instanceof RunEvent.NodeStateChanged).map(RunEvent::nanos).toList();
        assertThat(order).isSorted().startsWith(0L, 1L);
        assertThat(seen).anySatisfy(e -> assertThat(e).isInstanceOf(RunEvent.EventsSkipped.class));
        long skipped = seen.stream().filter(e -> e instanceof RunEvent.EventsSkipped)
                .mapToLong(e -> ((RunEvent.EventsSkipped) e).count()).sum();
        assertThat(order.size() + skipped).isEqualTo(51);
    }
}
