package org.zmqdesigner.app.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.zmqdesigner.app.canvas.LanguageFollow;
import org.zmqdesigner.engine.text.Texts;

/**
 * The last minute of the selection drawn from {@link LiveHistory}: messages per second on the left
 * and the deepest queue on the right: two charts over the same minute, because the two quantities
 * differ by orders of magnitude and one would flatten the other on a shared scale.
 */
public final class LiveChart {

    private static final Texts TEXTS = Texts.of(LiveChart.class);

    /**
     * Both charts count messages, so a tick at 0.5 would name a value that cannot occur; the axis
     * picks such ticks for small ranges, and they are left unlabelled.
     */
    private static final StringConverter<Number> WHOLE_NUMBERS = new StringConverter<>() {
        @Override
        public String toString(Number value) {
            double v = value.doubleValue();
            return v == Math.rint(v) ? String.format(Locale.ROOT, "%,d", (long) v) : "";
        }

        @Override
        public Number fromString(String text) {
            return Double.valueOf(text.replace(",", ""));
        }
    };

    private final LiveHistory history;
    private final Label caption = new Label();
    private final XYChart.Series<Number, Number> rate = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> depth = new XYChart.Series<>();
    private final LineChart<Number, Number> rateChart;
    private final LineChart<Number, Number> depthChart;
    private final ValueScale rateScale;
    private final ValueScale depthScale;
    private final VBox view;
    private Set<String> ids = Set.of();
    /** What the chart is about ("worker-1"), or null for the whole run. */
    private String name;
    /** The history's version last drawn, and what is still to draw of it (null: nothing). */
    private long drawnVersion = -1;
    private Number[] pendingRate;
    private Number[] pendingDepth;

    public LiveChart(LiveHistory history) {
        this.history = history;
        rateChart = chart(rate);
        rateChart.setId("live-chart");
        depthChart = chart(depth);
        rateScale = new ValueScale((NumberAxis) rateChart.getYAxis());
        depthScale = new ValueScale((NumberAxis) depthChart.getYAxis());
        depthChart.setId("live-depth-chart");
        rateChart.getStyleClass().add("live-rate-chart");
        depthChart.getStyleClass().add("live-depth-chart");
        caption.setId("live-chart-caption");
        caption.getStyleClass().add("live-chart-caption");
        // Side by side: the bottom panel is wide and short, and stacked charts would squash each
        // other's value axis to a single tick.
        javafx.scene.layout.HBox charts = new javafx.scene.layout.HBox(rateChart, depthChart);
        javafx.scene.layout.HBox.setHgrow(rateChart, Priority.ALWAYS);
        javafx.scene.layout.HBox.setHgrow(depthChart, Priority.ALWAYS);
        VBox.setVgrow(charts, Priority.ALWAYS);
        view = new VBox(caption, charts);
        view.getStyleClass().add("live-chart-view");
        showWholeRun(Set.of());
        relabel();
        LanguageFollow.follow(this, LiveChart::relabel);
    }

    /** Titles, axis labels and caption in the current language. */
    private void relabel() {
        rate.setName(TEXTS.get("chart.rate.series"));
        depth.setName(TEXTS.get("chart.depth.series"));
        // Short axis labels: the panel is short, and a longer rotated label would be cut.
        label(rateChart, "chart.rate.title", "chart.rate.axis");
        label(depthChart, "chart.depth.title", "chart.depth.axis");
        showCaption();
    }

    private static void label(LineChart<Number, Number> chart, String title, String unit) {
        chart.setTitle(TEXTS.get(title));
        chart.getXAxis().setLabel(TEXTS.get("chart.time.axis"));
        chart.getYAxis().setLabel(TEXTS.get(unit));
    }

    public Region view() {
        return view;
    }

    /** Chooses what the chart is about: node and link ids (none = the whole run) and its name. */
    public void show(Set<String> ids, String caption) {
        this.ids = Set.copyOf(ids);
        this.name = caption;
        showCaption();
        redraw();
    }

    /** The whole run: these ids, named as such in the current language. */
    public void showWholeRun(Set<String> ids) {
        show(ids, null);
    }

    private void showCaption() {
        String shown = name == null ? TEXTS.get("chart.wholeRun") : name;
        caption.setText(TEXTS.get("chart.caption", shown, Integer.toString(LiveHistory.SECONDS)));
    }

    /**
     * Keeps the charts in step with the history, asked every frame or so: the drawn data change
     * only when the history closes a second, and then one chart is drawn per call (the rate
     * first, the deepest queue on the next call), so no frame carries both charts' layout.
     */
    public void refresh() {
        if (history.version() != drawnVersion) {
            drawnVersion = history.version();
            pendingRate = rates();
            pendingDepth = depths();
        }
        if (pendingRate != null) {
            draw(rate, rateScale, pendingRate);
            pendingRate = null;
        } else if (pendingDepth != null) {
            draw(depth, depthScale, pendingDepth);
            pendingDepth = null;
        }
    }

    /** Draws the selection's closed seconds in both charts now. */
    private void redraw() {
        drawnVersion = history.version();
        draw(rate, rateScale, rates());
        draw(depth, depthScale, depths());
        pendingRate = null;
        pendingDepth = null;
    }

    private Number[] rates() {
        return java.util.Arrays.stream(history.rate(ids)).boxed().toArray(Number[]::new);
    }

    private Number[] depths() {
        return java.util.Arrays.stream(history.depth(ids)).boxed().toArray(Number[]::new);
    }

    /**
     * Puts one value per closed second into a series, oldest first, the newest ending now (the
     * second in progress is not drawn). With as many seconds as drawn before, only the values
     * that changed are set: new points would make the chart build them again.
     */
    private static void draw(XYChart.Series<Number, Number> series, ValueScale scale, Number[] values) {
        List<XYChart.Data<Number, Number>> data = series.getData();
        int n = values.length;
        double largest = 0;
        for (Number value : values) {
            largest = Math.max(largest, value.doubleValue());
        }
        scale.fit(largest);
        if (data.size() == n) {
            for (int i = 0; i < n; i++) {
                if (!data.get(i).getYValue().equals(values[i])) {
                    data.get(i).setYValue(values[i]);
                }
            }
            return;
        }
        List<XYChart.Data<Number, Number>> points = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            points.add(new XYChart.Data<>(i - n, values[i]));
        }
        series.getData().setAll(points);
    }

    private static LineChart<Number, Number> chart(XYChart.Series<Number, Number> series) {
        NumberAxis time = new NumberAxis(-LiveHistory.SECONDS, 0, 10);
        time.setAutoRanging(false);
        time.setAnimated(false);
        NumberAxis value = new NumberAxis();
        value.setAnimated(false);
        value.setMinorTickVisible(false);
        value.setTickLabelFormatter(WHOLE_NUMBERS);
        LineChart<Number, Number> chart = new LineChart<>(time, value);
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setLegendVisible(false);
        chart.setMinHeight(80);
        chart.getData().add(series);
        return chart;
    }
}
