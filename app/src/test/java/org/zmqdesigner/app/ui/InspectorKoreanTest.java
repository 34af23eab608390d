package org.zmqdesigner.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TitledPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.Start;
import org.zmqdesigner.engine.format.TopologyFiles;
import org.zmqdesigner.engine.model.Topology;
import org.zmqdesigner.engine.text.Language;

/**
 * The designer opened in Korean: the palette, and the inspector of a node and of a link, speak
 * Korean, while what they edit keeps the file's words. Korean glyphs are wider than Latin ones, so
 * no label, button or choice of the inspector or palette may be cut short with an ellipsis. Leaves
 * app/target/screenshots/inspector-ko.png (the ventilator of the pipeline sample selected).
 */
class InspectorKoreanTest extends DesignerUiTest {

    /**
     * TestFX allows 30 s for {@code @Start}; on a shared two-core machine under load the first window
     * with Korean text (fonts found on first use) has taken longer. A longer bound, still a bound.
     */
    @BeforeAll
    static void allowASlowFirstWindow() {
        FxToolkit.toolkitContext().setSetupTimeoutInMillis(Math.max(90_000,
                FxToolkit.toolkitContext().getSetupTimeoutInMillis()));
    }

    /** An empty window, which opens fastest; the test opens the pipeline sample. */
    @Start
    void start(Stage stage) throws Exception {
        Language.set(Language.KOREAN);
        open(stage);
    }

    @AfterEach
    void english() {
        Language.set(Language.ENGLISH);
    }

    @Test
    void a_selected_node_and_link_and_the_palette_are_shown_in_korean_and_nothing_is_cut_short(FxRobot robot)
            throws Exception {
        assertThat(fx(() -> texts(robot, "#palette"))).contains("소켓", "장치", "클라이언트", "구독자",
                "ROUTER ↔ DEALER 브로커");
        assertThat(fx(() -> clipped(robot, "#palette"))).as("palette texts cut short").isEmpty();

        Topology pipeline = new TopologyFiles().load(sample("pipeline"));
        robot.interact(() -> document().replace(pipeline, null));
        robot.interact(() -> document().selectOnly("ventilator"));
        waitFor("the ventilator in the inspector", 20, () -> robot.lookup("#inspector-kind").tryQuery().isPresent()
                && texts(robot, "#inspector").contains("노드"));
        List<String> node = fx(() -> texts(robot, "#inspector"));
        assertThat(node).contains("노드", "종류", "소켓", "동작", "소켓 1: sender", "애플리케이션", "페이로드",
                "사전 메시지", "ventilator 노드와 그 링크의 문제");
        assertThat(node).anyMatch(t -> t.startsWith("벤틸레이터: ") && t.endsWith("통신 상대: PULL."));
        @SuppressWarnings("unchecked")
        ComboBox<String> behaviour = robot.lookup("#behaviour-type").queryAs(ComboBox.class);
        assertThat(fx(behaviour::getValue)).as("the model's word").isEqualTo("source");
        assertThat(fx(() -> behaviour.getConverter().toString(behaviour.getValue()))).as("what the student sees")
                .isEqualTo("소스");
        assertThat(fx(() -> texts(robot, "#behaviour-type"))).containsExactly("소스");
        assertThat(fx(() -> clipped(robot, "#inspector"))).as("inspector texts cut short").isEmpty();
        Path shot = Path.of("target", "screenshots", "inspector-ko.png");
        Files.createDirectories(shot.getParent());
        robot.interact(() -> {
            try {
                org.zmqdesigner.app.export.PngExporter.write(window.stage().getScene().getRoot(), shot, 1);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        robot.interact(() -> document().selectOnly("tasks-1"));
        waitFor("the link in the inspector", 10, () -> robot.lookup("#link-endpoint").tryQuery().isPresent());
        List<String> link = fx(() -> texts(robot, "#inspector"));
        assertThat(link).contains("링크", "From (connect)", "To (bind)", "Endpoint", "tasks-1의 문제");
        assertThat(fx(() -> clipped(robot, "#inspector"))).as("inspector texts cut short").isEmpty();
    }

    /** Every text a label, button, check box, cell or titled pane under {@code query} holds. */
    private static List<String> texts(FxRobot robot, String query) {
        List<String> texts = new ArrayList<>();
        for (javafx.scene.Node n : robot.lookup(query).query().lookupAll("*")) {
            if (n instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
                texts.add(labeled.getText());
            }
        }
        return texts;
    }

    /**
     * The texts under {@code query} that the skin had to shorten: a labeled control shows its text
     * in a Text node, which holds the ellipsis when the text does not fit.
     */
    private static List<String> clipped(FxRobot robot, String query) {
        List<String> clipped = new ArrayList<>();
        for (javafx.scene.Node n : robot.lookup(query).query().lookupAll("*")) {
            if (!(n instanceof Labeled labeled) || labeled.getText() == null || labeled.getText().isEmpty()
                    || !labeled.isVisible() || labeled.getScene() == null || labeled instanceof TitledPane) {
                continue;
            }
            for (javafx.scene.Node child : labeled.getChildrenUnmodifiable()) {
                // The skin's LabeledText, not a graphic (an icon is a Text too).
                if (child instanceof Text shown && child != labeled.getGraphic()
                        && child.getStyleClass().contains("text") && !shown.getText().equals(labeled.getText())) {
                    clipped.add(labeled.getText() + " → " + shown.getText());
                }
            }
        }
        return clipped;
    }

}
