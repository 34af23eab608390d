package org.zmqdesigner.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What the window says about a run is true after it ends, pauses or is replaced, and exiting ends it. */
class RunStateTest extends DesignerUiTest {

    /** A source that sends five jobs and a sink that takes five: every node finishes by itself. */
    private static final String FIVE_JOBS = """
            {
              "formatVersion": 1,
              "title": "Five jobs",
              "nodes": [
                {"id": "source", "kind": "application", "position": {"x": 80.0, "y": 160.0},
                 "sockets": [{"id": "push", "type": "PUSH", "binds": ["inproc://five-jobs"]}],
                 "behaviour": {"type": "source", "count": 5, "payload": "job {seq}"}},
                {"id": "sink", "kind": "application", "position": {"x": 420.0, "y": 160.0},
                 "sockets": [{"id": "pull", "type": "PULL"}],
                 "behaviour": {"type": "sink", "count": 5}}
              ],
              "links": [
                {"id": "jobs", "from": {"node": "sink", "socket": "pull"},
                 "to": {"node": "source", "socket": "push"}, "endpoint": "inproc://five-jobs"}
              ]
            }
            """;

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    @Test
    void a_run_whose_nodes_all_finished_says_so_and_step_says_why_nothing_is_left(FxRobot robot,
                                                                                @TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("five.zmqtopo"), FIVE_JOBS);
        // Loaded here, not through the window, so a mistake in the text fails the test instead of a dialog.
        var design = new org.zmqdesigner.engine.format.TopologyFiles().load(file);
        robot.interact(() -> document().replace(design, file));

        robot.clickOn("#run-start");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status().startsWith("Finished"));
        assertThat(status()).isEqualTo("Finished: every node is done — Stop to release the ports.");

        robot.clickOn("#run-step");
        assertThat(status()).isEqualTo("Nothing left to step: source has sent all 5 messages of its count and"
                + " finished. Stop, then Run to start again.");
        assertThat(window.runs().run().orElseThrow().report().nodes().get("source").sent()).isEqualTo(5);

        stopAndWait(robot);
    }

    @Test
    void new_or_another_design_clears_the_last_runs_clock_status_chart_and_trace(FxRobot robot) throws Exception {
        robot.interact(() -> {
            window.files().openFile(sample("pipeline"));
            window.runs().setSpeed(20);
        });
        robot.clickOn("#run-start");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.runPanel().history().seconds() >= 1
                && traceRows() > 0);
        stopAndWait(robot);
        assertThat(clock(robot)).isNotEqualTo("0.0 s");

        robot.interact(() -> window.files().openSample(sample("hello-reqrep")));

        assertThat(clock(robot)).isEqualTo("0.0 s");
        assertThat(status()).isEmpty();
        assertThat(window.runPanel().history().seconds()).as("chart seconds").isZero();
        assertThat(traceRows()).isZero();
    }

    @Test
    void the_clock_stands_still_while_paused_and_goes_on_after_resume(FxRobot robot) throws Exception {
        robot.interact(() -> window.files().openFile(sample("hello-reqrep")));
        robot.clickOn("#run-start");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> seconds(clock(robot)) >= 0.3);

        robot.clickOn("#run-pause");
        assertThat(window.runs().pausedProperty().get()).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        String held = clock(robot);
        long engineAtPause = window.runs().run().orElseThrow().clock();
        // The engine's own clock goes on; the shown one must not.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.runs().run().orElseThrow().clock()
                > engineAtPause + 700_000_000L);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(clock(robot)).as("clock while paused").isEqualTo(held);

        robot.clickOn("#run-pause");
        assertThat(window.runs().pausedProperty().get()).isFalse();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> seconds(clock(robot)) >= seconds(held) + 0.2);
        // It resumes from where it stood, not from the engine's time (which ran 0.7 s further).
        assertThat(seconds(clock(robot))).isLessThan(seconds(held) + 0.7);
        stopAndWait(robot);
    }

    @Test
    void file_exit_stops_a_run_and_frees_its_ports(FxRobot robot) throws Exception {
        startPipeline(robot);

        robot.interact(() -> window.actions().get("exit").perform());

        assertThat(window.stage().isShowing()).isFalse();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !engineThreadsAlive() && portFree(5557)
                && portFree(5558));
    }

    @Test
    void closing_the_window_stops_a_run_the_same_way(FxRobot robot) throws Exception {
        startPipeline(robot);

        robot.interact(() -> window.stage().fireEvent(new WindowEvent(window.stage(),
                WindowEvent.WINDOW_CLOSE_REQUEST)));

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !engineThreadsAlive() && portFree(5557)
                && portFree(5558));
    }

    /** Rows in the trace table, read on the FX thread that owns it. */
    private int traceRows() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> window.runPanel().trace().shownRows().size()).get();
    }

    private void startPipeline(FxRobot robot) throws Exception {
        robot.interact(() -> window.files().openFile(sample("pipeline")));
        robot.clickOn("#run-start");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.runs().runningProperty().get());
        assertThat(portFree(5557)).as("the run holds its port").isFalse();
    }

    private void stopAndWait(FxRobot robot) throws Exception {
        robot.clickOn("#run-stop");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !window.runs().runningProperty().get()
                && !window.runs().busyProperty().get());
    }

    private static String clock(FxRobot robot) {
        return robot.lookup("#run-clock").queryAs(Label.class).getText();
    }

    private static double seconds(String clock) {
        return Double.parseDouble(clock.replace(" s", ""));
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
}
