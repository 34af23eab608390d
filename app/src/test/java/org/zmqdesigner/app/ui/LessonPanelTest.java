package org.zmqdesigner.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zmqdesigner.app.DesignerApp;
import org.zmqdesigner.app.DesignerWindow;
import org.zmqdesigner.app.canvas.CanvasView;
import org.zmqdesigner.app.export.PngExporter;
import org.zmqdesigner.engine.lesson.Lesson;
import org.zmqdesigner.engine.lesson.LessonLibrary;
import org.zmqdesigner.engine.model.SocketRef;
import org.zmqdesigner.engine.text.Language;

/**
 * The Lessons panel (Help → Lessons): the first lesson of the course played to its end by doing
 * what its steps ask — a link drawn with the mouse, the server's delay typed into the inspector,
 * runs started from the panel — with every run check read from the real run; a wrong try shows
 * the hint; progress survives a new window; Reset brings back the starting design; Korean.
 */
class LessonPanelTest extends DesignerUiTest {

    private static final String LESSON = "hello-reqrep";

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    /** Back to English on the FX thread, so the panels relabel now, before the preferences are removed. */
    @AfterEach
    void english() {
        new FxRobot().interact(() -> Language.set(Language.ENGLISH));
    }

    private static Lesson lesson() {
        return LessonLibrary.discover().orElseThrow().lessons().stream().filter(l -> l.id().equals(LESSON))
                .findFirst().orElseThrow();
    }

    /** A projector-sized window: what the panel is made to fit. */
    private void projectorSize(FxRobot robot) {
        robot.interact(() -> {
            window.stage().setWidth(1024);
            window.stage().setHeight(700);
        });
    }

    /** What a label shows; read on the FX thread (also from inside {@code waitFor}'s conditions). */
    private String text(String id) {
        return quietly(() -> robot.lookup(id).queryAs(Labeled.class).getText());
    }

    private boolean visible(String id) {
        return quietly(() -> robot.lookup(id).tryQuery().map(n -> n.isVisible() && n.getScene() != null)
                .orElse(false));
    }

    private boolean enabled(String id) {
        return quietly(() -> robot.lookup(id).tryQuery().map(n -> n.isVisible() && !n.isDisabled()).orElse(false));
    }

