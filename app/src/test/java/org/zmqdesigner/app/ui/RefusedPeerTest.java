package org.zmqdesigner.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zmqdesigner.engine.runtime.RunReport;

/**
 * Garbage at a running design's bound port: the host that sent it shows as one hostile ghost at the
 * node it hit, with the engine's count of refused connections, beside (not instead of) the ghost of
 * a real client from the same host, and the count is in the status once the run is stopped.
 */
class RefusedPeerTest extends DesignerUiTest {

    private static final int PORT = 5591;
    private static final int GARBAGE = 30;
    private static final String DESIGN = """
            {"formatVersion": 1, "title": "exposed", "nodes": [
              {"id": "server", "kind": "application", "position": {"x": 300.0, "y": 200.0},
               "sockets": [{"id": "responder", "type": "REP", "binds": ["tcp://127.0.0.1:%d"]}],
               "behaviour": {"type": "responder", "reply": "World"}}],
             "links": []}
            """.formatted(PORT);

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    /** Connections that send random bytes (a fixed seed) and close: none is ZeroMQ. */
    private static void sendGarbage(int connections) {
        Random random = new Random(20261201L);
        for (int i = 0; i < connections; i++) {
            byte[] junk = new byte[1 + random.nextInt(300)];
            random.nextBytes(junk);
            try (Socket peer = new Socket()) {
                peer.connect(new InetSocketAddress("127.0.0.1", PORT), 2_000);
                peer.getOutputStream().write(junk);
                peer.getOutputStream().flush();
            } catch (IOException e) {
                // Dropped while still writing: that is what the engine does to garbage.
            }
        }
    }

    private long refusedByEngine() {
        RunReport.OutsidePeer peer = window.runs().run().orElseThrow().report().externalPeers().get("127.0.0.1");
        return peer == null ? 0 : peer.refused();
    }

    private List<Node> hostileGhosts() {
        return robot.lookup(".refused-ghost").queryAll().stream().filter(g -> g.getScene() != null).toList();
    }

    private Text within(Node ghost, String query) {
        return robot.from(ghost).lookup(query).queryAs(Text.class);
    }

    /**
     * The number the hostile ghost shows, "30 connections refused" read back as 30; -1 while it
     * shows no such line (a ghost just made may not have its count yet when this thread looks).
     */
    private long shownCount(Node ghost) {
        String text = within(ghost, ".refused-ghost-count").getText();
        if (!text.matches("[\\d,]+ connections? refused")) {
            return -1;
        }
        return Long.parseLong(text.substring(0, text.indexOf(' ')).replace(",", ""));
    }

