package org.zmqdesigner.app.settings;

import java.util.Arrays;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * What the window looked like when it was last closed — theme, size, position, maximised, where the
 * panel dividers were — kept in a preferences node that is passed in (the user's node in the app,
 * a throw-away one in tests, so tests never touch the real user's settings).
 */
public final class WindowSettings {

    private static final String DARK = "dark";
    private static final String X = "x";
    private static final String Y = "y";
    private static final String WIDTH = "width";
    private static final String HEIGHT = "height";
    private static final String MAXIMIZED = "maximized";
    private static final String DIVIDERS = "dividers.";

    private final Preferences node;

    public WindowSettings(Preferences preferences) {
        this.node = preferences.node("window");
    }

    public boolean dark() {
        return node.getBoolean(DARK, false);
    }

    public void dark(boolean value) {
        node.putBoolean(DARK, value);
    }

    /** Puts the stage where it was, if that is still on a screen (a monitor may have gone). */
    public void restore(Stage stage) {
        double width = node.getDouble(WIDTH, -1);
        double height = node.getDouble(HEIGHT, -1);
        if (width > 0 && height > 0) {
            stage.setWidth(width);
            stage.setHeight(height);
            double x = node.getDouble(X, Double.NaN);
            double y = node.getDouble(Y, Double.NaN);
            if (!Double.isNaN(x) && !Double.isNaN(y)
                    && !Screen.getScreensForRectangle(new Rectangle2D(x, y, Math.min(width, 100), 40)).isEmpty()) {
                stage.setX(x);
                stage.setY(y);
            }
        }
        stage.setMaximized(node.getBoolean(MAXIMIZED, false));
    }

    /** Remembers the stage's size and place; a maximised window keeps its normal size for next time. */
    public void save(Stage stage) {
        node.putBoolean(MAXIMIZED, stage.isMaximized());
        if (!stage.isMaximized()) {
            node.putDouble(X, stage.getX());
            node.putDouble(Y, stage.getY());
            node.putDouble(WIDTH, stage.getWidth());
            node.putDouble(HEIGHT, stage.getHeight());
        }
    }

    /** Sets a split pane's dividers as they were saved under {@code name}, else leaves its defaults. */
    public void restore(String name, SplitPane pane) {
        String saved = node.get(DIVIDERS + name, null);
        if (saved == null) {
            return;
        }
        try {
            double[] positions = Arrays.stream(saved.split(",")).mapToDouble(Double::parseDouble).toArray();
            if (positions.length == pane.getDividers().size()
                    && Arrays.stream(positions).allMatch(p -> p > 0 && p < 1)) {
                pane.setDividerPositions(positions);
            }
        } catch (NumberFormatException e) {
            // A hand-edited or old value: the defaults will do.
        }
    }

    public void save(String name, SplitPane pane) {
        node.put(DIVIDERS + name, String.join(",", Arrays.stream(pane.getDividerPositions())
                .mapToObj(Double::toString).toList()));
    }
}
