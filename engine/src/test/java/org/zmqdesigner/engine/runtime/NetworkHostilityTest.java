package org.zmqdesigner.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zmqdesigner.engine.event.RunEvent;
import org.zmqdesigner.engine.format.TopologyFormat;
import org.zmqdesigner.engine.model.SocketOption;
import org.zmqdesigner.engine.model.Topology;

/**
 * A design's bound ports face the network. Raw bytes and hand-made ZMTP against a running design on
 * loopback: garbage, an old protocol, a wrong mechanism or socket type, huge frame headers, churn
 * and silence. Each must be dropped (and counted as refused where it never became a ZeroMQ
 * connection), a normal client must still be served, memory must stay bounded and the report sane.
 */
class NetworkHostilityTest {

    /** A REP server on loopback that answers "World": a design that never ends by itself. */
    static Topology server(int port) throws Exception {
        String text = """
                {"formatVersion": 1, "nodes": [{"id": "server",
                  "sockets": [{"id": "rep", "type": "REP", "binds": ["tcp://127.0.0.1:%d"]}],
                  "behaviour": {"type": "responder", "reply": "World"}}]}
                """.formatted(port);
        return new TopologyFormat().read(text.getBytes(StandardCharsets.UTF_8), "server");
    }

    /** The hello design: a REQ client asking {@code count} times, a REP server working 20 ms each. */
    private static Topology helloPair(int port, int count) throws Exception {
        String text = """
                {"formatVersion": 1, "nodes": [
                  {"id": "client", "sockets": [{"id": "req", "type": "REQ"}],
                   "behaviour": {"type": "source", "count": %d, "payload": "Hello"}},
                  {"id": "server", "sockets": [{"id": "rep", "type": "REP", "binds": ["tcp://127.0.0.1:%d"]}],
                   "behaviour": {"type": "responder", "delayMs": 20, "reply": "World"}}],
                 "links": [{"id": "hello", "from": {"node": "client", "socket": "req"},
                            "to": {"node": "server", "socket": "rep"}, "endpoint": "tcp://localhost:%d"}]}
                """.formatted(count, port, port);
        return new TopologyFormat().read(text.getBytes(StandardCharsets.UTF_8), "hello");
    }

