package org.zmqdesigner.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zmqdesigner.engine.model.SocketType.PUB;
import static org.zmqdesigner.engine.model.SocketType.SUB;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.zeromq.SocketType;
import org.zeromq.ZMQ;
import org.zmqdesigner.engine.model.Topology;
import zmq.pipe.Pipe;

/**
 * What a publisher's subscribers in the topology lose, counted on the publisher's thread: a real
 * PUB bound on inproc and SUBs connected to it, all driven from the test thread, with the tracker
 * told what a {@link SocketTap} would tell it.
 */
class PubLossTrackerTest {

    private static final Topology NEWS = Wires.oneLink("news", "reader", "in", "SUB", "pub", "out", "PUB",
            "inproc://news");

    private final Wires wires = new Wires();
    private final AtomicLong generation = new AtomicLong();
    private final ConnectionRegistry registry = new ConnectionRegistry(NEWS);
    private final List<Long> dropCounts = new ArrayList<>();
    private final List<Connection> dropConnections = new ArrayList<>();
    private ZMQ.Socket pub;
    private long published;

    @AfterEach
    void closeSockets() {
        wires.close();
    }

    private ZMQ.Socket bindPublisher(int sndhwm) {
        pub = wires.socket(SocketType.PUB, sndhwm, 0);
        pub.bind("inproc://news");
        return pub;
    }

    private PubLossTracker tracker(PubLossTracker.Watch... watches) {
        PubLossTracker tracker = new PubLossTracker(List.of(watches), generation::get);
        tracker.onDrops((watch, connection, count) -> {
            dropCounts.add(count);
            dropConnections.add(connection);
        });
        return tracker;
    }

    private PubLossTracker.Watch watch(String node, SubscriberLife life, String... filters) {
        byte[][] bytes = new byte[filters.length][];
        for (int i = 0; i < filters.length; i++) {
            bytes[i] = filters[i].getBytes(StandardCharsets.UTF_8);
        }
        return new PubLossTracker.Watch(node, "in", bytes, life);
    }

    /** A SUB of the given node connected (not yet subscribed), both ends registered as taps would. */
    private Connection.Side connect(ZMQ.Socket sub, String node, PubLossTracker tracker, boolean registerSub) {
        sub.connect("inproc://news");
        Pipe subPipe = Wires.onlyPipe(sub);
        Pipe pubPipe = Introspection.peer(subPipe);
        Runs.await("the publisher to attach the subscriber's pipe", 2_000,
                () -> List.of(Wires.pipes(pub)).contains(pubPipe), () -> List.of(Wires.pipes(pub)));
        Connection.Side pubSide = Wires.side("pub", "out", PUB, pubPipe);
        Connection connection = registry.register(pubSide, System.nanoTime());
        if (registerSub) {
            registry.register(Wires.side(node, "in", SUB, subPipe), System.nanoTime());
        }
        tracker.bind(pubSide, connection);
        tracker.onNewPipe(pubPipe, pubSide, null);
        return pubSide;
    }

    private void publish(PubLossTracker tracker, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertThat(pub.send(bytes, ZMQ.DONTWAIT)).as("a PUB never refuses a send").isTrue();
        published++;
        tracker.onSent(bytes);
    }

    /** Publishes until the side gets its first message (its subscription has arrived); returns how many. */
    private int publishUntilJoined(PubLossTracker tracker, Connection.Side side, String text) {
        for (int n = 1; n <= 1_000; n++) {
            publish(tracker, text);
            if (side.written() > 0) {
                return n;
            }
        }
        throw new AssertionError("the subscriber never joined: its subscription did not reach the publisher");
    }

