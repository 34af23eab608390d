package org.zmqdesigner.app.run;

import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.zmqdesigner.engine.runtime.TopologyRun;

/**
 * The speed slider with its own value label ("1.0×", "full speed"), apart from the run clock.
 * Logarithmic from 0.05× to 10×; a last notch past 10× is full speed (no pacing at all); and a
 * detent at 1×, so real time is easy to find again after slow motion.
 */
public final class SpeedControl {

    /** Where the slider ends: past 10× (log 1), a notch that means full speed. */
    static final double FULL_SPEED_NOTCH = 1.4;
    /** Slider positions this close to 1× (log 0) snap to it: about 0.83× to 1.2×. */
    static final double DETENT = 0.08;

    private final Slider slider = new Slider(Math.log10(0.05), FULL_SPEED_NOTCH, 0);
    private final Label value = new Label(label(1));
    private final HBox view;

    public SpeedControl(RunController runs) {
        slider.setId("run-speed");
        slider.setPrefWidth(130);
        slider.setMinWidth(70);
        slider.setTooltip(new Tooltip("Speed: slow motion (0.05×) to 10×, then full speed (sources unpaced, no"
                + " work delays); scales source rates and work delays. It clicks into place at 1×."));
        value.setId("run-speed-label");
        value.getStyleClass().add("speed-value");
        slider.valueProperty().addListener((o, was, now) -> {
            double position = now.doubleValue();
            if (position != 0 && Math.abs(position) < DETENT) {
                slider.setValue(0);
                return;
            }
            double multiplier = multiplier(position);
            runs.setSpeed(multiplier);
            value.setText(label(multiplier));
        });
        Label caption = new Label("Speed");
        caption.getStyleClass().add("text-muted");
        view = new HBox(6, caption, slider, value);
        view.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        view.setMinWidth(Region.USE_PREF_SIZE);
    }

    public HBox view() {
        return view;
    }

    public Slider slider() {
        return slider;
    }

    static double multiplier(double position) {
        return position >= FULL_SPEED_NOTCH - 0.15 ? TopologyRun.FULL_SPEED : Math.pow(10, Math.min(1, position));
    }

    static String label(double multiplier) {
        return Double.isInfinite(multiplier) ? "full speed" : multiplier < 1
                ? String.format("%.2f×", multiplier) : String.format("%.1f×", multiplier);
    }
}
