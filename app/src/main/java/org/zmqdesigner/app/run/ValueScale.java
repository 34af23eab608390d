package org.zmqdesigner.app.run;

import javafx.scene.chart.NumberAxis;

/**
 * A chart's value axis that moves in round steps: from zero to 1, 2 or 5 times a power of ten (5 at least),
 * five ticks, raised as soon as a value passes the top and lowered only when everything drawn
 * fits in a quarter of it. Left to range itself, the axis moved with every second's new rate
 * (100,412 then 100,398 msg/s): a jittery scale for a class to read, and new tick labels built
 * and styled each time, the slowest frames of a busy run.
 */
final class ValueScale {

    private static final double MIN_TOP = 5;

    private final NumberAxis axis;

    ValueScale(NumberAxis axis) {
        this.axis = axis;
        axis.setAutoRanging(false);
        axis.setLowerBound(0);
        set(MIN_TOP);
    }

    /** Fits the axis to the largest value drawn, changing it only as the rule above says. */
    void fit(double largest) {
        double top = axis.getUpperBound();
        if (largest > top || largest < top / 4 && top > MIN_TOP) {
            set(roundUp(largest));
        }
    }

    private void set(double top) {
        axis.setUpperBound(top);
        axis.setTickUnit(top / 5);
    }

    /**
     * The smallest of 1, 2, 5 × 10^k at least {@code value}, and at least 5: the values are counts,
     * and a top of 5 keeps every tick (0 to 5) a whole number with a label, where a top of 1 left a
     * queue going between 0 and 1 drawn along the chart's edges with no label but 0.
     */
    static double roundUp(double value) {
        if (value <= MIN_TOP) {
            return MIN_TOP;
        }
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (step * power >= value) {
                return step * power;
            }
        }
        return 10 * power;
    }
}
