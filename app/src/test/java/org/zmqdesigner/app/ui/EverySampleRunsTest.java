package org.zmqdesigner.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.zmqdesigner.app.export.PngExporter;
import org.zmqdesigner.engine.format.SampleLibrary;
import org.zmqdesigner.engine.runtime.RunReport;

/**
 * Every sample, opened from the gallery as a user would (File → Open Sample, Down to its card, Enter) and
 * run for a moment: it starts, nothing crashes, messages move, and it stops with its ports freed
 * before the next one binds them. Leaves app/target/screenshots/sample-SAMPLE.png, taken while it runs.
 */
class EverySampleRunsTest extends DesignerUiTest {

    /** How long each sample runs at least: long enough for a late joiner and a first round trip. */
    private static final long MOMENT_NANOS = 1_000_000_000L;

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    @Test
    void every_sample_opens_from_the_gallery_and_runs_without_errors(FxRobot robot) throws Exception {
        this.robot = robot;
        Path screenshots = Path.of("target", "screenshots");
        Files.createDirectories(screenshots);
        List<SampleLibrary.Sample> samples = GalleryFixture.samples();
        assertThat(samples).isNotEmpty().allSatisfy(s -> assertThat(s.loaded()).as(s.problem()).isTrue());
        GalleryFixture gallery = new GalleryFixture(robot, window);

        for (SampleLibrary.Sample sample : samples) {
            long began = System.nanoTime();
            gallery.open();
            long shown = System.nanoTime();
            // As a keyboard user: the first card has the focus; Down to this sample's, then Enter.
            for (int i = 0; i < samples.size() && !gallery.card(sample.name()).isFocused(); i++) {
                robot.type(KeyCode.DOWN);
            }
            assertThat(gallery.card(sample.name()).isFocused()).as("%s's card reached", sample.name()).isTrue();
            robot.type(KeyCode.ENTER);
            GalleryFixture.waitFor("the gallery to close", 5, () -> !gallery.isOpen());
            long closed = System.nanoTime();
            assertThat(topology()).as("opened %s", sample.name()).isEqualTo(sample.topology());
            assertThat(robot.lookup("#run-start").queryAs(Button.class).isDisabled()).as("Run enabled").isFalse();

            robot.clickOn("#run-start");
            GalleryFixture.waitFor(sample.name() + " to start", 10, () -> window.runs().run().isPresent());
            long started = System.nanoTime();
            String opening = String.format("gallery %d ms, open %d ms, start %d ms", (shown - began) / 1_000_000,
                    (closed - shown) / 1_000_000, (started - closed) / 1_000_000);
            GalleryFixture.waitFor(sample.name() + " to move messages for a moment", 10, () ->
                    System.nanoTime() - started >= MOMENT_NANOS && moved(report()));
            RunReport report = report();
            Map<String, String> crashed = new java.util.TreeMap<>();
            report.nodes().forEach((id, node) -> {
                if (node.state().equals("crashed")) {
                    crashed.put(id, node.state());
                }
            });
            assertThat(crashed).as("crashed nodes of %s (status: %s)", sample.name(), status()).isEmpty();
            assertThat(report.engineFailure()).as("engine failure in %s", sample.name()).isNull();
            assertThat(status()).as("status of %s", sample.name()).doesNotStartWith("Cannot run");

            Path file = screenshots.resolve("sample-" + sample.name() + ".png");
            robot.interact(() -> {
                try {
                    PngExporter.write(window.stage().getScene().getRoot(), file, 1);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            assertThat(Files.size(file)).isGreaterThan(10_000);

            long ran = (System.nanoTime() - started) / 1_000_000;
            robot.clickOn("#run-stop");
            GalleryFixture.waitFor(sample.name() + " to stop and free its ports", 10, () ->
                    window.runs().run().isEmpty() && !window.runs().busyProperty().get());
            System.out.printf("%s: %s, ran %d ms, %d ms in all; sent %d, received %d%n", sample.name(), opening,
                    ran, (System.nanoTime() - began) / 1_000_000, report.totals().sent(), report.totals().received());
        }
    }

    private RunReport report() {
        return window.runs().run().map(run -> run.report()).orElseThrow(() ->
                new AssertionError("the run ended by itself; status: " + status()));
    }

    /**
     * Something was sent: every sample has a node that sends on its own. Not that something
     * arrived: the weather client's zip code comes by once in 100,000 updates, seconds apart.
     */
    private static boolean moved(RunReport report) {
        return report.totals().sent() > 0;
    }
}
