package org.zmqdesigner.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;
import org.zmqdesigner.app.run.TraceRow;
import org.zmqdesigner.app.run.TraceView;
import org.zmqdesigner.engine.text.Language;
import org.zmqdesigner.engine.text.Texts;

/**
 * The tabs under the canvas other than Problems join the scene only when first shown (a faster
 * start), yet show everything that happened before: the chart the history of the run so far, the
 * trace the messages traced so far, in the language chosen meanwhile.
 */
class LazyTabsTest extends DesignerUiTest {

    private static final List<String> HIDDEN_VIEWS = List.of("#live-chart", "#trace-table", "#code-panel",
            "#findings-view");

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
        robot = new org.testfx.api.FxRobot();
    }

    private TabPane tabs() {
        return (TabPane) window.runPanel().view();
    }

    private void select(String tabId) {
        robot.interact(() -> tabs().getSelectionModel().select(tabs().getTabs().stream()
                .filter(t -> tabId.equals(t.getId())).findFirst().orElseThrow()));
    }

    private boolean shows(String query) {
        return robot.lookup(query).tryQuery().map(n -> n.getScene() != null && visibleUpToTheScene(n)).orElse(false);
    }

    private static boolean visibleUpToTheScene(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void only_the_problems_tab_is_in_the_scene_at_start() throws Exception {
        assertThat(fx(() -> tabs().getSelectionModel().getSelectedItem().getId())).isEqualTo("run-tab-problems");
        for (String view : HIDDEN_VIEWS) {
            assertThat(robot.lookup(view).tryQuery()).as("%s before its tab was shown", view).isEmpty();
        }
        assertThat(fx(() -> tabs().getTabs().stream().map(Tab::getText).toList()))
                .as("every tab is named from the start").doesNotContainNull().doesNotContain("");

        for (String[] tabAndView : new String[][] {{"run-tab-code", "#code-panel"}, {"run-tab-chart", "#live-chart"},
                {"run-tab-trace", "#trace-table"}, {"run-tab-explain", "#findings-view"}}) {
            select(tabAndView[0]);
            waitFor(tabAndView[1] + " once its tab is shown", 5, () -> shows(tabAndView[1]));
        }
    }

    @Test
    void a_tab_shown_later_shows_the_run_so_far_in_the_language_chosen_meanwhile() throws Exception {
        robot.interact(() -> {
            // What the run controller does every frame, while Problems is in front.
            window.runPanel().history().addTraffic("link-1", 7);
            window.runPanel().history().advance(1_000_000_000L);
            window.runPanel().history().addTraffic("link-1", 9);
            window.runPanel().history().advance(2_000_000_000L);
            window.runPanel().chart().refresh();
            window.runPanel().trace().add(List.of(
                    new TraceRow(1_000_000L, "sender", "receiver", "PUSH → PULL", 1, "first", 1),
                    new TraceRow(2_000_000L, "sender", "receiver", "PUSH → PULL", 1, "second", 1)));
        });
        assertThat(robot.lookup("#live-chart").tryQuery()).as("chart before its tab was shown").isEmpty();
        assertThat(robot.lookup("#trace-table").tryQuery()).as("trace before its tab was shown").isEmpty();

        select("run-tab-chart");
        waitFor("the chart", 5, () -> shows("#live-chart"));
        @SuppressWarnings("unchecked")
        LineChart<Number, Number> chart = robot.lookup("#live-chart").queryAs(LineChart.class);
        assertThat(fx(() -> chart.getData().get(0).getData().stream().map(d -> d.getYValue().doubleValue()).toList()))
                .as("messages per second fed before the chart was shown").containsExactly(7.0, 9.0);

        try {
            robot.interact(() -> window.setLanguage(Language.KOREAN));
            select("run-tab-trace");
            waitFor("the trace", 5, () -> shows("#trace-table"));
            TableView<?> table = robot.lookup("#trace-table").queryAs(TableView.class);
            assertThat(fx(() -> table.getItems().stream().map(r -> ((TraceRow) r).payload()).toList()))
                    .as("messages traced before the trace was shown").containsExactly("first", "second");
            assertThat(fx(() -> table.getColumns().get(0).getText()))
                    .isEqualTo(Texts.of(TraceView.class).in(Language.KOREAN, "trace.column.time"));
            assertThat(fx(() -> table.getColumns().stream().map(TableColumn::getText).toList()))
                    .doesNotContain(Texts.of(TraceView.class).in(Language.ENGLISH, "trace.column.time"));
            assertThat(fx(() -> tabs().getTabs().stream().filter(t -> "run-tab-trace".equals(t.getId()))
                    .findFirst().orElseThrow().getText())).isEqualTo(Texts.of(
                    org.zmqdesigner.app.run.RunPanel.class).in(Language.KOREAN, "tab.trace"));
        } finally {
            robot.interact(() -> window.setLanguage(Language.ENGLISH));
        }
    }

    @Test
    void the_chart_follows_a_selection_made_before_it_was_shown() throws Exception {
        robot.interact(() -> {
            window.runPanel().history().addTraffic("link-a", 3);
            window.runPanel().history().addTraffic("link-b", 40);
            window.runPanel().history().advance(1_000_000_000L);
            window.runPanel().select(Set.of("link-a"), "link-a");
        });
        robot.interact(() -> window.runPanel().showLive());
        waitFor("the chart", 5, () -> shows("#live-chart"));
        assertThat(fx(() -> robot.lookup("#live-chart-caption").queryAs(javafx.scene.control.Label.class).getText()))
                .startsWith("link-a");
        @SuppressWarnings("unchecked")
        LineChart<Number, Number> chart = robot.lookup("#live-chart").queryAs(LineChart.class);
        assertThat(fx(() -> chart.getData().get(0).getData().stream().map(d -> d.getYValue().doubleValue()).toList()))
                .containsExactly(3.0);
    }
}
