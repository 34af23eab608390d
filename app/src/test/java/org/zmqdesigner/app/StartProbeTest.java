package org.zmqdesigner.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The start probe StartBench reads: off unless asked for; asked for, it writes when the window with
 * its design is interactive and then closes the window the way File → Exit does.
 */
@ExtendWith(ApplicationExtension.class)
class StartProbeTest {

    @TempDir
    Path temp;

    private Stage stage;
    private Preferences preferences;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void cleanUp() throws Exception {
        System.clearProperty(StartProbe.PROPERTY);
        if (preferences != null) {
            preferences.removeNode();
        }
        new FxRobot().interact(stage::hide);
    }

    @Test
    void asked_for_it_writes_the_moment_and_the_cpu_time_then_closes_the_window() throws Exception {
        Path report = temp.resolve("probe.properties");
        System.setProperty(StartProbe.PROPERTY, report.toString());
        long before = System.currentTimeMillis();

        DesignerWindow window = openAndArm();

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(report) && !stage.isShowing());
        Properties found = new Properties();
        try (InputStream in = Files.newInputStream(report)) {
            found.load(in);
        }
        assertThat(Long.parseLong(found.getProperty("interactiveEpochMillis")))
                .isBetween(before, System.currentTimeMillis());
        assertThat(Long.parseLong(found.getProperty("cpuMillis"))).isPositive();
        assertThat(Long.parseLong(found.getProperty("sinceProcessStartMillis"))).isPositive();
        assertThat(found.getProperty("vmInfo")).isEqualTo(System.getProperty("java.vm.info"));
        assertThat(found.stringPropertyNames()).anyMatch(key -> key.startsWith("threadCpuMillis."));
        // The phases StartBench reports: at least the probe's own, reached before the moment it wrote.
        assertThat(Long.parseLong(found.getProperty(StartProbe.PHASE + "fitted")))
                .isBetween(before, Long.parseLong(found.getProperty("interactiveEpochMillis")));
        assertThat(window.document().topology().nodes()).isNotEmpty();
    }

    @Test
    void not_asked_for_it_leaves_the_window_open() throws Exception {
        openAndArm();

        // Five pulses: an armed probe would have closed the window after the second.
        AtomicInteger pulses = new AtomicInteger();
        new FxRobot().interact(() -> stage.getScene().addPostLayoutPulseListener(() -> {
            if (pulses.incrementAndGet() < 5) {
                Platform.requestNextPulse();
            }
        }));
        new FxRobot().interact(Platform::requestNextPulse);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> pulses.get() >= 5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).isTrue();
    }

    private DesignerWindow openAndArm() throws Exception {
        preferences = Preferences.userRoot().node("zmq-designer-probe-test-" + UUID.randomUUID());
        Path recovery = Files.createDirectories(temp.resolve("recovery"));
        Path sample = Path.of(System.getProperty("zmqdesigner.samples"), "hello-reqrep.zmqtopo");
        DesignerWindow[] window = new DesignerWindow[1];
        new FxRobot().interact(() -> {
            window[0] = DesignerApp.open(stage, Optional.of(sample), recovery, preferences);
            stage.show();
            window[0].canvas().fitToView();
            StartProbe.armIfAsked(window[0]);
        });
        return window[0];
    }
}
