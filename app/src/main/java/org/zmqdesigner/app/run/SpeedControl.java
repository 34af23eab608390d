package org.zmqdesigner.app.run;

import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.zmqdesigner.app.canvas.LanguageFollow;
import org.zmqdesigner.engine.runtime.TopologyRun;
import org.zmqdesigner.engine.text.Texts;

/**
 * The speed slider with its own value label ("1.0×", "full speed"), apart from the run clock.
 * Logarithmic from 0.05× to 10×; a last notch past 10× is full speed (no pacing at all); and a
 * detent at 1×, so real time is easy to find again after slow motion.
 */
public final class SpeedControl {

    private static final Texts TEXTS = Texts.of(SpeedControl.class);

    /** Where the slider ends: past 10× (log 1), a notch that means full speed. */
    static final double FULL_SPEED_NOTCH = 1.4;
    /** Slider positions this close to 1× (log 0) snap to it: about 0.83× to 1.2×. */
    static final double DETENT = 0.08;

    private final Slider slider = new Slider(Math.log10(0.05), FULL_SPEED_NOTCH, 0);
    private final Label value = new Label();
    private final Label caption = new Label();
    private final HBox view;

    public SpeedControl(RunController runs) {
        slider.setId("run-speed");
        slider.setPrefWidth(130);
        slider.setMinWidth(70);
        slider.setTooltip(new Tooltip());
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
        caption.getStyleClass().add("text-muted");
        view = new HBox(6, caption, slider, value);
        view.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        view.setMinWidth(Region.USE_PREF_SIZE);
        relabel();
        LanguageFollow.follow(this, SpeedControl::relabel);
    }

    /** The caption, tooltip and value in the current language. */
    private void relabel() {
        caption.setText(TEXTS.get("speed.caption"));
        slider.getTooltip().setText(TEXTS.get("speed.tooltip"));
        value.setText(label(multiplier(slider.getValue())));
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

    /** "1.0×", "0.50×", "full speed". */
    static String label(double multiplier) {
        if (Double.isInfinite(multiplier)) {
            return TEXTS.get("speed.full");
        }
        return TEXTS.get("speed.multiplier", String.format(Locale.ROOT, multiplier < 1 ? "%.2f" : "%.1f", multiplier));
    }
}
