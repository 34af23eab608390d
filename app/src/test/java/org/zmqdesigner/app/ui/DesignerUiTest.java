package org.zmqdesigner.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.shape.Circle;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import org.zmqdesigner.app.DesignerApp;
import org.zmqdesigner.app.DesignerWindow;
import org.zmqdesigner.app.document.DesignDocument;
import org.zmqdesigner.engine.model.SocketRef;
import org.zmqdesigner.engine.model.Topology;

/**
 * Base of the designer's UI tests: a real main window on Monocle's headless platform, with a
 * private recovery file and preferences, and helpers that act as a user would.
 */
@ExtendWith(ApplicationExtension.class)
abstract class DesignerUiTest {

    @TempDir
    static Path temp;

    protected DesignerWindow window;
    protected FxRobot robot;
    private Preferences preferences;

    /** The design the window opens with; empty unless a test class says otherwise. */
    protected Optional<Path> initialFile() {
        return Optional.empty();
    }

    /** Each test class calls this from its own {@code @Start} method (TestFX does not look in superclasses). */
    protected void open(Stage stage) throws Exception {
        preferences = Preferences.userRoot().node("zmq-designer-test-" + UUID.randomUUID());
        // TestFX hands every test the same stage: one that moved or resized it (WindowTest) must not
        // hand the next test a smaller or shifted window than the 1280x800 the tests are written for.
        stage.setMaximized(false);
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1280);
        stage.setHeight(800);
        Path recovery = Files.createTempDirectory("zmqd-recovery");
        window = DesignerApp.open(stage, initialFile(), recovery, preferences);
        stage.show();
    }

    /**
     * A test that failed mid-run must not leave its run holding ports (5557, 5558…) that the next
     * test's run needs: one failure would otherwise fail every run test after it.
     */
    @AfterEach
    void stopLeftoverRun() throws Exception {
        if (window != null && window.runs().run().isPresent()) {
            new FxRobot().interact(window.runs()::stop);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.runs().run().isEmpty()
                    && !window.runs().busyProperty().get());
        }
    }

    @AfterEach
    void forgetPreferences() throws Exception {
        if (preferences != null) {
            preferences.removeNode();
        }
    }

    /** This test's private preferences node (what the window remembers lives there). */
    protected Preferences preferences() {
        return preferences;
    }

    /** Asks for a node's context menu as a right click or the menu key does (Monocle sends no such request). */
    protected void requestContextMenu(String query) {
        FxRobot robot = new FxRobot();
        Node node = robot.lookup(query).query();
        javafx.geometry.Bounds b = node.localToScreen(node.getBoundsInLocal());
        Point2D local = node.screenToLocal(b.getCenterX(), b.getCenterY());
        robot.interact(() -> node.fireEvent(new javafx.scene.input.ContextMenuEvent(
                javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, local.getX(), local.getY(),
                b.getCenterX(), b.getCenterY(), false, null)));
    }

    /** The status bar's text. */
    protected String status() {
        return new FxRobot().lookup("#status").queryAs(javafx.scene.control.Label.class).getText();
    }

    protected DesignDocument document() {
        return window.document();
    }

    protected Topology topology() {
        return window.document().topology();
    }

    static Path sample(String name) {
        return Path.of(System.getProperty("zmqdesigner.samples"), name + ".zmqtopo");
    }

    /** The screen point of a socket's port, on the edge facing {@code towards}. */
    protected Point2D port(FxRobot robot, SocketRef socket, boolean rightEdge) {
        Node view = robot.lookup("#node-" + socket.node()).query();
        Circle best = null;
        for (Node n : robot.from(view).lookup(".port").queryAll()) {
            Circle c = (Circle) n;
            if (portOf(c).equals(socket) && (best == null || (rightEdge ? c.getCenterX() > best.getCenterX()
                    : c.getCenterX() < best.getCenterX()))) {
                best = c;
            }
        }
        assertThat(best).as("port of %s", socket).isNotNull();
        var bounds = best.localToScreen(best.getBoundsInLocal());
        return new Point2D(bounds.getCenterX(), bounds.getCenterY());
    }

    private static SocketRef portOf(Circle circle) {
        return (SocketRef) circle.getUserData();
    }

    /** Runs something that may open a modal dialog, without waiting for it to close. */
    protected void later(Runnable action) {
        Platform.runLater(action);
        WaitForAsyncUtils.waitForFxEvents();
    }

    protected static void await(String what, BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition::getAsBoolean);
    }

    /**
     * Waits for the condition; fails saying what it waited for and how long. The condition is
     * evaluated on the FX thread: lookups walk a scene graph the FX thread is changing, and a walk
     * from the test thread once met a node half-removed (NullPointerException in lookupAll).
     */
    protected static void waitFor(String what, int seconds, BooleanSupplier condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> onFx(condition));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out after " + seconds + " s waiting for " + what, e);
        }
    }

    /** The condition's value, read on the FX thread. */
    protected static boolean onFx(BooleanSupplier condition) throws Exception {
        if (Platform.isFxApplicationThread()) {
            return condition.getAsBoolean();
        }
        return WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get();
    }

    /** A value computed on the FX thread (text layout from the test thread races the renderer). */
    protected static <T> T fx(java.util.concurrent.Callable<T> call) throws Exception {
        return Platform.isFxApplicationThread() ? call.call() : WaitForAsyncUtils.asyncFx(call).get();
    }

    /** The whole window as a PNG in target/screenshots, for a person to look at. */
    protected static void screenshot(DesignerWindow window, FxRobot robot, String name) throws Exception {
        java.nio.file.Path folder = java.nio.file.Path.of("target", "screenshots");
        java.nio.file.Files.createDirectories(folder);
        java.nio.file.Path file = folder.resolve(name);
        robot.interact(() -> {
            try {
                org.zmqdesigner.app.export.PngExporter.write(window.stage().getScene().getRoot(), file, 1);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(java.nio.file.Files.size(file)).as("screenshot %s", name).isGreaterThan(10_000);
    }

    /** A loopback port nobody listens on now. */
    protected static int freePort() throws Exception {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