    @Test
    void a_started_subscriber_loses_what_matched_before_its_subscription_arrived() {
        SubscriberLife life = new SubscriberLife(generation);
        life.started();
        PubLossTracker.Watch reader = watch("reader", life, "");
        PubLossTracker tracker = tracker(reader);
        bindPublisher(0);
        ZMQ.Socket sub = wires.socket(SocketType.SUB);
        Connection.Side side = connect(sub, "reader", tracker, true);

        for (int i = 0; i < 5; i++) {
            publish(tracker, "early " + i);
        }
        assertThat(tracker.watching()).as("a started subscriber that has not joined is watched").isTrue();
        sub.subscribe(new byte[0]);
        int n = publishUntilJoined(tracker, side, "joining");
        tracker.tick();

        assertThat(reader.joined).isTrue();
        assertThat(reader.slowJoinerLosses).as("everything before the joining message").isEqualTo(5 + n - 1);
        assertThat(reader.hwmLosses).isZero();
        assertThat(tracker.watching()).as("once every started subscriber joined, no per-message loop").isFalse();
        assertThat(dropCounts).isEmpty();
    }

    /**
     * At full speed a publisher can send everything between its subscriber's join and the moment
     * the registry learns whose pipe that is: the loss shown meanwhile must not climb to all of it.
     */
    @Test
    void a_join_not_yet_attributed_holds_the_slow_joiner_count_at_the_join() {
        SubscriberLife life = new SubscriberLife(generation);
        life.started();
        PubLossTracker.Watch reader = watch("reader", life, "");
        PubLossTracker tracker = tracker(reader);
        bindPublisher(0);
        ZMQ.Socket sub = wires.socket(SocketType.SUB);
        Connection.Side side = connect(sub, "reader", tracker, false);
        publish(tracker, "early");
        sub.subscribe(new byte[0]);
        int n = publishUntilJoined(tracker, side, "joining");

        for (int i = 0; i < 500; i++) {
            publish(tracker, "delivered " + i);
        }
        tracker.tick();
        assertThat(reader.joined).as("the registry does not know the other side yet").isFalse();
        assertThat(reader.slowJoinerLosses).as("held at what was lost before the join").isEqualTo(1 + n - 1);

        registry.register(Wires.side("reader", "in", SUB, Wires.onlyPipe(sub)), System.nanoTime());
        tracker.tick();
        assertThat(reader.joined).isTrue();
        assertThat(reader.slowJoinerLosses).isEqualTo(1 + n - 1);
    }

    @Test
    void after_the_join_what_a_full_pipe_refused_is_an_hwm_loss_settled_on_the_tick_and_told_to_the_listener() {
        SubscriberLife life = new SubscriberLife(generation);
        life.started();
        PubLossTracker.Watch reader = watch("reader", life, "");
        PubLossTracker tracker = tracker(reader);
        bindPublisher(5);
        ZMQ.Socket sub = wires.socket(SocketType.SUB, 0, 5);
        Connection.Side side = connect(sub, "reader", tracker, true);
        sub.subscribe(new byte[0]);
        publishUntilJoined(tracker, side, "joining");
        long joinedAt = published - 1; // the joining message was delivered

        for (int i = 0; i < 60; i++) {
            publish(tracker, "flood " + i);
        }
        assertThat(reader.hwmLosses).as("losses are settled on the tick, not per message").isZero();
        tracker.tick();

        long lost = (published - joinedAt) - side.written();
        assertThat(lost).as("a pipe of HWM 10 cannot take 61 messages").isPositive();
        assertThat(reader.hwmLosses).isEqualTo(lost);
        assertThat(reader.slowJoinerLosses).isEqualTo(joinedAt);
        assertThat(dropCounts.stream().mapToLong(Long::longValue).sum()).isEqualTo(lost);
        assertThat(dropConnections).allMatch(c -> c == registry.connections().get(0));

        // The reader catches up: what fits now is no loss, and the listener hears nothing new.
        while (sub.recv(ZMQ.DONTWAIT) != null) {
            // drain
        }
        int told = dropCounts.size();
        long writtenBefore = side.written();
        publish(tracker, "fits");
        assertThat(side.written()).as("room again after the reader caught up").isEqualTo(writtenBefore + 1);
        tracker.tick();
        assertThat(reader.hwmLosses).isEqualTo(lost);
        assertThat(dropCounts).hasSize(told);

        for (int i = 0; i < 60; i++) {
            publish(tracker, "flood again " + i);
        }
        tracker.tick();
        long lostNow = (published - joinedAt) - side.written();
        assertThat(reader.hwmLosses).isEqualTo(lostNow);
        assertThat(dropCounts.subList(told, dropCounts.size()).stream().mapToLong(Long::longValue).sum())
                .as("the listener gets the increment, not the total").isEqualTo(lostNow - lost);
    }