    /** Where a node is on screen, read on the FX thread once it is idle (read from here, it races the pans). */
    private Bounds onScreen(Node node) {
        WaitForAsyncUtils.waitForFxEvents();
        java.util.concurrent.atomic.AtomicReference<Bounds> box = new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> box.set(node.localToScreen(node.getBoundsInLocal())));
        return box.get();
    }

    private static String tooltip(Node node) {
        Object tip = node.getProperties().get("javafx.scene.control.Tooltip");
        return tip instanceof Tooltip t ? t.getText() : "";
    }

    private static boolean inside(Bounds outer, Bounds inner) {
        return outer.getMinX() <= inner.getMinX() && inner.getMaxX() <= outer.getMaxX()
                && outer.getMinY() <= inner.getMinY() && inner.getMaxY() <= outer.getMaxY();
    }

    @Test
    void garbage_shows_one_hostile_ghost_with_the_engines_count_beside_a_real_clients_ghost(FxRobot robot)
            throws Exception {
        this.robot = robot;
        Path design = temp.resolve("exposed.zmqtopo");
        Files.writeString(design, DESIGN);
        robot.interact(() -> {
            window.files().openFile(design);
            window.canvas().fitToView();
        });
        robot.clickOn("#run-start");
        waitFor("the run to start", 10, () -> window.runs().runningProperty().get());

        try (ZContext context = new ZContext(); ZMQ.Socket client = context.createSocket(SocketType.REQ)) {
            client.setReceiveTimeOut(5000);
            client.setHandshakeIvl(500); // JeroMQ 0.6.0's connect race, see the engine's SocketSetup
            client.connect("tcp://127.0.0.1:" + PORT);
            client.send("Hello");
            assertThat(client.recvStr()).as("a real client from the same host is served").isEqualTo("World");
            waitFor("the real client's ghost", 10, () -> robot.lookup(".ghost-node").queryAll().stream()
                    .anyMatch(g -> Objects.toString(g.getUserData()).startsWith("server@127.0.0.1:")));

            sendGarbage(GARBAGE);

            // One ghost for the host, however many connections; its number is the engine's.
            waitFor("every garbage connection refused and the ghost showing the engine's count", 15, () -> {
                List<Node> ghosts = hostileGhosts();
                long engine = refusedByEngine();
                return ghosts.size() == 1 && engine >= GARBAGE && shownCount(ghosts.get(0)) == engine;
            });
            Node hostile = hostileGhosts().get(0);
            assertThat(hostile.getUserData()).isEqualTo("server@127.0.0.1");
            assertThat(within(hostile, ".refused-ghost-title").getText()).isEqualTo("refused: 127.0.0.1");
            assertThat(robot.from(hostile).lookup(".refused-ghost-shield").tryQuery()).as("the shield").isPresent();
            String words = tooltip(robot.from(hostile).lookup(".refused-ghost-box").query());
            assertThat(words).startsWith("127.0.0.1 tried server/responder.")
                    .contains(shownCount(hostile) + " connections refused from 127.0.0.1 in this run")
                    .contains("never completed the ZeroMQ handshake").contains("older than 3.x")
                    .contains("nothing they sent reached the socket")
                    .contains("Binding tcp://127.0.0.1");
            assertThat(window.runs().run().orElseThrow().report().nodes().get("server").received())
                    .as("requests the server took: the real client's only").isEqualTo(1);

            // Placed like any ghost: in view, clear of the node and of the real client's ghost.
            Bounds box = onScreen(robot.from(hostile).lookup(".refused-ghost-box").query());
            assertThat(inside(onScreen(window.canvas().view()), box)).as("the hostile ghost %s is in view", box)
                    .isTrue();
            assertThat(onScreen(robot.lookup("#node-server").query()).intersects(box)).as("the node stays in sight")
                    .isFalse();
            Node friendly = robot.lookup(".ghost-box").queryAll().stream().filter(g -> g.getScene() != null)
                    .findFirst().orElseThrow();
            assertThat(onScreen(friendly).intersects(box)).as("the two ghosts side by side").isFalse();
            snap();
        }

        // The real client left: its ghost goes, the hostile one stays for the rest of the run.
        waitFor("the real client's ghost to go", 10, () -> robot.lookup(".ghost-node").queryAll().isEmpty());
        assertThat(hostileGhosts()).hasSize(1);

        long refused = refusedByEngine();
        robot.clickOn("#run-stop");
        waitFor("the run to stop and say so", 10, () -> !window.runs().runningProperty().get()
                && !window.runs().busyProperty().get() && status().startsWith("Stopped after"));
        assertThat(status()).contains(String.format(java.util.Locale.ROOT,
                "Refused %,d connections that never completed the ZeroMQ handshake: 127.0.0.1 %,d.", refused,
                refused));
        assertThat(hostileGhosts()).as("cleared with the run").isEmpty();
    }

    /** Leaves a picture of the window in app/target/screenshots/ for a person to look at. */
    private void snap() throws Exception {
        Path folder = Path.of("target", "screenshots");
        Files.createDirectories(folder);
        Path file = folder.resolve("live-refused-peer.png");
        robot.interact(() -> {
            try {
                org.zmqdesigner.app.export.PngExporter.write(window.stage().getScene().getRoot(), file, 1);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(Files.size(file)).isGreaterThan(10_000);
    }
}
