package org.zmqdesigner.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.zeromq.SocketType;
import org.zeromq.ZMQ;
import org.zmqdesigner.engine.event.RunEvent;
import org.zmqdesigner.engine.model.Topology;
import zmq.pipe.Pipe;

/** True queue depth per link, from the pipe counters of both ends of each connection. */
class QueueSamplerTest {

    private static final Topology TASKS = Wires.oneLink("tasks", "dst", "in", "PULL", "src", "out", "PUSH",
            "inproc://tasks");

    private final Wires wires = new Wires();

    @AfterEach
    void closeSockets() {
        wires.close();
    }

    private ZMQ.Socket push;
    private ZMQ.Socket pull;

    /** src/out PUSH bound, dst/in PULL connected on inproc, both sides registered as their taps would. */
    private RunContext tasks(int pushSndhwm, int pullRcvhwm) {
        RunContext run = wires.run(TASKS);
        push = wires.socket(SocketType.PUSH, pushSndhwm, 0);
        push.bind("inproc://tasks");
        pull = wires.socket(SocketType.PULL, 0, pullRcvhwm);
        pull.connect("inproc://tasks");
        run.registry().register(Wires.side("src", "out", org.zmqdesigner.engine.model.SocketType.PUSH,
                Wires.onlyPipe(push)), 0);
        run.registry().register(Wires.side("dst", "in", org.zmqdesigner.engine.model.SocketType.PULL,
                Wires.onlyPipe(pull)), 0);
        return run;
    }

    private List<RunEvent.QueueDepth> depths() {
        wires.drain();
        return wires.of(RunEvent.QueueDepth.class);
    }