    @Test
    void messages_a_prefix_filter_rejects_are_never_losses() {
        SubscriberLife life = new SubscriberLife(generation);
        life.started();
        PubLossTracker.Watch reader = watch("reader", life, "a");
        PubLossTracker tracker = tracker(reader);
        bindPublisher(5);
        ZMQ.Socket sub = wires.socket(SocketType.SUB, 0, 5);
        Connection.Side side = connect(sub, "reader", tracker, true);

        for (int i = 0; i < 3; i++) {
            publish(tracker, "a early");
            publish(tracker, "b early");
        }
        sub.subscribe("a".getBytes(StandardCharsets.UTF_8));
        publish(tracker, "b rejected");
        int n = publishUntilJoined(tracker, side, "a joining");
        long matchingSinceJoin = 1;
        for (int i = 0; i < 40; i++) {
            publish(tracker, "a flood");
            publish(tracker, "b flood");
            matchingSinceJoin++;
        }
        tracker.tick();

        assertThat(reader.slowJoinerLosses).as("only the 'a' messages before the join").isEqualTo(3 + n - 1);
        assertThat(reader.hwmLosses).as("only 'a' messages the full pipe refused")
                .isEqualTo(matchingSinceJoin - side.written()).isPositive();
        assertThat(reader.sentWhileAway).isZero();
    }

    @Test
    void a_subscriber_that_stops_and_starts_again_joins_afresh_and_keeps_its_earlier_losses() {
        SubscriberLife life = new SubscriberLife(generation);
        life.started();
        PubLossTracker.Watch reader = watch("reader", life, "");
        PubLossTracker tracker = tracker(reader);
        bindPublisher(0);
        ZMQ.Socket first = wires.socket(SocketType.SUB);
        Connection.Side firstSide = connect(first, "reader", tracker, true);
        publish(tracker, "early 1");
        publish(tracker, "early 2");
        first.subscribe(new byte[0]);
        long firstLosses = 2 + publishUntilJoined(tracker, firstSide, "joining") - 1;

        // The node stops as a NodeRunner stops it: socket closed, then the life told.
        wires.context.destroySocket(first);
        life.stopped();
        Runs.await("the publisher to drop the closed subscriber's pipe", 2_000,
                () -> Wires.pipes(pub).length == 0, () -> List.of(Wires.pipes(pub)));
        tracker.onPipeGone(firstSide.pipe);
        for (int i = 0; i < 4; i++) {
            publish(tracker, "while away " + i);
        }
        tracker.tick();
        assertThat(reader.sentWhileAway).as("messages sent while its node was down").isEqualTo(4);
        assertThat(reader.slowJoinerLosses).isEqualTo(firstLosses);

        life.started();
        ZMQ.Socket second = wires.socket(SocketType.SUB);
        Connection.Side secondSide = connect(second, "reader", tracker, true);
        for (int i = 0; i < 3; i++) {
            publish(tracker, "before the second join " + i);
        }
        second.subscribe(new byte[0]);
        long secondLosses = 3 + publishUntilJoined(tracker, secondSide, "joining again") - 1;
        tracker.tick();

        assertThat(reader.joined).isTrue();
        assertThat(reader.slowJoinerLosses).as("both incarnations' slow-joiner losses")
                .isEqualTo(firstLosses + secondLosses);
        assertThat(reader.sentWhileAway).isEqualTo(4);
        assertThat(reader.hwmLosses).isZero();
    }