    private static <T> T quietly(java.util.concurrent.Callable<T> call) {
        try {
            return fx(call);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Set<String> highlighted() throws Exception {
        return fx(() -> robot.lookup("." + CanvasView.HIGHLIGHT).queryAll().stream().map(Node::getId)
                .collect(Collectors.toSet()));
    }

    /** Help → Lessons by its shortcut, then the first lesson from the course list. */
    private void startLesson(FxRobot robot) throws Exception {
        this.robot = robot;
        robot.clickOn("#canvas");
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        waitFor("the lessons panel", 5, () -> robot.lookup("#lesson-course-list").tryQuery().isPresent());
        ListView<?> list = robot.lookup("#lesson-course-list").queryAs(ListView.class);
        assertThat(fx(() -> ((Lesson) list.getItems().get(0)).id())).as("the course starts with lesson 01")
                .isEqualTo(LESSON);
        robot.clickOn("#lesson-start");
        waitFor("the lesson's first step", 5, () -> robot.lookup("#lesson-step-title").tryQuery().isPresent());
    }

    private void runFromPanel() throws Exception {
        robot.clickOn("#lesson-run");
        waitFor("the run to start", 10, () -> window.runs().runningProperty().get());
    }

    private void stopRun() throws Exception {
        robot.clickOn("#run-stop");
        waitFor("the run to stop", 10, () -> window.runs().run().isEmpty() && !window.runs().busyProperty().get());
    }

    private void connectClientToServer() throws Exception {
        Point2D from = port(robot, new SocketRef("client", "requester"), true);
        Point2D to = port(robot, new SocketRef("server", "responder"), false);
        robot.drag(from, MouseButton.PRIMARY).dropTo(to);
        WaitForAsyncUtils.waitForFxEvents();
        // The canvas asks which side binds; the suggestion (the server binds, as it already does).
        Node choice = robot.lookup((Node n) -> n instanceof Labeled l && l.getText() != null
                && l.getText().endsWith("(suggested)")).query();
        robot.clickOn(choice);
        waitFor("the link", 5, () -> topology().links().size() == 1);
    }

    @Test
    void the_first_lesson_is_played_to_its_end_and_a_wrong_try_shows_the_hint(FxRobot robot) throws Exception {
        projectorSize(robot);
        Lesson lesson = lesson();
        startLesson(robot);

        // The starting design, as an unsaved document, with the step's elements highlighted.
        assertThat(topology()).isEqualTo(lesson.start());
        assertThat(document().isDirty()).isFalse();
        assertThat(document().fileProperty().get()).isNull();
        assertThat(text("#lesson-step-title")).isEqualTo(lesson.texts().stepTitle("meet"));
        assertThat(text("#lesson-step-number")).isEqualTo("Step 1 of 3");
        assertThat(highlighted()).isEqualTo(Set.of("node-client", "node-server"));
        assertThat(enabled("#lesson-back")).isFalse();

        // Step 2: a run check. Nothing passes before the link exists and a run has shown a reply.
        robot.clickOn("#lesson-next");
        assertThat(text("#lesson-step-title")).isEqualTo(lesson.texts().stepTitle("connect"));
        assertThat(enabled("#lesson-next")).as("Next waits for the check").isFalse();
        assertThat(text("#lesson-result-text")).as("the engine says what the design lacks")
                .contains("No node with a REQ socket is linked to server/responder");
        connectClientToServer();
        assertThat(enabled("#lesson-next")).as("a link alone is not a reply").isFalse();
        assertThat(text("#lesson-result-text")).startsWith("Press Run");
        runFromPanel();
        waitFor("the check to pass on the client's first reply", 10, () -> enabled("#lesson-next"));
        assertThat(window.runs().run().orElseThrow().report().nodes().get("client").received())
                .as("the run really answered").isGreaterThanOrEqualTo(1);
        assertThat(text("#lesson-result-text")).startsWith(lesson.texts().done("connect"));
        stopRun();

        // Step 3, a wrong try first: run with the server unchanged (a second per reply) and stop it.
        robot.clickOn("#lesson-next");
        assertThat(text("#lesson-step-title")).isEqualTo(lesson.texts().stepTitle("lockstep"));
        assertThat(visible("#lesson-hint")).isFalse();
        runFromPanel();
        stopRun();
        waitFor("the hint after the failed try", 5, () -> visible("#lesson-hint"));
        assertThat(text("#lesson-hint-text")).isEqualTo(lesson.texts().hint("lockstep"));
        assertThat(text("#lesson-result-text")).as("the engine's reasons, with the numbers")
                .contains("delayMs").contains("at most 100");
        assertThat(enabled("#lesson-next")).isFalse();
        snap("lesson-en.png");

        // The fix, as a student makes it: select the server, type 100 into its processing delay.
        robot.clickOn("#node-server");
        TextField delay = robot.lookup("#behaviour-delayMs").queryAs(TextField.class);
        robot.interact(() -> delay.requestFocus());
        robot.interact(delay::selectAll);
        robot.write("100").type(KeyCode.ENTER);
        waitFor("the new delay in the design", 5, () -> topology().node("server").orElseThrow().behaviour()
                .toString().contains("delayMs=100"));
        runFromPanel();
        waitFor("ten replies in time", 15, () -> text("#lesson-step-number").equals("Step 3 of 3")
                && visible("#lesson-result") && text("#lesson-result-title").equals("Lesson passed. Well done!"));
        assertThat(window.runs().run().orElseThrow().report().nodes().get("client").received()).isGreaterThanOrEqualTo(10);
        assertThat(visible("#lesson-hint")).as("the hint goes once the step passes").isFalse();
        stopRun();

        robot.clickOn("#lesson-all");
        waitFor("the course list", 5, () -> visible("#lesson-course-list"));
        assertThat(rowState(LESSON)).isEqualTo("passed");
    }

    /** What the course list says of a lesson ("not started", "step 2 of 3", "passed"). */
    private String rowState(String lessonId) throws Exception {
        return rowState(robot.lookup("#lesson-course-list").query(), lessonId);
    }

    private static String rowState(Node list, String lessonId) throws Exception {
        return fx(() -> list.lookupAll(".list-cell").stream()
                .map(n -> (javafx.scene.control.ListCell<?>) n)
                .filter(c -> c.getItem() instanceof Lesson l && l.id().equals(lessonId)).findFirst()
                .map(c -> ((Label) c.lookup(".lesson-row-state")).getText()).orElseThrow());
    }

    @Test
    void progress_survives_a_new_window_with_the_same_preferences(FxRobot robot) throws Exception {
        startLesson(robot);
        robot.clickOn("#lesson-next");
        assertThat(text("#lesson-step-number")).isEqualTo("Step 2 of 3");

        DesignerWindow[] later = new DesignerWindow[1];
        robot.interact(() -> {
            try {
                later[0] = DesignerApp.open(new Stage(), Optional.empty(), Files.createTempDirectory("zmqd-recovery"),
                        preferences());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            later[0].stage().show();
            later[0].lessons().show();
        });
        try {
            Node panel = later[0].lessons().view();
            waitFor("the course in the new window", 5, () -> robot.from(panel).lookup(".lesson-row-state").tryQuery()
                    .isPresent());
            assertThat(rowState(panel.lookup("#lesson-course-list"), LESSON)).isEqualTo("step 2 of 3");
            Button start = robot.from(panel).lookup("#lesson-start").queryAs(Button.class);
            assertThat(fx(start::getText)).isEqualTo("Continue");
            robot.interact(start::fire);
            assertThat(fx(() -> ((Labeled) robot.from(panel).lookup("#lesson-step-number").query()).getText()))
                    .isEqualTo("Step 2 of 3");
            assertThat(later[0].document().topology()).isEqualTo(lesson().start());
        } finally {
            robot.interact(() -> later[0].stage().close());
        }
    }

    @Test
    void reset_asks_then_brings_back_the_starting_design(FxRobot robot) throws Exception {
        startLesson(robot);
        robot.clickOn("#lesson-next");
        connectClientToServer();
        assertThat(document().isDirty()).isTrue();

        robot.clickOn("#lesson-reset");
        waitFor("the question", 5, () -> robot.lookup("#lesson-reset-confirm").tryQuery().isPresent());
        DialogPane question = robot.lookup("#lesson-reset-confirm").queryAs(DialogPane.class);
        Button reset = fx(() -> (Button) question.lookupButton(question.getButtonTypes().stream()
                .filter(b -> b.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.OK_DONE).findFirst()
                .orElseThrow()));
        assertThat(fx(reset::getText)).isEqualTo("Reset");
        robot.clickOn(reset);

        waitFor("the starting design", 5, () -> topology().equals(lesson().start()));
        assertThat(document().isDirty()).isFalse();
        assertThat(text("#lesson-step-number")).isEqualTo("Step 1 of 3");
        assertThat(highlighted()).isEqualTo(Set.of("node-client", "node-server"));
    }

    @Test
    void in_korean_the_panel_shows_a_korean_lesson(FxRobot robot) throws Exception {
        // The student's way: View → Language, so the whole window (and its screenshot) is Korean.
        robot.interact(() -> window.setLanguage(Language.KOREAN));
        projectorSize(robot);
        startLesson(robot);
        robot.clickOn("#lesson-next");
        Lesson lesson = lesson();
        assertThat(text("#lesson-title")).isEqualTo(lesson.texts().title()).isNotEqualTo(
                lesson.texts().in(Language.ENGLISH, "title"));
        assertThat(text("#lesson-step-number")).isEqualTo("3단계 중 2단계");
        assertThat(text("#lesson-step-text")).isEqualTo(lesson.texts().stepText("connect"));
        assertThat(text("#lesson-result-title")).isEqualTo("아직이에요");
        snap("lesson-ko.png");
    }

    private void snap(String name) throws Exception {
        screenshot(window, robot, name);
    }
}