    @Test
    void depth_is_what_the_sender_wrote_less_what_the_receiver_read() {
        QueueSampler sampler = new QueueSampler(tasks(0, 0));
        for (int i = 0; i < 5; i++) {
            push.send("task " + i);
        }
        pull.recv();
        pull.recv();

        sampler.sample();

        assertThat(depths()).extracting(RunEvent.QueueDepth::link, RunEvent.QueueDepth::depth)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("tasks", 3L));
    }

    @Test
    void depth_adds_up_both_directions_of_a_connection() {
        RunContext run = wires.run(Wires.oneLink("chat", "b", "p", "PAIR", "a", "p", "PAIR", "inproc://chat"));
        ZMQ.Socket a = wires.socket(SocketType.PAIR);
        a.bind("inproc://chat");
        ZMQ.Socket b = wires.socket(SocketType.PAIR);
        b.connect("inproc://chat");
        run.registry().register(Wires.side("a", "p", org.zmqdesigner.engine.model.SocketType.PAIR,
                Wires.onlyPipe(a)), 0);
        run.registry().register(Wires.side("b", "p", org.zmqdesigner.engine.model.SocketType.PAIR,
                Wires.onlyPipe(b)), 0);
        for (int i = 0; i < 3; i++) {
            a.send("from a " + i);
        }
        b.send("from b 1");
        b.send("from b 2");
        b.recv();

        new QueueSampler(run).sample();

        assertThat(depths()).extracting(RunEvent.QueueDepth::depth).as("2 waiting for b, 2 waiting for a")
                .containsExactly(4L);
    }

    @Test
    void a_subscription_waiting_for_the_publisher_is_no_queue_depth() {
        RunContext run = wires.run(Wires.oneLink("news", "reader", "in", "SUB", "pub", "out", "PUB",
                "inproc://news"));
        ZMQ.Socket pub = wires.socket(SocketType.PUB);
        pub.bind("inproc://news");
        ZMQ.Socket sub = wires.socket(SocketType.SUB);
        sub.connect("inproc://news");
        sub.subscribe(new byte[0]);
        Pipe subPipe = Wires.onlyPipe(sub);
        // The publisher's end, taken without entering the PUB: it has not read the subscription yet.
        Connection.Side publisher = Wires.side("pub", "out", org.zmqdesigner.engine.model.SocketType.PUB,
                Introspection.peer(subPipe));
        Connection.Side subscriber = Wires.side("reader", "in", org.zmqdesigner.engine.model.SocketType.SUB, subPipe);
        run.registry().register(publisher, 0);
        run.registry().register(subscriber, 0);
        assertThat(subscriber.written() - publisher.read()).as("the subscription is in the pipe, unread").isEqualTo(1);

        new QueueSampler(run).sample();

        assertThat(depths()).extracting(RunEvent.QueueDepth::depth).containsExactly(0L);
    }

    @Test
    void the_capacity_of_an_inproc_link_is_the_senders_send_hwm_plus_the_receivers_receive_hwm() {
        QueueSampler sampler = new QueueSampler(tasks(7, 5));

        sampler.sample();

        assertThat(depths()).extracting(RunEvent.QueueDepth::capacity).containsExactly(12L);
    }

    @Test
    void over_tcp_depth_counts_what_sits_between_the_sockets_and_capacity_is_send_plus_receive_hwm() {
        RunContext run = wires.run(TASKS);
        push = wires.socket(SocketType.PUSH, 7, 0);
        int port = push.bindToRandomPort("tcp://127.0.0.1");
        pull = wires.socket(SocketType.PULL, 0, 5);
        pull.connect("tcp://127.0.0.1:" + port);
        Pipe[] ends = new Pipe[2];
        Runs.await("the tcp connection to be up on both sides", 5_000, () -> {
            Pipe[] a = Wires.pipes(push);
            Pipe[] b = Wires.pipes(pull);
            ends[0] = a.length == 1 && Introspection.tcpAddresses(a[0]) != null ? a[0] : null;
            ends[1] = b.length == 1 && Introspection.tcpAddresses(b[0]) != null ? b[0] : null;
            return ends[0] != null && ends[1] != null;
        }, () -> List.of(ends));
        run.registry().register(new Connection.Side("src", "out", org.zmqdesigner.engine.model.SocketType.PUSH,
                ends[0], 0, 0, Introspection.tcpAddresses(ends[0])), 0);
        run.registry().register(new Connection.Side("dst", "in", org.zmqdesigner.engine.model.SocketType.PULL,
                ends[1], 0, 0, Introspection.tcpAddresses(ends[1])), 0);
        assertThat(run.registry().connections()).hasSize(1).allMatch(Connection::complete);
        for (int i = 0; i < 5; i++) {
            push.send("task " + i);
        }
        pull.recv();
        pull.recv();

        new QueueSampler(run).sample();

        assertThat(depths()).extracting(RunEvent.QueueDepth::depth, RunEvent.QueueDepth::capacity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, 12L));
    }

    @Test
    void a_depth_is_published_only_when_it_changed_and_the_deepest_is_kept() {
        QueueSampler sampler = new QueueSampler(tasks(0, 0));
        for (int i = 0; i < 3; i++) {
            push.send("task " + i);
        }
        sampler.sample();
        sampler.sample();
        for (int i = 0; i < 3; i++) {
            pull.recv();
        }
        sampler.sample();
        sampler.sample();
        push.send("one more");
        sampler.sample();

        assertThat(depths()).extracting(RunEvent.QueueDepth::depth).containsExactly(3L, 0L, 1L);
        assertThat(sampler.maxDepth("tasks")).isEqualTo(3);
        assertThat(sampler.maxDepth("no such link")).isZero();
    }

    @Test
    void a_link_whose_last_connection_closed_reads_empty_once() {
        RunContext run = tasks(0, 0);
        QueueSampler sampler = new QueueSampler(run);
        for (int i = 0; i < 3; i++) {
            push.send("task " + i);
        }
        sampler.sample();
        Connection c = run.registry().connections().get(0);

        // The receiver is killed: both sides retire, and its queue goes with the connection.
        run.registry().retire(c, c.second());
        run.registry().retire(c, c.first());
        sampler.sample();
        sampler.sample();

        assertThat(depths()).extracting(RunEvent.QueueDepth::depth).as("not the last depth, forever")
                .containsExactly(3L, 0L);
        assertThat(depths()).extracting(RunEvent.QueueDepth::capacity).as("the link's HWM is still its HWM")
                .containsExactly(2000L, 2000L);
        assertThat(sampler.maxDepth("tasks")).isEqualTo(3);
    }

    @Test
    void a_connection_with_one_side_or_no_link_is_not_sampled() {
        RunContext run = wires.run(TASKS);
        ZMQ.Socket lonely = wires.socket(SocketType.PUSH);
        lonely.bind("inproc://lonely");
        ZMQ.Socket outsider = wires.socket(SocketType.PULL);
        outsider.connect("inproc://lonely");
        run.registry().register(Wires.side("src", "out", org.zmqdesigner.engine.model.SocketType.PUSH,
                Wires.onlyPipe(lonely)), 0);
        lonely.send("to nobody the run knows");

        new QueueSampler(run).sample();

        assertThat(depths()).isEmpty();
    }

    @Test
    void stopping_takes_a_final_sample_and_ends_the_thread() {
        QueueSampler sampler = new QueueSampler(tasks(0, 0));
        sampler.start();
        Runs.await("the sampler to publish the empty queue", 2_000, () -> !depths().isEmpty(), this::depths);
        assertThat(sampler.running()).isTrue();

        sampler.stop();
        assertThat(sampler.running()).isFalse();
        for (int i = 0; i < 4; i++) {
            push.send("after the thread ended " + i);
        }
        sampler.stop(); // a stop that finds the thread gone still samples

        List<RunEvent.QueueDepth> depths = depths();
        assertThat(depths.get(depths.size() - 1).depth()).isEqualTo(4);
    }
}