    @Test
    void a_connection_remade_while_the_subscriber_runs_counts_only_what_each_join_missed() {
        SubscriberLife life = new SubscriberLife(generation);
        life.started();
        PubLossTracker.Watch reader = watch("reader", life, "");
        PubLossTracker tracker = tracker(reader);
        bindPublisher(0);
        ZMQ.Socket first = wires.socket(SocketType.SUB);
        Connection.Side firstSide = connect(first, "reader", tracker, true);
        publish(tracker, "early");
        first.subscribe(new byte[0]);
        long firstLosses = 1 + publishUntilJoined(tracker, firstSide, "joining") - 1;
        publish(tracker, "delivered");

        // The connection goes (as a tcp connection can) while the subscriber's node keeps running.
        wires.context.destroySocket(first);
        Runs.await("the publisher to drop the lost connection's pipe", 2_000,
                () -> Wires.pipes(pub).length == 0, () -> List.of(Wires.pipes(pub)));
        tracker.onPipeGone(firstSide.pipe);
        ZMQ.Socket again = wires.socket(SocketType.SUB);
        Connection.Side againSide = connect(again, "reader", tracker, true);
        publish(tracker, "while reconnecting");
        again.subscribe(new byte[0]);
        long secondLosses = 1 + publishUntilJoined(tracker, againSide, "joining again") - 1;
        tracker.tick();

        assertThat(reader.slowJoinerLosses).as("the first joining message was delivered, not lost")
                .isEqualTo(firstLosses + secondLosses);
        assertThat(reader.hwmLosses).isZero();
    }

    @Test
    void what_is_sent_after_a_subscriber_stopped_but_before_its_pipe_went_is_away_not_an_hwm_loss() {
        SubscriberLife life = new SubscriberLife(generation);
        life.started();
        PubLossTracker.Watch reader = watch("reader", life, "");
        PubLossTracker tracker = tracker(reader);
        bindPublisher(0);
        ZMQ.Socket sub = wires.socket(SocketType.SUB);
        Connection.Side side = connect(sub, "reader", tracker, true);
        sub.subscribe(new byte[0]);
        publishUntilJoined(tracker, side, "joining");
        publish(tracker, "delivered");

        // As a NodeRunner stops a node: its life says stopped, then its socket closes.
        life.stopped();
        publish(tracker, "after the stop, into the pipe");
        wires.context.destroySocket(sub);
        for (int i = 0; i < 20; i++) {
            publish(tracker, "after the socket closed " + i);
        }
        Runs.await("the publisher to drop the closed subscriber's pipe", 2_000,
                () -> Wires.pipes(pub).length == 0, () -> List.of(Wires.pipes(pub)));
        tracker.tick();
        tracker.onPipeGone(side.pipe);
        tracker.tick();

        assertThat(reader.sentWhileAway).isEqualTo(21);
        assertThat(reader.hwmLosses).as("a message the subscriber was not there for is not lost too").isZero();
        assertThat(dropCounts).isEmpty();
    }

    @Test
    void a_subscriber_restarted_before_its_old_pipe_went_keeps_its_new_join() {
        SubscriberLife life = new SubscriberLife(generation);
        life.started();
        PubLossTracker.Watch reader = watch("reader", life, "");
        PubLossTracker tracker = tracker(reader);
        bindPublisher(0);
        ZMQ.Socket old = wires.socket(SocketType.SUB);
        Connection.Side oldSide = connect(old, "reader", tracker, true);
        old.subscribe(new byte[0]);
        long firstLosses = publishUntilJoined(tracker, oldSide, "joining") - 1;

        // Stopped and started again between two messages; the new socket subscribes at once.
        life.stopped();
        wires.context.destroySocket(old);
        life.started();
        ZMQ.Socket fresh = wires.socket(SocketType.SUB);
        fresh.subscribe(new byte[0]);
        fresh.connect("inproc://news");
        Pipe freshPipe = Wires.onlyPipe(fresh);
        Connection.Side freshSide = Wires.side("pub", "out", PUB, Introspection.peer(freshPipe));
        Connection connection = registry.register(freshSide, System.nanoTime());
        registry.register(Wires.side("reader", "in", SUB, freshPipe), System.nanoTime());
        // One message: the publisher drops the old pipe, attaches the new one and writes into it.
        publish(tracker, "joins the new pipe");
        assertThat(freshSide.written()).as("the new subscription arrived with the message").isEqualTo(1);
        // A tap's refresh sees new pipes first, then the gone ones.
        tracker.bind(freshSide, connection);
        tracker.onNewPipe(freshSide.pipe, freshSide, "joins the new pipe".getBytes(StandardCharsets.UTF_8));
        tracker.onPipeGone(oldSide.pipe);
        for (int i = 0; i < 5; i++) {
            publish(tracker, "delivered " + i);
        }
        tracker.tick();

        assertThat(reader.joined).as("the old pipe's end does not undo the new join").isTrue();
        assertThat(reader.slowJoinerLosses).isEqualTo(firstLosses);
        assertThat(freshSide.written()).isEqualTo(6);
        assertThat(reader.hwmLosses).isZero();
    }

