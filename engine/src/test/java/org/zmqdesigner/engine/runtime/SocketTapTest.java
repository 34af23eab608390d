package org.zmqdesigner.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.zeromq.SocketType;
import org.zeromq.ZMQ;
import org.zmqdesigner.engine.event.RunEvent;
import org.zmqdesigner.engine.event.RunEvent.ConnectionState;
import org.zmqdesigner.engine.model.Topology;

/**
 * A socket watched from its own thread (here the test thread): connections registered as pipes
 * appear, traffic reported per tick, closed connections retired, traced messages matched up.
 */
class SocketTapTest {

    private static final Topology TASKS = Wires.oneLink("tasks", "dst", "in", "PULL", "src", "out", "PUSH",
            "inproc://tasks");

    private final Wires wires = new Wires();
    private final RunContext run = wires.run(TASKS);

    @AfterEach
    void closeSockets() {
        wires.close();
    }

    private SocketTap tap(String node, String socket, org.zmqdesigner.engine.model.SocketType type, ZMQ.Socket s) {
        return new SocketTap(node, socket, type, s, run);
    }

    private ZMQ.Socket push;
    private ZMQ.Socket pull;

    /** src/out (PUSH, bound) and dst/in (PULL, connected), each with its tap, both ticked once. */
    private SocketTap[] connectedPair() {
        push = wires.socket(SocketType.PUSH);
        push.bind("inproc://tasks");
        pull = wires.socket(SocketType.PULL);
        pull.connect("inproc://tasks");
        Wires.onlyPipe(push);
        SocketTap src = tap("src", "out", org.zmqdesigner.engine.model.SocketType.PUSH, push);
        SocketTap dst = tap("dst", "in", org.zmqdesigner.engine.model.SocketType.PULL, pull);
        src.tick(System.nanoTime());
        dst.tick(System.nanoTime());
        return new SocketTap[] {src, dst};
    }

    private List<RunEvent.Flow> flowsOf(String node) {
        wires.drain();
        return wires.of(RunEvent.Flow.class).stream().filter(f -> f.node().equals(node)).toList();
    }

    @Test
    void a_tick_registers_each_new_pipe_as_a_connection_and_the_side_completing_it_names_the_link_connected() {
        connectedPair();

        List<Connection> connections = run.registry().connections();
        assertThat(connections).hasSize(1);
        Connection c = connections.get(0);
        assertThat(c.complete()).as("both taps registered their side of the one connection").isTrue();
        assertThat(c.link()).isEqualTo("tasks");
        List<RunEvent.ConnectionChanged> changes = wires.await(RunEvent.ConnectionChanged.class, 2);
        assertThat(changes).extracting(RunEvent.ConnectionChanged::node).containsExactly("src", "dst");
        assertThat(changes).allMatch(e -> e.state() == ConnectionState.CONNECTED);
        // The first side to register cannot know the link (its peer is not known yet); the side
        // that completes the connection names it, which is the event the canvas uses.
        assertThat(changes.get(1).link()).isEqualTo("tasks");
    }

