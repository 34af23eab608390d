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
import org.junit.jupiter.api.Test;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zmqdesigner.engine.format.TopologyFormat;
import org.zmqdesigner.engine.model.Topology;

/** A design's bound ports face the network: hand-made ZMTP must never wedge a run or eat memory. */
class HostilePeerTest {

    private static Topology server(int port) throws Exception {
        String text = """
                {"formatVersion": 1, "nodes": [{"id": "server",
                  "sockets": [{"id": "rep", "type": "REP", "binds": ["tcp://127.0.0.1:%d"]}],
                  "behaviour": {"type": "responder", "reply": "World"}}]}
                """.formatted(port);
        return new TopologyFormat().read(text.getBytes(StandardCharsets.UTF_8), "server");
    }

    /** A ZMTP 3.0 greeting with the NULL mechanism, then READY as a REQ: a peer the REP accepts. */
    private static byte[] handshakeAsReq() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.writeBytes(new byte[8]);
        out.write(0x7F);
        out.write(3);
        out.write(0);
        byte[] mechanism = new byte[20];
        System.arraycopy("NULL".getBytes(StandardCharsets.US_ASCII), 0, mechanism, 0, 4);
        out.writeBytes(mechanism);
        out.write(0); // as-server
        out.writeBytes(new byte[31]);
        ByteArrayOutputStream ready = new ByteArrayOutputStream();
        ready.write(5);
        ready.writeBytes("READY".getBytes(StandardCharsets.US_ASCII));
        ready.write(11);
        ready.writeBytes("Socket-Type".getBytes(StandardCharsets.US_ASCII));
        ready.writeBytes(ByteBuffer.allocate(4).putInt(3).array());
        ready.writeBytes("REQ".getBytes(StandardCharsets.US_ASCII));
        out.write(0x04); // a short command frame
        out.write(ready.size());
        out.writeBytes(ready.toByteArray());
        return out.toByteArray();
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
}
