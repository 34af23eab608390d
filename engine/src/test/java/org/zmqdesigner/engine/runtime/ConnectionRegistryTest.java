package org.zmqdesigner.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zmqdesigner.engine.model.SocketType.PUB;
import static org.zmqdesigner.engine.model.SocketType.PULL;
import static org.zmqdesigner.engine.model.SocketType.PUSH;
import static org.zmqdesigner.engine.model.SocketType.SUB;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.zeromq.SocketType;
import org.zeromq.ZMQ;
import org.zmqdesigner.engine.model.Topology;
import zmq.pipe.Pipe;

/** How the two sides of every connection of a run find each other, their link, and their end. */
class ConnectionRegistryTest {

    private static final Topology TASKS = Wires.oneLink("tasks", "dst", "in", "PULL", "src", "out", "PUSH",
            "inproc://tasks");

    private final Wires wires = new Wires();

    @AfterEach
    void closeSockets() {
        wires.close();
    }

    /** The two pipes of a PUSH (src/out, bound) to PULL (dst/in, connecting) pair on inproc. */
    private Pipe[] inprocPair(String endpoint) {
        ZMQ.Socket push = wires.socket(SocketType.PUSH);
        push.bind(endpoint);
        ZMQ.Socket pull = wires.socket(SocketType.PULL);
        pull.connect(endpoint);
        return new Pipe[] {Wires.onlyPipe(push), Wires.onlyPipe(pull)};
    }

    private static Connection.Side src(Pipe pipe) {
        return Wires.side("src", "out", PUSH, pipe);
    }

    private static Connection.Side dst(Pipe pipe) {
        return Wires.side("dst", "in", PULL, pipe);
    }

    /** A tcp side as its engine sees the connection ({@code self|peer}); no pipe is needed to pair it. */
    private static Connection.Side tcp(String node, String socket, org.zmqdesigner.engine.model.SocketType type,
                                       String addresses) {
        return new Connection.Side(node, socket, type, null, 0, 0, addresses);
    }

    @Test
    void inproc_sides_pair_by_their_pipes_whichever_registers_first() {
        ConnectionRegistry registry = new ConnectionRegistry(TASKS);
        Pipe[] a = inprocPair("inproc://tasks");
        Pipe[] b = inprocPair("inproc://tasks-too");

        Connection senderFirst = registry.register(src(a[0]), 1);
        assertThat(senderFirst.complete()).isFalse();
        assertThat(registry.register(dst(a[1]), 2)).isSameAs(senderFirst);
        Connection receiverFirst = registry.register(dst(b[1]), 3);
        assertThat(registry.register(src(b[0]), 4)).isSameAs(receiverFirst);

        assertThat(registry.connections()).containsExactly(senderFirst, receiverFirst);
        for (Connection c : registry.connections()) {
            assertThat(c.complete()).isTrue();
            assertThat(c.tcp).isFalse();
            assertThat(c.link()).as("the link between the two sides, whichever dials").isEqualTo("tasks");
        }
        assertThat(senderFirst.id).isNotEqualTo(receiverFirst.id);
    }

    @Test
    void tcp_sides_pair_by_their_address_pair_seen_from_either_end() {
        ConnectionRegistry registry = new ConnectionRegistry(TASKS);
        Connection accepted = registry.register(tcp("src", "out", PUSH, "127.0.0.1:5555|127.0.0.1:40001"), 1);
        Connection dialled = registry.register(tcp("dst", "in", PULL, "127.0.0.1:40001|127.0.0.1:5555"), 2);
        Connection other = registry.register(tcp("dst", "in", PULL, "127.0.0.1:40002|127.0.0.1:5555"), 3);

        assertThat(dialled).isSameAs(accepted);
        assertThat(accepted.tcp).isTrue();
        assertThat(accepted.complete()).isTrue();
        assertThat(accepted.link()).isEqualTo("tasks");
        assertThat(other).as("another ephemeral port is another connection").isNotSameAs(accepted);
        assertThat(other.complete()).isFalse();
        assertThat(other.link()).as("no link until both sides are known").isNull();
    }

    @Test
    void two_sides_with_no_link_between_them_are_a_connection_of_no_link() {
        ConnectionRegistry registry = new ConnectionRegistry(TASKS);
        registry.register(tcp("src", "out", PUSH, "127.0.0.1:5555|127.0.0.1:40001"), 1);
        Connection c = registry.register(tcp("stranger", "in", PULL, "127.0.0.1:40001|127.0.0.1:5555"), 2);

        assertThat(c.complete()).isTrue();
        assertThat(c.link()).isNull();
    }