    @Test
    void matching_messages_sent_while_a_subscriber_is_not_running_are_counted_as_sent_while_away() {
        // No sockets: until a pipe joins, the tracker needs only the messages and the lives.
        SubscriberLife allLife = new SubscriberLife(generation);
        SubscriberLife prefixLife = new SubscriberLife(generation);
        PubLossTracker.Watch all = watch("all", allLife, "");
        PubLossTracker.Watch prefix = watch("prefix", prefixLife, "a", "c");
        PubLossTracker tracker = new PubLossTracker(List.of(all, prefix), generation::get);

        sendBytes(tracker, "a1", "a2", "b1", "c1");
        tracker.tick();
        assertThat(all.sentWhileAway).as("before it ever started").isEqualTo(4);
        assertThat(prefix.sentWhileAway).isEqualTo(3);

        allLife.started();
        prefixLife.started();
        sendBytes(tracker, "a3", "b2");
        tracker.tick();
        assertThat(all.sentWhileAway).as("nothing while running").isEqualTo(4);
        assertThat(prefix.sentWhileAway).isEqualTo(3);
        assertThat(all.slowJoinerLosses).as("running but not joined: slow-joiner losses").isEqualTo(2);
        assertThat(prefix.slowJoinerLosses).isEqualTo(1);

        allLife.stopped();
        prefixLife.stopped();
        sendBytes(tracker, "a4", "b3", "b4");
        tracker.tick();
        assertThat(all.sentWhileAway).as("after it stopped, from the first message on").isEqualTo(7);
        assertThat(prefix.sentWhileAway).isEqualTo(4);

        allLife.started();
        prefixLife.started();
        sendBytes(tracker, "a5");
        tracker.tick();
        assertThat(all.sentWhileAway).isEqualTo(7);
        assertThat(prefix.sentWhileAway).isEqualTo(4);
        assertThat(all.slowJoinerLosses).as("the second incarnation's, added").isEqualTo(3);
        assertThat(prefix.slowJoinerLosses).isEqualTo(2);
    }

    private static void sendBytes(PubLossTracker tracker, String... messages) {
        for (String m : messages) {
            tracker.onSent(m.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void a_subscriber_outside_the_topology_is_not_counted_and_does_not_end_a_watched_subscribers_wait() {
        SubscriberLife life = new SubscriberLife(generation);
        life.started();
        PubLossTracker.Watch reader = watch("reader", life, "");
        PubLossTracker tracker = tracker(reader);
        bindPublisher(2);
        // An outside program: its end is never registered, its filter never known.
        ZMQ.Socket outsider = wires.socket(SocketType.SUB, 0, 2);
        Connection.Side outsiderSide = connect(outsider, "outsider", tracker, false);
        outsider.subscribe(new byte[0]);

        for (int i = 0; i < 30; i++) {
            publish(tracker, "m" + i);
        }
        tracker.tick();

        assertThat(outsiderSide.written()).as("the outsider got some, and its pipe filled").isPositive()
                .isLessThan(30);
        assertThat(dropCounts).as("no drops told for a subscriber whose filter is unknown").isEmpty();
        assertThat(reader.joined).isFalse();
        assertThat(tracker.watching()).isTrue();
        // Until the outsider's pipe is known not to be the reader's, the reader's count is held.
        assertThat(reader.slowJoinerLosses).as("held while the joined pipe is unattributed").isZero();
        // The tap names the peer outside after its grace period; then all 30 were the reader's losses.
        registry.connections().stream().filter(c -> c.first().pipe == outsiderSide.pipe
                || c.second() != null && c.second().pipe == outsiderSide.pipe).findFirst().orElseThrow()
                .externalAddress("192.0.2.7");
        tracker.tick();
        assertThat(reader.slowJoinerLosses).as("the watched reader still waits for its own join").isEqualTo(30);
        assertThat(reader.hwmLosses).isZero();
    }
}
