package org.zmqdesigner.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zmqdesigner.app.palette.PaletteEntry;

class RunControlsTest extends DesignerUiTest {

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    private static boolean engineThreadsAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.isAlive() && t.getName().startsWith("zmq-designer-node-"));
    }

    private static boolean portFree(int port) {
        try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private boolean anyLiveText(FxRobot robot, String styleClass, String contains) {
        return robot.lookup("." + styleClass).queryAllAs(Text.class).stream()
                .anyMatch(t -> t.getText() != null && t.getText().contains(contains));
    }

    @Test
    void a_run_shows_live_numbers_locks_editing_and_stop_leaves_no_engine_thread(FxRobot robot) throws Exception {
        robot.interact(() -> {
            window.files().openFile(sample("pipeline"));
            window.runs().setSpeed(20);
        });

        robot.clickOn("#run-start");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.runs().runningProperty().get());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> anyLiveText(robot, "node-live", "received 101"));

        robot.interact(() -> window.add(PaletteEntry.PUB, new javafx.geometry.Point2D(0, 0)));
        assertThat(topology().nodes()).as("editing is locked while running").hasSize(5);
        assertThat(robot.lookup("#status").queryAs(Label.class).getText()).contains("stop the run to edit");

        robot.clickOn("#run-stop");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !window.runs().runningProperty().get()
                && !window.runs().busyProperty().get());

        assertThat(engineThreadsAlive()).as("engine threads after Stop").isFalse();
        assertThat(portFree(5557)).isTrue();
        assertThat(portFree(5558)).isTrue();
        assertThat(document().lockedProperty().get()).isFalse();
        assertThat(robot.lookup("#status").queryAs(Label.class).getText()).startsWith("Stopped after");
        assertThat(anyLiveText(robot, "node-live", "received")).as("live numbers cleared").isFalse();
    }

    @Test
    void the_hwm_sample_fills_its_queue_gauge_towards_the_mark(FxRobot robot) throws Exception {
        robot.interact(() -> window.files().openFile(sample("hwm-drops")));

        robot.clickOn("#run-start");
        // The queue grows by about 25 a second towards 200; the publisher learns of reads in batches,
        // so it starts dropping once the true depth is somewhere past 100.
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup(".link-depth").queryAllAs(Text.class)
                .stream().anyMatch(t -> t.getText().matches("queue ([6-9]\\d|1\\d\\d|200) / 200")));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> anyLiveText(robot, "node-live", "dropped"));

        robot.clickOn("#run-stop");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !window.runs().runningProperty().get()
                && !window.runs().busyProperty().get());
        assertThat(engineThreadsAlive()).isFalse();
    }

    @Test
    void pause_holds_the_sources_and_step_sends_exactly_one_message_shown_as_a_token(FxRobot robot)
            throws Exception {
        robot.interact(() -> window.files().openFile(sample("hello-reqrep")));
        robot.clickOn("#run-start");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.runs().runningProperty().get());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> clientSent() >= 1);

        robot.clickOn("#run-pause");
        // The request in flight gets its reply (the server takes a second); then the client holds.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            var client = window.runs().run().orElseThrow().report().nodes().get("client");
            return client.sent() == client.received();
        });
        long held = clientSent();
        assertThat(robot.lookup("#status").queryAs(Label.class).getText()).startsWith("Paused");

        robot.clickOn("#run-step");

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> clientSent() == held + 1);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".message-token").queryAll().stream()
                .anyMatch(t -> tokenText(t).contains("sequence " + (held + 1))));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.runs().run().orElseThrow().report().nodes()
                .get("client").received() == held + 1);
        assertThat(clientSent()).as("one step, one message").isEqualTo(held + 1);

        robot.clickOn("#run-stop");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !window.runs().runningProperty().get()
                && !window.runs().busyProperty().get());
    }

    @Test
    void the_speed_slider_ends_at_full_speed(FxRobot robot) throws Exception {
        robot.interact(() -> window.files().openFile(sample("pipeline")));
        javafx.scene.control.Slider speed = robot.lookup("#run-speed").queryAs(javafx.scene.control.Slider.class);
        robot.interact(() -> speed.setValue(speed.getMax()));
        assertThat(robot.lookup("#run-speed-label").queryAs(Label.class).getText()).isEqualTo("full speed");
        assertThat(window.runs().speed()).isInfinite();

        robot.clickOn("#run-start");
        // With the workers' 1-100 ms of work per task skipped, the batch is done at once.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.runs().run()
                .map(r -> r.report().nodes().get("sink").received() == 101).orElse(false));

        robot.interact(() -> speed.setValue(0));
        assertThat(robot.lookup("#run-speed-label").queryAs(Label.class).getText()).isEqualTo("1.0×");
        assertThat(window.runs().run().orElseThrow().rateMultiplier()).isEqualTo(1.0);
        robot.clickOn("#run-stop");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !window.runs().runningProperty().get()
                && !window.runs().busyProperty().get());
    }

    @Test
    void the_speed_slider_clicks_into_1x_and_reads_its_value_in_its_own_label(FxRobot robot) throws Exception {
        javafx.scene.control.Slider speed = robot.lookup("#run-speed").queryAs(javafx.scene.control.Slider.class);
        Label value = robot.lookup("#run-speed-label").queryAs(Label.class);

        robot.interact(() -> speed.setValue(Math.log10(1.1)));
        assertThat(speed.getValue()).as("snapped to 1x").isZero();
        assertThat(value.getText()).isEqualTo("1.0×");
        assertThat(window.runs().speed()).isEqualTo(1.0);

        robot.interact(() -> speed.setValue(Math.log10(0.5)));
        assertThat(value.getText()).isEqualTo("0.50×");
        robot.interact(() -> speed.setValue(Math.log10(0.93)));
        assertThat(value.getText()).isEqualTo("1.0×");

        Label clock = robot.lookup("#run-clock").queryAs(Label.class);
        assertThat(value).isNotSameAs(clock);
        assertThat(clock.getText()).isEqualTo("0.0 s");
        assertThat(value.getBoundsInParent().getWidth()).as("the value is not cut off")
                .isGreaterThanOrEqualTo(fx(() -> value.prefWidth(-1)) - 0.5);
    }

    private long clientSent() {
        return window.runs().run().map(r -> r.report().nodes().get("client").sent()).orElse(-1L);
    }

    private static String tokenText(javafx.scene.Node token) {
        Object tip = token.getProperties().get("javafx.scene.control.Tooltip");
        return tip instanceof javafx.scene.control.Tooltip t ? t.getText() : "";
    }

    @Test
    void a_design_with_errors_does_not_run_and_says_why(FxRobot robot) throws Exception {
        robot.interact(() -> window.add(PaletteEntry.PUB, new javafx.geometry.Point2D(0, 0)));
        robot.interact(() -> window.add(PaletteEntry.PUB, new javafx.geometry.Point2D(300, 0)));
        robot.interact(() -> document().apply(new org.zmqdesigner.engine.edit.ConnectSockets("bad",
                new org.zmqdesigner.engine.model.SocketRef(topology().nodes().get(0).id(), "publisher"),
                new org.zmqdesigner.engine.model.SocketRef(topology().nodes().get(1).id(), "publisher"),
                "tcp://localhost:5599", "tcp://127.0.0.1:5599")));

        robot.clickOn("#run-start");

        assertThat(window.runs().runningProperty().get()).isFalse();
        assertThat(robot.lookup("#status").queryAs(Label.class).getText()).startsWith("Cannot run:")
                .contains("cannot talk to");
        assertThat(document().lockedProperty().get()).isFalse();
    }
}