    /** Node a dials b1 and b2 (ports 6001, 6002); c dials b1. */
    private static final Topology SPLIT = Wires.topology("""
            {"formatVersion": 1, "nodes": [
              {"id": "a", "sockets": [{"id": "out", "type": "PUSH"}]},
              {"id": "c", "sockets": [{"id": "out", "type": "PUSH"}]},
              {"id": "b1", "sockets": [{"id": "in", "type": "PULL", "binds": ["tcp://127.0.0.1:6001"]}]},
              {"id": "b2", "sockets": [{"id": "in", "type": "PULL", "binds": ["tcp://127.0.0.1:6002"]}]}],
             "links": [
              {"id": "a-b1", "from": {"node": "a", "socket": "out"}, "to": {"node": "b1", "socket": "in"},
               "endpoint": "tcp://127.0.0.1:6001"},
              {"id": "a-b2", "from": {"node": "a", "socket": "out"}, "to": {"node": "b2", "socket": "in"},
               "endpoint": "tcp://127.0.0.1:6002"},
              {"id": "c-b1", "from": {"node": "c", "socket": "out"}, "to": {"node": "b1", "socket": "in"},
               "endpoint": "tcp://127.0.0.1:6001"}]}
            """);

    @Test
    void a_dialling_side_finds_its_link_to_another_process_by_the_port_it_dialled() {
        ConnectionRegistry registry = new ConnectionRegistry(SPLIT);
        Connection.Side side = tcp("a", "out", PUSH, "127.0.0.1:40001|127.0.0.1:6002");
        Connection c = registry.register(side, 1);

        assertThat(registry.linkToElsewhere(c, side, Set.of("a", "c"))).isTrue();
        assertThat(c.link()).isEqualTo("a-b2");
        assertThat(c.elsewhere()).isEqualTo("b2");

        Connection.Side toLocal = tcp("a", "out", PUSH, "127.0.0.1:40002|127.0.0.1:6001");
        Connection local = registry.register(toLocal, 2);
        assertThat(registry.linkToElsewhere(local, toLocal, Set.of("a", "b1")))
                .as("b1 runs here: its side would have registered, so this peer is outside the design").isFalse();
        assertThat(local.link()).isNull();
        assertThat(local.elsewhere()).isNull();
    }

    @Test
    void a_binding_side_gives_each_link_to_another_process_one_connection_and_a_further_one_none() {
        ConnectionRegistry registry = new ConnectionRegistry(SPLIT);
        Set<String> local = Set.of("b1", "b2");
        List<String> links = new ArrayList<>();
        for (int port = 40001; port <= 40003; port++) {
            Connection.Side side = tcp("b1", "in", PULL, "127.0.0.1:6001|127.0.0.1:" + port);
            Connection c = registry.register(side, port);
            links.add(registry.linkToElsewhere(c, side, local) ? c.link() + " from " + c.elsewhere() : "outside");
        }

        assertThat(links).containsExactly("a-b1 from a", "c-b1 from c", "outside");
    }

    @Test
    void a_retired_connection_is_forgotten_and_its_totals_kept_by_link() {
        ConnectionRegistry registry = new ConnectionRegistry(TASKS);
        ZMQ.Socket push = wires.socket(SocketType.PUSH);
        push.bind("inproc://tasks");
        ZMQ.Socket pull = wires.socket(SocketType.PULL);
        pull.connect("inproc://tasks");
        Connection.Side sender = src(Wires.onlyPipe(push));
        Connection.Side receiver = dst(Wires.onlyPipe(pull));
        Connection c = registry.register(sender, 1);
        registry.register(receiver, 2);
        for (int i = 0; i < 3; i++) {
            push.send("task " + i);
        }
        pull.recv();
        pull.recv();

        registry.retire(c, receiver);
        assertThat(c.closed).as("one side still there").isFalse();
        assertThat(registry.connections()).containsExactly(c);

        registry.retire(c, sender);
        ConnectionRegistry.Snapshot snapshot = registry.snapshot();
        assertThat(c.closed).isTrue();
        assertThat(snapshot.open()).isEmpty();
        assertThat(snapshot.retiredSent()).isEqualTo(Map.of("tasks", 3L));
        assertThat(snapshot.retiredDelivered()).isEqualTo(Map.of("tasks", 2L));
        assertThat(snapshot.retiredExternal()).isEmpty();
        assertThat(registry.register(src(sender.pipe), 3)).as("its pipes are forgotten too").isNotSameAs(c);
    }

    @Test
    void subscriptions_are_neither_sent_nor_delivered_in_a_retired_connections_totals() {
        ConnectionRegistry registry = new ConnectionRegistry(
                Wires.oneLink("news", "reader", "in", "SUB", "pub", "out", "PUB", "inproc://news"));
        ZMQ.Socket pub = wires.socket(SocketType.PUB);
        pub.bind("inproc://news");
        ZMQ.Socket sub = wires.socket(SocketType.SUB);
        sub.connect("inproc://news");
        sub.subscribe(new byte[0]);
        Connection.Side publisher = Wires.side("pub", "out", PUB, Wires.onlyPipe(pub));
        Connection.Side subscriber = Wires.side("reader", "in", SUB, Wires.onlyPipe(sub));
        Runs.await("the publisher to read the subscription", 2_000, () -> {
            pub.getEvents();
            return publisher.read() == 1;
        }, publisher::read);
        pub.send("one");
        pub.send("two");
        assertThat(sub.recvStr()).isEqualTo("one");
        assertThat(sub.recvStr()).isEqualTo("two");
        Connection c = registry.register(publisher, 1);
        registry.register(subscriber, 2);

        registry.retire(c, publisher);
        registry.retire(c, subscriber);

        assertThat(registry.snapshot().retiredSent()).isEqualTo(Map.of("news", 2L));
        assertThat(registry.snapshot().retiredDelivered()).isEqualTo(Map.of("news", 2L));
    }

