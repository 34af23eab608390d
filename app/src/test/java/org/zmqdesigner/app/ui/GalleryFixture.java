package org.zmqdesigner.app.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.paint.Color;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.zmqdesigner.app.DesignerWindow;
import org.zmqdesigner.engine.format.SampleLibrary;
import org.zmqdesigner.engine.model.SocketType;

/** The sample gallery as a user reaches it: File → Open Sample, then its cards. */
final class GalleryFixture {

    private final FxRobot robot;
    private final DesignerWindow window;

    GalleryFixture(FxRobot robot, DesignerWindow window) {
        this.robot = robot;
        this.window = window;
    }

    /** Every sample in the samples folder, as the engine reads it. */
    static List<SampleLibrary.Sample> samples() throws Exception {
        return new SampleLibrary(Path.of(System.getProperty("zmqdesigner.samples"))).samples();
    }

    /** The id of a family's section: "family-request-reply". */
    static String sectionId(SocketType.Family family) {
        return "family-" + family.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Opens the gallery from the menu's command (it is modal: not waiting for it to close) and
     * waits until it shows a card for every sample.
     */
    void open() throws Exception {
        int expected = samples().size();
        Platform.runLater(() -> window.actions().get("open-sample").perform());
        // The cards are added on the FX thread; waitFor counts them there, not while it adds them.
        waitFor("a card for each of the " + expected + " samples", 10,
                () -> robot.lookup(".sample-card").queryAll().size() == expected);
    }

    boolean isOpen() {
        return robot.lookup("#sample-gallery").tryQuery().isPresent();
    }

    Node card(String name) {
        return robot.lookup("#sample-" + name).query();
    }

    Image picture(String name) {
        return robot.from(card(name)).lookup(".sample-picture").queryAs(ImageView.class).getImage();
    }

    /** Whether some pixel of the picture is (within antialiasing) this colour. */
    static boolean shows(Image image, Color colour) {
        var reader = image.getPixelReader();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                Color c = reader.getColor(x, y);
                if (c.getOpacity() > 0.9 && Math.abs(c.getRed() - colour.getRed()) < 0.03
                        && Math.abs(c.getGreen() - colour.getGreen()) < 0.03
                        && Math.abs(c.getBlue() - colour.getBlue()) < 0.03) {
                    return true;
                }
            }
        }
        return false;
    }

    static void waitFor(String what, int seconds, BooleanSupplier condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> DesignerUiTest.onFx(condition));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out after " + seconds + " s waiting for " + what, e);
        }
    }
}
