package org.zmqdesigner.app.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class RunPanelTest {

    private RunPanel panel;

    @Start
    void start(Stage stage) {
        panel = new RunPanel();
        stage.setScene(new Scene(panel.view(), 900, 400));
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private static List<XYChart.Data<Number, Number>> points(FxRobot robot) {
        LineChart<Number, Number> chart = robot.lookup("#live-chart").queryAs(LineChart.class);
        return chart.getData().get(0).getData();
    }

    @Test
    void the_panel_has_a_chart_tab_and_a_trace_tab(FxRobot robot) {
        TabPane tabs = robot.lookup("#run-panel").queryAs(TabPane.class);

        assertThat(tabs.getTabs()).extracting(t -> t.getId() + ":" + t.getText())
                .containsExactly("run-tab-chart:Chart", "run-tab-trace:Trace");
        assertThat(robot.lookup("#live-chart").tryQuery()).isPresent();

        robot.clickOn("Trace");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#trace-table").query().isVisible()).isTrue();
    }

    @Test
    void selecting_names_the_chart_and_reset_empties_history_and_trace(FxRobot robot) {
        robot.interact(() -> {
            panel.history().addTraffic("link-1", 5);
            panel.history().advance(1_000_000_000L);
            panel.trace().add(List.of(new TraceRow(1, "a", "b", "PUSH → PULL", 1, "x", 1)));
            panel.select(Set.of("link-1"), "link-1");
        });
        assertThat(robot.lookup("#live-chart-caption").queryAs(Label.class).getText()).startsWith("link-1");
        assertThat(points(robot)).hasSize(1);

        robot.interact(panel::reset);

        assertThat(panel.history().seconds()).isZero();
        assertThat(panel.trace().shownRows()).isEmpty();
        assertThat(points(robot)).isEmpty();
    }
}