    @Test
    void each_tick_reports_what_moved_on_a_connection_since_the_last_one_as_one_flow() {
        SocketTap[] taps = connectedPair();
        for (int i = 0; i < 3; i++) {
            push.send("task " + i);
        }
        taps[0].tick(System.nanoTime());
        pull.recv();
        pull.recv();
        taps[1].tick(System.nanoTime());
        taps[0].tick(System.nanoTime()); // nothing new: no flow
        push.send("task 3");
        taps[0].tick(System.nanoTime());

        String id = run.registry().connections().get(0).id;
        assertThat(flowsOf("src")).extracting(RunEvent.Flow::sent, RunEvent.Flow::received)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, 0L), org.assertj.core.groups.Tuple.tuple(1L, 0L));
        assertThat(flowsOf("dst")).extracting(RunEvent.Flow::sent, RunEvent.Flow::received)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0L, 2L));
        assertThat(flowsOf("src")).allMatch(f -> f.connection().equals(id) && "tasks".equals(f.link())
                && f.peer().equals(new RunEvent.Peer.InDesign("dst")));
    }

    @Test
    void a_pipe_that_vanished_is_closed_with_its_last_flow_and_its_connection_retired() {
        SocketTap[] taps = connectedPair();
        push.send("told at close 1");
        push.send("told at close 2");
        taps[1].closeAll(System.nanoTime());
        wires.context.destroySocket(pull);

        Runs.await("the sender's tap to see the pipe go", 2_000, () -> {
            taps[0].tick(System.nanoTime());
            return run.registry().connections().isEmpty();
        }, run.registry()::connections);

        assertThat(run.registry().snapshot().retiredSent()).isEqualTo(Map.of("tasks", 2L));
        assertThat(flowsOf("src")).extracting(RunEvent.Flow::sent).containsExactly(2L);
        assertThat(wires.of(RunEvent.ConnectionChanged.class)).filteredOn(e -> e.node().equals("src"))
                .extracting(RunEvent.ConnectionChanged::state)
                .containsExactly(ConnectionState.CONNECTED, ConnectionState.DISCONNECTED);
    }

    /** src/out PUSH bound on a random tcp port with its tap; the tap's first tick once a peer is up. */
    private SocketTap tcpSource() {
        push = wires.socket(SocketType.PUSH);
        int port = push.bindToRandomPort("tcp://127.0.0.1");
        pull = wires.socket(SocketType.PULL);
        pull.connect("tcp://127.0.0.1:" + port);
        Runs.await("the tcp connection to be up on the bound side", 5_000, () -> {
            zmq.pipe.Pipe[] pipes = Wires.pipes(push);
            // Handshaken, not only attached: JeroMQ attaches an accepted pipe before the handshake,
            // and only a ZeroMQ connection can be an outside program.
            return pipes.length == 1 && Introspection.tcpAddresses(pipes[0]) != null
                    && Introspection.handshaken(pipes[0]);
        }, () -> List.of(Wires.pipes(push)));
        return tap("src", "out", org.zmqdesigner.engine.model.SocketType.PUSH, push);
    }

    @Test
    void a_tcp_peer_no_side_of_the_run_claims_within_the_grace_period_is_named_outside_until_it_leaves() {
        SocketTap src = tcpSource();
        long opened = System.nanoTime();
        src.tick(opened);
        push.send("to the outsider");
        src.tick(opened + RunContext.EXTERNAL_GRACE_NANOS / 2);
        assertThat(wires.of(RunEvent.ExternalPeer.class)).as("within the grace period").isEmpty();

        src.tick(opened + RunContext.EXTERNAL_GRACE_NANOS + RunContext.TICK_NANOS);
        Connection c = run.registry().connections().get(0);
        String address = c.first().peerAddress();
        assertThat(c.externalAddress()).isEqualTo(address).startsWith("127.0.0.1:");
        assertThat(wires.await(RunEvent.ExternalPeer.class, 1).get(0))
                .isEqualTo(new RunEvent.ExternalPeer(wires.of(RunEvent.ExternalPeer.class).get(0).nanos(), "src",
                        "out", address, true));
        push.send("to the outsider again");
        src.tick(System.nanoTime() + RunContext.EXTERNAL_GRACE_NANOS * 2);
        // What went out within the grace period is told once the peer is known: to the outsider.
        assertThat(flowsOf("src")).extracting(RunEvent.Flow::peer)
                .containsExactly(new RunEvent.Peer.Outside(address), new RunEvent.Peer.Outside(address));

        wires.context.destroySocket(pull);
        Runs.await("the outsider's connection to close", 5_000, () -> {
            src.tick(System.nanoTime() + RunContext.EXTERNAL_GRACE_NANOS * 2);
            return run.registry().connections().isEmpty();
        }, run.registry()::connections);
        wires.drain();
        assertThat(wires.of(RunEvent.ExternalPeer.class)).extracting(RunEvent.ExternalPeer::connected)
                .containsExactly(true, false);
        assertThat(run.registry().snapshot().retiredExternal()).containsOnlyKeys("127.0.0.1");
        assertThat(run.registry().snapshot().retiredExternal().get("127.0.0.1")).as("{connections, messages}")
                .containsExactly(1, 2);
    }

    @Test
    void a_tcp_peer_that_leaves_before_the_grace_period_ends_is_still_named_outside() {
        SocketTap src = tcpSource();
        long opened = System.nanoTime();
        src.tick(opened);
        String address = run.registry().connections().get(0).first().peerAddress();

        wires.context.destroySocket(pull);
        Runs.await("the outsider's connection to close", 5_000, () -> {
            src.tick(opened);
            return run.registry().connections().isEmpty();
        }, run.registry()::connections);

        wires.drain();
        assertThat(wires.of(RunEvent.ExternalPeer.class)).extracting(RunEvent.ExternalPeer::address,
                RunEvent.ExternalPeer::connected).containsExactly(
                org.assertj.core.groups.Tuple.tuple(address, true), org.assertj.core.groups.Tuple.tuple(address, false));
    }

    @Test
    void an_outside_program_on_a_devices_socket_is_named_like_any_outsider() {
        // A device runs its own proxy loop and observes its sockets like any node: a zguide
        // program joining the broker's port shows as an outsider (the design's client is another).
        RunContext broker = wires.run(Wires.topology("""
                {"formatVersion": 1, "nodes": [
                  {"id": "broker", "kind": "queue", "sockets": [
                     {"id": "frontend", "type": "ROUTER", "binds": ["tcp://127.0.0.1:7001"]},
                     {"id": "backend", "type": "DEALER", "binds": ["tcp://127.0.0.1:7002"]}]},
                  {"id": "client", "sockets": [{"id": "req", "type": "REQ"}]}],
                 "links": [{"id": "c", "from": {"node": "client", "socket": "req"},
                            "to": {"node": "broker", "socket": "frontend"}, "endpoint": "tcp://127.0.0.1:7001"}]}
                """));
        ZMQ.Socket frontend = wires.socket(SocketType.ROUTER);
        int port = frontend.bindToRandomPort("tcp://127.0.0.1");
        ZMQ.Socket client = wires.socket(SocketType.REQ);
        client.connect("tcp://127.0.0.1:" + port);
        Runs.await("the tcp connection to be up on the device's side", 5_000, () -> {
            zmq.pipe.Pipe[] pipes = Wires.pipes(frontend);
            return pipes.length == 1 && Introspection.tcpAddresses(pipes[0]) != null;
        }, () -> List.of(Wires.pipes(frontend)));
        client.send("Hello");
        frontend.setReceiveTimeOut(5_000);
        assertThat(frontend.recv()).as("the routing id").isNotNull();
        assertThat(frontend.recv()).as("the empty delimiter").isEmpty();
        assertThat(frontend.recvStr()).isEqualTo("Hello");
        SocketTap tap = new SocketTap("broker", "frontend", org.zmqdesigner.engine.model.SocketType.ROUTER,
                frontend, broker);
        long opened = System.nanoTime();
        tap.tick(opened);
        tap.tick(opened + RunContext.EXTERNAL_GRACE_NANOS * 2);
        tap.closeAll(opened + RunContext.EXTERNAL_GRACE_NANOS * 2);

        wires.drain();
        assertThat(wires.of(RunEvent.ExternalPeer.class)).extracting(RunEvent.ExternalPeer::node,
                RunEvent.ExternalPeer::connected).containsExactly(
                org.assertj.core.groups.Tuple.tuple("broker", true), org.assertj.core.groups.Tuple.tuple("broker", false));
        assertThat(broker.registry().snapshot().retiredExternal()).containsOnlyKeys("127.0.0.1");
    }

    @Test
    void a_tcp_reconnect_on_the_same_pipe_is_a_new_connection_counted_from_zero() {
        // The dialling side keeps one pipe across reconnects; each reconnect is a new connection.
        ZMQ.Socket dialler = wires.socket(SocketType.PUSH);
        dialler.setReconnectIVL(10);
        ZMQ.Socket first = wires.socket(SocketType.PULL);
        int port = first.bindToRandomPort("tcp://127.0.0.1");
        dialler.connect("tcp://127.0.0.1:" + port);
        SocketTap src = tap("src", "out", org.zmqdesigner.engine.model.SocketType.PUSH, dialler);
        Runs.await("the first connection", 5_000, () -> {
            src.tick(System.nanoTime());
            return run.registry().connections().size() == 1;
        }, run.registry()::connections);
        Connection before = run.registry().connections().get(0);
        for (int i = 0; i < 3; i++) {
            dialler.send("first " + i);
        }
        for (int i = 0; i < 3; i++) {
            assertThat(first.recvStr()).isEqualTo("first " + i);
        }

        wires.context.destroySocket(first);
        ZMQ.Socket second = wires.socket(SocketType.PULL);
        Runs.await("the port to be bound again", 5_000, () -> {
            try {
                return second.bind("tcp://127.0.0.1:" + port);
            } catch (org.zeromq.ZMQException e) {
                return false;
            }
        }, () -> port);
        Runs.await("the dialler to reconnect", 5_000, () -> {
            src.tick(System.nanoTime());
            List<Connection> now = run.registry().connections();
            return now.size() == 1 && now.get(0) != before;
        }, run.registry()::connections);
        dialler.send("second");
        assertThat(second.recvStr()).isEqualTo("second");

        Connection after = run.registry().connections().get(0);
        assertThat(after.first().pipe).as("the same pipe").isSameAs(before.first().pipe);
        assertThat(after.first().written()).as("only what went into the new connection").isEqualTo(1);
        assertThat(run.registry().snapshot().retiredExternal().values()).as("the first connection, kept by host")
                .anySatisfy(t -> assertThat(t[1]).isEqualTo(3L));
    }

    private static final Topology NEWS = Wires.topology("""
            {"formatVersion": 1, "nodes": [
              {"id": "pub", "sockets": [{"id": "out", "type": "PUB", "binds": ["inproc://news"]}]},
              {"id": "r1", "sockets": [{"id": "in", "type": "SUB", "options": {"subscribe": [""]}}]},
              {"id": "r2", "sockets": [{"id": "in", "type": "SUB", "options": {"subscribe": [""]}}]}],
             "links": [
              {"id": "news-1", "from": {"node": "r1", "socket": "in"}, "to": {"node": "pub", "socket": "out"},
               "endpoint": "inproc://news"},
              {"id": "news-2", "from": {"node": "r2", "socket": "in"}, "to": {"node": "pub", "socket": "out"},
               "endpoint": "inproc://news"}]}
            """);

    @Test
    void closing_all_retires_every_connection_even_when_closing_one_of_them_fails() {
        RunContext news = wires.run(NEWS);
        AtomicLong generation = new AtomicLong();
        SubscriberLife life1 = new SubscriberLife(generation);
        SubscriberLife life2 = new SubscriberLife(generation);
        life1.started();
        life2.started();
        PubLossTracker tracker = new PubLossTracker(List.of(
                new PubLossTracker.Watch("r1", "in", new byte[][] {{}}, life1),
                new PubLossTracker.Watch("r2", "in", new byte[][] {{}}, life2)), generation::get);
        // Settling the HWM losses of a closing pipe tells the listener; make that fail.
        tracker.onDrops((w, c, n) -> {
            throw new IllegalStateException("the drop listener failed");
        });
        ZMQ.Socket pub = wires.socket(SocketType.PUB, 2, 0);
        pub.bind("inproc://news");
        SocketTap tap = new SocketTap("pub", "out", org.zmqdesigner.engine.model.SocketType.PUB, pub, news);
        tap.pubTracker(tracker);
        Connection.Side[] subSides = new Connection.Side[2];
        for (int i = 0; i < 2; i++) {
            ZMQ.Socket sub = wires.socket(SocketType.SUB, 0, 2);
            sub.connect("inproc://news");
            sub.subscribe(new byte[0]);
            subSides[i] = Wires.side("r" + (i + 1), "in", org.zmqdesigner.engine.model.SocketType.SUB,
                    Wires.onlyPipe(sub));
            news.registry().register(subSides[i], System.nanoTime());
        }
        tap.tick(System.nanoTime());
        assertThat(news.registry().connections()).hasSize(2).allMatch(Connection::complete);
        for (int i = 0; i < 30; i++) {
            byte[] message = ("m" + i).getBytes(StandardCharsets.UTF_8);
            pub.send(message);
            tap.afterPublish(message);
        }
        // The subscribers' nodes have closed their ends.
        for (Connection c : news.registry().connections()) {
            news.registry().retire(c, c.other(c.first().node.equals("pub") ? c.first() : c.second()));
        }

        assertThatThrownBy(() -> tap.closeAll(System.nanoTime())).hasMessage("the drop listener failed");

        assertThat(news.registry().connections()).as("no connection left counting as open").isEmpty();
        assertThat(news.registry().snapshot().retiredSent()).containsOnlyKeys("news-1", "news-2");
    }

    @Test
    void a_publisher_catches_a_restarted_subscribers_join_at_its_message_even_when_the_pipe_count_did_not_change() {
        RunContext news = wires.run(NEWS);
        SubscriberLife life = news.subscriber(new org.zmqdesigner.engine.model.SocketRef("r1", "in"));
        life.started();
        PubLossTracker.Watch r1 = new PubLossTracker.Watch("r1", "in", new byte[][] {{}}, life);
        PubLossTracker tracker = new PubLossTracker(List.of(r1), news::subscriberGeneration);
        ZMQ.Socket pub = wires.socket(SocketType.PUB);
        pub.bind("inproc://news");
        SocketTap tap = new SocketTap("pub", "out", org.zmqdesigner.engine.model.SocketType.PUB, pub, news);
        tap.pubTracker(tracker);
        ZMQ.Socket old = subscriberOf(news, "inproc://news");
        tap.tick(System.nanoTime());
        publishThrough(tap, "joins the first socket");
        assertThat(r1.joined).isTrue();

        // Stopped: the publisher's sends drop the old pipe (nobody is joining, so no look for pipes).
        wires.context.destroySocket(old);
        life.stopped();
        Runs.await("the publisher to drop the old pipe", 2_000, () -> {
            publishThrough(tap, "while away");
            return Introspection.pipes(pub).length == 0;
        }, () -> List.of(Introspection.pipes(pub)));
        life.started();
        ZMQ.Socket fresh = subscriberOf(news, "inproc://news");
        for (int i = 0; i < 5; i++) {
            publishThrough(tap, "delivered " + i);
        }
        tap.tick(System.nanoTime());

        for (int i = 0; i < 5; i++) {
            assertThat(fresh.recvStr(ZMQ.DONTWAIT)).isEqualTo("delivered " + i);
        }
        assertThat(r1.joined).isTrue();
        assertThat(r1.slowJoinerLosses).as("every message since the restart was delivered").isZero();
    }

    /** A SUB of node r1 taking everything, connected, its side registered as its own tap would at once. */
    private ZMQ.Socket subscriberOf(RunContext news, String endpoint) {
        ZMQ.Socket sub = wires.socket(SocketType.SUB);
        sub.subscribe(new byte[0]);
        sub.connect(endpoint);
        news.registry().register(Wires.side("r1", "in", org.zmqdesigner.engine.model.SocketType.SUB,
                Wires.onlyPipe(sub)), System.nanoTime());
        return sub;
    }

    private static void publishThrough(SocketTap tap, String text) {
        byte[] message = text.getBytes(StandardCharsets.UTF_8);
        tap.socket.send(message);
        tap.afterPublish(message);
    }

    @Test
    void a_traced_send_and_its_traced_receive_carry_the_same_sequence_and_message_id() {
        SocketTap[] taps = connectedPair();
        for (int i = 1; i <= 2; i++) {
            List<byte[]> frames = List.of(("traced " + i).getBytes(StandardCharsets.UTF_8));
            assertThat(taps[0].beginTrace(true)).isTrue();
            push.send(frames.get(0));
            long id = run.nextMessageId();
            taps[0].endSendTrace(frames, id);
            assertThat(taps[1].beginTrace(false)).isTrue();
            List<byte[]> received = List.of(pull.recv());
            taps[1].endReceiveTrace(received);
        }

        List<RunEvent.MessageSent> sent = wires.await(RunEvent.MessageSent.class, 2);
        List<RunEvent.MessageReceived> received = wires.await(RunEvent.MessageReceived.class, 2);
        for (int i = 0; i < 2; i++) {
            assertThat(sent.get(i).sequence()).isEqualTo(i + 1);
            assertThat(received.get(i).sequence()).isEqualTo(sent.get(i).sequence());
            assertThat(received.get(i).messageId()).isEqualTo(sent.get(i).messageId());
            assertThat(received.get(i).connection()).isEqualTo(sent.get(i).connection());
            assertThat(received.get(i).sentNanos()).as("the send time, for latency").isEqualTo(sent.get(i).nanos());
            assertThat(received.get(i).from()).isEqualTo(new RunEvent.Peer.InDesign("src"));
            assertThat(sent.get(i).to()).isEqualTo(new RunEvent.Peer.InDesign("dst"));
        }
    }

    @Test
    void a_receive_from_a_pipe_that_attached_while_receiving_is_still_reported() {
        ZMQ.Socket receiver = wires.socket(SocketType.PULL);
        receiver.bind("inproc://late");
        SocketTap dst = tap("dst", "in", org.zmqdesigner.engine.model.SocketType.PULL, receiver);
        dst.tick(System.nanoTime());
        assertThat(dst.beginTrace(false)).as("counters noted with no pipe yet").isTrue();

        // A sender arrives while the receiver waits; its pipe attaches inside the receive.
        ZMQ.Socket sender = wires.socket(SocketType.PUSH);
        sender.connect("inproc://late");
        SocketTap src = tap("src", "out", org.zmqdesigner.engine.model.SocketType.PUSH, sender);
        List<byte[]> frames = List.of("first request".getBytes(StandardCharsets.UTF_8));
        assertThat(src.beginTrace(true)).isTrue();
        sender.send(frames.get(0));
        long id = run.nextMessageId();
        src.endSendTrace(frames, id);
        byte[] got = receiver.recv();
        dst.endReceiveTrace(List.of(got));

        RunEvent.MessageReceived received = wires.await(RunEvent.MessageReceived.class, 1).get(0);
        assertThat(received.node()).isEqualTo("dst");
        assertThat(received.sequence()).isEqualTo(1);
        assertThat(received.messageId()).as("the sender's id").isEqualTo(id);
        assertThat(received.link()).isEqualTo("tasks");
    }

    /**
     * Over tcp a receive can come before the far side registered: it is told once the sender is
     * known (a node of the run, with its link), not as "?" (the trace showed "? → REP").
     */
    @Test
    void a_tcp_receive_whose_sender_registers_late_is_told_with_its_sender_and_link() {
        ZMQ.Socket sender = wires.socket(SocketType.PUSH);
        int port = sender.bindToRandomPort("tcp://127.0.0.1");
        ZMQ.Socket receiver = wires.socket(SocketType.PULL);
        receiver.connect("tcp://127.0.0.1:" + port);
        SocketTap dst = tap("dst", "in", org.zmqdesigner.engine.model.SocketType.PULL, receiver);
        sender.send("first");
        Runs.await("the receiver's tcp connection to be up", 5_000, () -> {
            dst.tick(System.nanoTime());
            return !run.registry().connections().isEmpty();
        }, run.registry()::connections);
        assertThat(dst.beginTrace(false)).isTrue();
        byte[] got = receiver.recv();
        dst.endReceiveTrace(List.of(got));
        wires.drain();
        assertThat(wires.of(RunEvent.MessageReceived.class)).as("not told while the sender is unknown").isEmpty();

        SocketTap src = tap("src", "out", org.zmqdesigner.engine.model.SocketType.PUSH, sender);
        src.tick(System.nanoTime());
        dst.tick(System.nanoTime());

        RunEvent.MessageReceived received = wires.await(RunEvent.MessageReceived.class, 1).get(0);
        assertThat(received.from()).isEqualTo(new RunEvent.Peer.InDesign("src"));
        assertThat(received.link()).isEqualTo("tasks");
        assertThat(received.sequence()).isEqualTo(1);
    }
}
