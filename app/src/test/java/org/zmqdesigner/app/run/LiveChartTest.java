package org.zmqdesigner.app.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class LiveChartTest {

    private static final long SECOND = 1_000_000_000L;

    private final LiveHistory history = new LiveHistory();
    private LiveChart chart;

    @Start
    void start(Stage stage) {
        chart = new LiveChart(history);
        stage.setScene(new Scene(chart.view(), 800, 500));
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private static LineChart<Number, Number> lineChart(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(LineChart.class);
    }

    private static List<Number> xs(LineChart<Number, Number> chart) {
        return chart.getData().get(0).getData().stream().map(XYChart.Data::getXValue).toList();
    }

    private static List<Number> ys(LineChart<Number, Number> chart) {
        return chart.getData().get(0).getData().stream().map(XYChart.Data::getYValue).toList();
    }

    private void feed() {
        history.addTraffic("worker-1", 100);
        history.addTraffic("worker-2", 7);
        history.depth("link-1", 30);
        history.advance(SECOND);
        history.addTraffic("worker-1", 250);
        history.depth("link-1", 80);
        history.depth("link-2", 5);
        history.advance(2 * SECOND);
        history.addTraffic("worker-1", 999); // the second in progress: not drawn
    }

    @Test
    void the_chart_shows_the_selected_node_per_closed_second_ending_now(FxRobot robot) {
        robot.interact(() -> {
            feed();
            chart.show(Set.of("worker-1"), "worker-1");
        });

        LineChart<Number, Number> rate = lineChart(robot, "#live-chart");
        assertThat(ys(rate)).containsExactly(100.0, 250.0);
        assertThat(xs(rate)).containsExactly(-2, -1);
        assertThat(robot.lookup("#live-chart-caption").queryAs(Label.class).getText())
                .isEqualTo("worker-1 — last 60 s");
    }

    @Test
    void refresh_picks_up_seconds_closed_since_the_last_draw(FxRobot robot) {
        robot.interact(() -> {
            feed();
            chart.show(Set.of("worker-1"), "worker-1");
            history.advance(4 * SECOND);
            chart.refresh();
        });

        assertThat(ys(lineChart(robot, "#live-chart"))).containsExactly(100.0, 250.0, 999.0, 0.0);
    }

    @Test
    void refresh_draws_again_only_when_a_second_has_closed(FxRobot robot) {
        robot.interact(() -> {
            feed();
            chart.show(Set.of("worker-1"), "worker-1");
        });
        LineChart<Number, Number> rate = lineChart(robot, "#live-chart");
        List<XYChart.Data<Number, Number>> drawn = new ArrayList<>();
        robot.interact(() -> {
            drawn.addAll(rate.getData().get(0).getData());
            history.addTraffic("worker-1", 5);
            chart.refresh();
        });
        assertThat(rate.getData().get(0).getData()).as("same closed seconds: nothing redrawn")
                .containsExactlyElementsOf(drawn);

        robot.interact(() -> {
            history.advance(4 * SECOND);
            chart.refresh();
        });
        assertThat(ys(rate)).containsExactly(100.0, 250.0, 1004.0, 0.0);
    }

    @Test
    void a_closed_second_reaches_one_chart_per_refresh_rate_first(FxRobot robot) {
        robot.interact(() -> {
            feed();
            chart.show(Set.of(), "whole run");
            history.depth("link-1", 55);
            history.advance(3 * SECOND);
            chart.refresh();
        });
        assertThat(ys(lineChart(robot, "#live-chart"))).as("rate after one refresh").hasSize(3);
        assertThat(ys(lineChart(robot, "#live-depth-chart"))).as("depth after one refresh").hasSize(2);

        robot.interact(chart::refresh);
        assertThat(ys(lineChart(robot, "#live-depth-chart"))).as("depth after the next").containsExactly(30L, 80L, 80L);
    }

    @Test
    void the_value_axis_moves_in_round_steps_and_only_when_it_must(FxRobot robot) {
        NumberAxis[] axis = new NumberAxis[1];
        robot.interact(() -> {
            feed();
            chart.show(Set.of("worker-1"), "worker-1");
            axis[0] = (NumberAxis) lineChart(robot, "#live-chart").getYAxis();
        });
        assertThat(axis[0].getUpperBound()).as("100 and 250 msg/s").isEqualTo(500.0);
        assertThat(axis[0].getTickUnit()).isEqualTo(100.0);

        robot.interact(() -> {
            history.advance(4 * SECOND); // closes 999 msg/s, then a quiet second
            chart.refresh();
        });
        assertThat(axis[0].getUpperBound()).as("a value over the top raises it").isEqualTo(1000.0);

        robot.interact(() -> {
            history.addTraffic("worker-1", 300);
            history.advance(5 * SECOND);
            chart.refresh();
        });
        assertThat(axis[0].getUpperBound()).as("300 fits: no change").isEqualTo(1000.0);
        assertThat(ValueScale.roundUp(0.4)).as("a queue between 0 and 1").isEqualTo(5.0);
        assertThat(ValueScale.roundUp(7)).isEqualTo(10.0);
        assertThat(ValueScale.roundUp(1001)).isEqualTo(2000.0);
        assertThat(ValueScale.roundUp(100_412)).isEqualTo(200_000.0);
        assertThat(ValueScale.roundUp(50_000)).isEqualTo(50_000.0);
    }

    @Test
    void no_selection_charts_the_whole_run_and_the_deepest_queue(FxRobot robot) {
        robot.interact(() -> {
            feed();
            chart.show(Set.of(), "whole run");
        });

        assertThat(ys(lineChart(robot, "#live-chart"))).containsExactly(107.0, 250.0);
        assertThat(ys(lineChart(robot, "#live-depth-chart"))).containsExactly(30L, 80L);
        assertThat(robot.lookup("#live-chart-caption").queryAs(Label.class).getText()).startsWith("whole run");
    }

    @Test
    void both_charts_label_their_units_and_span_the_last_minute(FxRobot robot) {
        LineChart<Number, Number> rate = lineChart(robot, "#live-chart");
        LineChart<Number, Number> depth = lineChart(robot, "#live-depth-chart");

        assertThat(rate.getYAxis().getLabel()).isEqualTo("msg/s");
        assertThat(rate.getTitle()).isEqualTo("Messages per second");
        assertThat(depth.getYAxis().getLabel()).isEqualTo("queued");
        assertThat(depth.getTitle()).isEqualTo("Deepest queue (messages)");
        for (LineChart<Number, Number> c : List.of(rate, depth)) {
            NumberAxis time = (NumberAxis) c.getXAxis();
            assertThat(time.getLabel()).isEqualTo("seconds ago");
            assertThat(time.getLowerBound()).isEqualTo(-60.0);
            assertThat(time.getUpperBound()).isEqualTo(0.0);
            assertThat(c.getAnimated()).isFalse();
            assertThat(c.getCreateSymbols()).isFalse();
        }
    }
}