    /** A ZMTP 3.0 greeting with the given mechanism, then READY as the given socket type. */
    private static byte[] handshake(String mechanismName, String socketType) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.writeBytes(new byte[8]);
        out.write(0x7F);
        out.write(3);
        out.write(0);
        byte[] mechanism = new byte[20];
        byte[] name = mechanismName.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(name, 0, mechanism, 0, name.length);
        out.writeBytes(mechanism);
        out.write(0); // as-server
        out.writeBytes(new byte[31]);
        ByteArrayOutputStream ready = new ByteArrayOutputStream();
        ready.write(5);
        ready.writeBytes("READY".getBytes(StandardCharsets.US_ASCII));
        ready.write(11);
        ready.writeBytes("Socket-Type".getBytes(StandardCharsets.US_ASCII));
        ready.writeBytes(ByteBuffer.allocate(4).putInt(socketType.length()).array());
        ready.writeBytes(socketType.getBytes(StandardCharsets.US_ASCII));
        out.write(0x04); // a short command frame
        out.write(ready.size());
        out.writeBytes(ready.toByteArray());
        return out.toByteArray();
    }

    /** A ZMTP 3.0 greeting with the NULL mechanism, then READY as a REQ: a peer the REP accepts. */
    private static byte[] handshakeAsReq() {
        return handshake("NULL", "REQ");
    }

    /**
     * A ZMTP 1.0 peer (ZeroMQ 2.x): no greeting, an empty identity frame, then a request with its
     * empty delimiter, "Hello" and no more. Random bytes whose first byte is not 0xFF are read the
     * same way, which is how they used to reach a REP.
     */
    private static byte[] zmtp10Request() {
        return new byte[] {1, 0, 1, 1, 6, 0, 'H', 'e', 'l', 'l', 'o'};
    }

    /** A message frame header announcing {@code size} bytes that never come. */
    private static byte[] hugeFrameHeader(long size) {
        return ByteBuffer.allocate(9).put((byte) 0x02).putLong(size).array();
    }

    /** Reads until the peer closes; false when it is still open after the time. */
    private static boolean closedWithin(Socket socket, int millis) throws IOException {
        socket.setSoTimeout(millis);
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[4096];
        long deadline = System.nanoTime() + millis * 1_000_000L;
        try {
            while (System.nanoTime() < deadline) {
                if (in.read(buffer) < 0) {
                    return true;
                }
            }
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true; // reset by the peer: closed as well
        }
        return false;
    }

    @Test
    void a_frame_header_announcing_gigabytes_is_disconnected_and_the_server_still_answers() throws Exception {
        int port = Runs.freePort();
        Runtime runtime = Runtime.getRuntime();
        try (TopologyRun run = TopologyRun.start(server(port), RunOptions.DEFAULTS)) {
            long usedBefore = runtime.totalMemory() - runtime.freeMemory();
            for (int i = 0; i < 3; i++) {
                try (Socket hostile = new Socket()) {
                    hostile.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
                    hostile.getOutputStream().write(handshakeAsReq());
                    hostile.getOutputStream().write(hugeFrameHeader(1_500_000_000L));
                    hostile.getOutputStream().flush();

                    assertThat(closedWithin(hostile, 3_000)).as("a peer announcing 1.5 GB is dropped, round %d", i)
                            .isTrue();
                }
            }
            long usedAfter = runtime.totalMemory() - runtime.freeMemory();
            assertThat((usedAfter - usedBefore) / 1_000_000).as("MB of heap taken by three 1.5 GB announcements")
                    .isLessThan(500);

            try (ZContext context = new ZContext(1); ZMQ.Socket client = context.createSocket(SocketType.REQ)) {
                client.setReceiveTimeOut(5_000);
                client.setHandshakeIvl(500); // JeroMQ 0.6.0's connect race, see SocketSetup
                client.connect("tcp://127.0.0.1:" + port);
                client.send("Hello");
                assertThat(client.recvStr()).as("a normal client after the attack").isEqualTo("World");
            }
            assertThat(run.nodeStates().get("server")).isEqualTo(org.zmqdesigner.engine.event.RunEvent.NodeState.RUNNING);
        }
    }

    /** Sends {@code bytes} on a fresh connection and says whether the engine closed it in time. */
    private static boolean sentAndDropped(int port, byte[] bytes, int millis) throws IOException {
        try (Socket peer = new Socket()) {
            peer.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
            peer.getOutputStream().write(bytes);
            peer.getOutputStream().flush();
            return closedWithin(peer, millis);
        }
    }

    private static String askOnce(int port) {
        try (ZContext context = new ZContext(1); ZMQ.Socket client = context.createSocket(SocketType.REQ)) {
            client.setReceiveTimeOut(5_000);
            client.setHandshakeIvl(500); // JeroMQ 0.6.0's connect race, see SocketSetup
            client.connect("tcp://127.0.0.1:" + port);
            client.send("Hello");
            return client.recvStr();
        }
    }

    private static long refused(RunReport report) {
        RunReport.OutsidePeer peer = report.externalPeers().get("127.0.0.1");
        return peer == null ? 0 : peer.refused();
    }

    @Test
    void an_old_protocol_peer_is_refused_and_never_served() throws Exception {
        int port = Runs.freePort();
        try (TopologyRun run = TopologyRun.start(server(port), RunOptions.DEFAULTS)) {
            assertThat(sentAndDropped(port, zmtp10Request(), 3_000)).as("a ZMTP 1.0 peer is dropped").isTrue();
            assertThat(askOnce(port)).as("a normal client after it").isEqualTo("World");
            Runs.await("the refusal counted", 5_000, () -> refused(run.report()) == 1, run::report);
            assertThat(run.report().nodes().get("server").received()).as("requests the REP took: the client's only")
                    .isEqualTo(1);
        }
    }

    @Test
    void a_wrong_mechanism_or_socket_type_is_refused() throws Exception {
        int port = Runs.freePort();
        try (TopologyRun run = TopologyRun.start(server(port), RunOptions.DEFAULTS)) {
            assertThat(sentAndDropped(port, handshake("PLAIN", "REQ"), 3_000)).as("PLAIN against NULL").isTrue();
            assertThat(sentAndDropped(port, handshake("NULL", "PUB"), 3_000)).as("a PUB at a REP").isTrue();
            assertThat(askOnce(port)).as("a normal client after them").isEqualTo("World");
            Runs.await("both refusals counted", 5_000, () -> refused(run.report()) == 2, run::report);
        }
    }

    @Test
    void a_silent_peer_is_dropped_when_the_handshake_time_runs_out() throws Exception {
        int port = Runs.freePort();
        try (TopologyRun run = TopologyRun.start(server(port), RunOptions.DEFAULTS);
             Socket silent = new Socket()) {
            silent.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
            assertThat(askOnce(port)).as("a normal client while a silent peer holds a connection").isEqualTo("World");
            assertThat(closedWithin(silent, SocketOption.RUN_HANDSHAKE_MILLIS + 5_000))
                    .as("a peer that says nothing is dropped after the handshake time, not ZeroMQ's 30 s").isTrue();
            // Dropped, not counted as refused: a real JeroMQ peer caught in JeroMQ's connect race is
            // silent the same way. The monitor hook runs before the channel closes, so this is final.
            assertThat(refused(run.report())).as("silence is not a refusal").isZero();
        }
    }

    /**
     * Garbage (fixed seed), connect/close churn and half-open connections all through a designed
     * client's run: the client is served to the end and the run ends by itself. Before the
     * engine refused ZMTP 1.0, one garbage peer in about thirty swallowed a real request and the
     * client waited for ever.
     */
    @Test
    void garbage_churn_and_silence_never_stall_a_designed_client() throws Exception {
        int port = Runs.freePort();
        int requests = 60;
        int garbage = 60;
        int churn = 200;
        int halfOpen = 20;
        Random random = new Random(20261201L);
        Runtime runtime = Runtime.getRuntime();
        long usedBefore = runtime.totalMemory() - runtime.freeMemory();
        try (TopologyRun run = TopologyRun.start(helloPair(port, requests), RunOptions.DEFAULTS)) {
            java.util.List<Socket> held = new java.util.ArrayList<>();
            try {
                for (int i = 0; i < halfOpen; i++) {
                    Socket s = new Socket();
                    s.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
                    held.add(s);
                }
                for (int i = 0; i < garbage; i++) {
                    byte[] junk = new byte[1 + random.nextInt(300)];
                    random.nextBytes(junk);
                    try (Socket peer = new Socket()) {
                        peer.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
                        peer.getOutputStream().write(junk);
                        peer.getOutputStream().flush();
                    } catch (IOException e) {
                        // Dropped while still writing: that is the point.
                    }
                }
                for (int i = 0; i < churn; i++) {
                    try (Socket peer = new Socket()) {
                        peer.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
                    }
                }
                assertThat(run.awaitFinished(60_000)).as("the designed client is served to the end: %s",
                        run.nodeStates()).isTrue();
            } finally {
                for (Socket s : held) {
                    s.close();
                }
            }
            RunReport report = run.report();
            assertThat(report.nodes().get("client").received()).as("replies the client got").isEqualTo(requests);
            assertThat(report.nodes().get("server").received()).as("requests the server took: the client's only")
                    .isEqualTo(requests);
            // Every garbage peer sent bytes that are not ZMTP 3: each one is refused. Churn and
            // half-open connections say nothing: dropped (the half-open ones after the handshake
            // time, see the test above), not counted.
            Runs.await("every garbage peer refused", 10_000, () -> refused(run.report()) == garbage, run::report);
            assertThat(run.report().externalPeers()).as("one host, no ZeroMQ connection from it")
                    .containsOnlyKeys("127.0.0.1");
            assertThat(run.report().externalPeers().get("127.0.0.1").connections()).as("%s", run.report()).isZero();
        }
        long usedAfter = runtime.totalMemory() - runtime.freeMemory();
        assertThat((usedAfter - usedBefore) / 1_000_000).as("MB of heap taken by %d hostile connections",
                garbage + churn + halfOpen).isLessThan(200);
    }

    /** An outside server that takes requests and never answers: the designed REQ gives up, the run ends. */
    @Test
    void a_client_whose_reply_never_comes_gives_up_and_the_run_ends() throws Exception {
        int port = Runs.freePort();
        String text = """
                {"formatVersion": 1, "nodes": [
                  {"id": "client", "sockets": [{"id": "req", "type": "REQ", "connects": ["tcp://127.0.0.1:%d"]}],
                   "behaviour": {"type": "source", "count": 3, "payload": "Hello"}}]}
                """.formatted(port);
        Topology design = new TopologyFormat().read(text.getBytes(StandardCharsets.UTF_8), "deaf");
        try (ZContext context = new ZContext(1); ZMQ.Socket deaf = context.createSocket(SocketType.ROUTER)) {
            deaf.bind("tcp://127.0.0.1:" + port);
            try (TopologyRun run = TopologyRun.start(design, RunOptions.DEFAULTS.withReplyPatienceMillis(1_000))) {
                assertThat(run.awaitFinished(20_000)).as("the run ends by itself: %s", run.nodeStates()).isTrue();
                assertThat(run.nodeStates().get("client")).isEqualTo(RunEvent.NodeState.GAVE_UP);
                assertThat(run.nodeDetail("client")).contains("gave up: no reply to request 1")
                        .contains("Lazy Pirate");
            }
        }
    }
}
