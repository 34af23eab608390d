package org.zmqdesigner.app.run;

import java.util.Set;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Region;
import org.zmqdesigner.app.canvas.LanguageFollow;
import org.zmqdesigner.engine.text.Texts;

/**
 * The panel under the canvas while a design runs: the live chart of the selection and the message
 * trace, one tab each. It only shows what it is fed; the run controller feeds it once per frame.
 */
public final class RunPanel {

    private static final Texts TEXTS = Texts.of(RunPanel.class);

    private final LiveHistory history = new LiveHistory();
    private final LiveChart chart = new LiveChart(history);
    private final TraceView trace = new TraceView();
    private final TabPane tabs = new TabPane();
    /** Tabs whose content waits outside the scene until they are first shown. */
    private final java.util.Map<Tab, javafx.scene.Node> notShownYet = new java.util.HashMap<>();

    public RunPanel() {
        Tab chartTab = new Tab(TEXTS.get("tab.chart"));
        chartTab.setId("run-tab-chart");
        Tab traceTab = new Tab(TEXTS.get("tab.trace"));
        traceTab.setId("run-tab-trace");
        tabs.getTabs().addAll(chartTab, traceTab);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> fillSelected());
        tabs.sceneProperty().addListener((o, old, now) -> fillSelected());
        showOnFirstSelection(chartTab, chart.view());
        showOnFirstSelection(traceTab, trace.view());
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("run-panel");
        tabs.getSelectionModel().selectedItemProperty().addListener((o, old, now) ->
                trace.setShowing(now == traceTab));
        trace.setShowing(tabs.getSelectionModel().getSelectedItem() == traceTab);
        tabs.getStyleClass().add("run-panel");
        LanguageFollow.follow(this, RunPanel::relabel);
    }

    /**
     * Puts {@code content} into the tab the first time the tab shows: selected while the panel is
     * in a scene. Until then the content is not in the scene, so a tab nobody looked at costs the
     * window's start no skins, CSS or layout (at start only Problems shows; the chart, trace, code
     * and "Why?" views were styled and laid out in the first frame all the same). The views
     * themselves exist from the start and are fed while hidden, so a tab opened later shows what
     * happened before.
     */
    public void showOnFirstSelection(Tab tab, javafx.scene.Node content) {
        notShownYet.put(tab, content);
        fillSelected();
    }

    private void fillSelected() {
        Tab selected = tabs.getSelectionModel().getSelectedItem();
        if (tabs.getScene() != null && selected != null) {
            javafx.scene.Node content = notShownYet.remove(selected);
            if (content != null) {
                selected.setContent(content);
            }
        }
    }

    /** The tabs' titles in the current language (the chart and trace relabel themselves). */
    private void relabel() {
        for (Tab tab : tabs.getTabs()) {
            String key = switch (tab.getId()) {
                case "run-tab-chart" -> "tab.chart";
                case "run-tab-trace" -> "tab.trace";
                case "run-tab-problems" -> "tab.problems";
                case "run-tab-code" -> "tab.code";
                default -> null;
            };
            if (key != null) {
                tab.setText(TEXTS.get(key));
            }
        }
    }

    public Region view() {
        return tabs;
    }

    public LiveHistory history() {
        return history;
    }

    public TraceView trace() {
        return trace;
    }

    public LiveChart chart() {
        return chart;
    }

    /** Starts afresh for a new run: no history, no trace. The chart keeps its selection. */
    public void reset() {
        history.clear();
        trace.clear();
        chart.refresh();
    }

    /** Puts the design's problems first, as the tab shown while editing. */
    public void addProblemsTab(javafx.scene.Node problems) {
        Tab tab = new Tab(TEXTS.get("tab.problems"), problems);
        tab.setId("run-tab-problems");
        tabs.getTabs().add(0, tab);
        tabs.getSelectionModel().select(tab);
    }

    /**
     * Puts the selected node's code beside the problems; {@code showing} hears whether it is on
     * screen, so code is only made for a tab someone looks at.
     */
    public void addCodeTab(javafx.scene.Node code, java.util.function.Consumer<Boolean> showing) {
        Tab tab = new Tab(TEXTS.get("tab.code"));
        tab.setId("run-tab-code");
        int problems = tabs.getTabs().indexOf(tabs.getTabs().stream()
                .filter(t -> "run-tab-problems".equals(t.getId())).findFirst().orElse(null));
        tabs.getTabs().add(problems + 1, tab);
        showOnFirstSelection(tab, code);
        tab.selectedProperty().addListener((o, was, now) -> showing.accept(now));
        showing.accept(tab.isSelected());
    }

    /** Shows the selected node's code. */
    public void showCode() {
        tabs.getTabs().stream().filter(t -> "run-tab-code".equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    /** Shows the live chart, as a run starts. */
    public void showLive() {
        tabs.getTabs().stream().filter(t -> "run-tab-chart".equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    /** Shows the problems, when they block a run. */
    public void showProblems() {
        tabs.getTabs().stream().filter(t -> "run-tab-problems".equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    /** Points the chart at node and link ids, named by the caption. */
    public void select(Set<String> ids, String caption) {
        chart.show(ids, caption);
    }

    /** Points the chart at the whole run: these ids, named as the whole run in the current language. */
    public void selectWholeRun(Set<String> ids) {
        chart.showWholeRun(ids);
    }
}