    @Test
    void a_retired_outside_connection_keeps_what_it_carried_by_the_outside_address() {
        ConnectionRegistry registry = new ConnectionRegistry(TASKS);
        ZMQ.Socket push = wires.socket(SocketType.PUSH);
        int port = push.bindToRandomPort("tcp://127.0.0.1");
        ZMQ.Socket outsider = wires.socket(SocketType.PULL);
        outsider.connect("tcp://127.0.0.1:" + port);
        AtomicReference<String> addresses = new AtomicReference<>();
        Runs.await("the tcp connection to be up on the design's side", 5_000, () -> {
            Pipe[] pipes = Wires.pipes(push);
            addresses.set(pipes.length == 1 ? Introspection.tcpAddresses(pipes[0]) : null);
            return addresses.get() != null;
        }, addresses::get);
        Pipe pipe = Wires.pipes(push)[0];
        Connection.Side ours = new Connection.Side("src", "out", PUSH, pipe, 0, 0, addresses.get());
        Connection c = registry.register(ours, 1);
        c.externalAddress(ours.peerAddress());
        for (int i = 0; i < 4; i++) {
            push.send("to the outsider " + i);
        }
        for (int i = 0; i < 4; i++) {
            assertThat(outsider.recvStr()).isEqualTo("to the outsider " + i);
        }

        registry.retire(c, ours);

        assertThat(ours.peerAddress()).startsWith("127.0.0.1:").doesNotEndWith(":" + port);
        assertThat(registry.snapshot().retiredExternal()).containsOnlyKeys("127.0.0.1");
        assertThat(registry.snapshot().retiredExternal().get("127.0.0.1")).containsExactly(1, 4);
        assertThat(registry.snapshot().retiredSent()).as("an outside connection is on no link").isEmpty();
        assertThat(registry.connections()).isEmpty();
    }

    @Test
    void every_snapshot_counts_each_connection_once_while_connections_retire() throws Exception {
        ConnectionRegistry registry = new ConnectionRegistry(TASKS);
        List<Connection> connections = new ArrayList<>();
        List<Connection.Side[]> sides = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < 20; i++) {
            ZMQ.Socket push = wires.socket(SocketType.PUSH);
            push.bind("inproc://tasks-" + i);
            ZMQ.Socket pull = wires.socket(SocketType.PULL);
            pull.connect("inproc://tasks-" + i);
            Connection.Side sender = src(Wires.onlyPipe(push));
            Connection.Side receiver = dst(Wires.onlyPipe(pull));
            for (int m = 0; m <= i; m++) {
                push.send("m");
                pull.recv();
            }
            total += i + 1;
            Connection c = registry.register(sender, i);
            registry.register(receiver, i);
            connections.add(c);
            sides.add(new Connection.Side[] {sender, receiver});
        }

        Thread retirer = new Thread(() -> {
            for (int i = 0; i < connections.size(); i++) {
                registry.retire(connections.get(i), sides.get(i)[1]);
                registry.retire(connections.get(i), sides.get(i)[0]);
            }
        }, "obs-test-retirer");
        List<Long> seen = new ArrayList<>();
        retirer.start();
        do {
            ConnectionRegistry.Snapshot s = registry.snapshot();
            long open = s.open().stream().mapToLong(ConnectionRegistry::delivered).sum();
            seen.add(open + s.retiredDelivered().getOrDefault("tasks", 0L));
        } while (retirer.isAlive());
        retirer.join(5_000);

        long expected = total;
        assertThat(seen).as("open plus retired, in every snapshot").allMatch(n -> n == expected);
        assertThat(registry.snapshot().retiredDelivered()).isEqualTo(Map.of("tasks", total));
        assertThat(registry.connections()).isEmpty();
    }

    /** A probe's hundreds of connections are one host, and hosts past the cap are counted together. */
    @Test
    void outside_programs_are_counted_by_host_within_a_cap() {
        Map<String, long[]> totals = new java.util.LinkedHashMap<>();
        for (int i = 0; i < 350; i++) {
            OutsideHosts.add(totals, "10.0.0.1:" + (40000 + i), 1, 2);
        }
        for (int i = 0; i < 150; i++) {
            OutsideHosts.add(totals, "192.0.2." + i + ":5000", 1, 1);
        }
        OutsideHosts.add(totals, "[::1]:6000", 1, 1);

        assertThat(totals.get("10.0.0.1")).containsExactly(350, 700);
        assertThat(totals).hasSize(OutsideHosts.MAX + 1).containsKey(OutsideHosts.OTHERS);
        assertThat(totals.get(OutsideHosts.OTHERS)[0]).isEqualTo(150 - (OutsideHosts.MAX - 1) + 1);
    }
}
