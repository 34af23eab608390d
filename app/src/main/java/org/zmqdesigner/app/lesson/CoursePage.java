package org.zmqdesigner.app.lesson;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.zmqdesigner.engine.lesson.Lesson;
import org.zmqdesigner.engine.text.Texts;

/** The course: every lesson in order with the student's progress, the chosen one's summary, and Start. */
final class CoursePage {

    private static final Texts TEXTS = Texts.of(CoursePage.class);

    private final Course course;
    private final LessonProgress progress;
    private final ListView<Lesson> list = new ListView<>();
    private final Label intro = new Label();
    private final Label summary = new Label();
    private final Label problems = new Label();
    private final Button start = new Button();
    private final VBox view;

    /** @param open opens a lesson (at the step the student got to) */
    CoursePage(Course course, LessonProgress progress, Consumer<Lesson> open) {
        this.course = course;
        this.progress = progress;
        intro.setWrapText(true);
        intro.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        intro.getStyleClass().add("lesson-muted");
        list.setId("lesson-course-list");
        list.getStyleClass().add("lesson-course-list");
        list.setCellFactory(v -> new Row());
        list.setPrefHeight(220);
        list.setMinHeight(100);
        VBox.setVgrow(list, Priority.ALWAYS);
        summary.setId("lesson-course-summary");
        summary.setWrapText(true);
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        problems.setId("lesson-course-problems");
        problems.setWrapText(true);
        problems.getStyleClass().add("lesson-problem");
        problems.managedProperty().bind(problems.visibleProperty());
        start.setId("lesson-start");
        start.setDefaultButton(false);
        start.getStyleClass().add("accent");
        start.setMaxWidth(Double.MAX_VALUE);
        start.setOnAction(e -> chosen().ifPresent(open));
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> refreshChoice());
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                chosen().ifPresent(open);
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                chosen().ifPresent(open);
            }
        });
        view = new VBox(8, intro, list, summary, start, problems);
        view.setId("lesson-course");
        view.getStyleClass().add("lesson-page");
    }

    VBox view() {
        return view;
    }

    ListView<Lesson> list() {
        return list;
    }

    private java.util.Optional<Lesson> chosen() {
        return java.util.Optional.ofNullable(list.getSelectionModel().getSelectedItem());
    }

    /** Re-reads lessons, progress and words (after a lesson step, a restart or a language switch). */
    void refresh(Lesson select) {
        intro.setText(TEXTS.get("course.intro"));
        List<Lesson> lessons = course.lessons();
        Lesson keep = select != null ? select : list.getSelectionModel().getSelectedItem();
        list.getItems().setAll(lessons);
        if (keep != null && lessons.stream().anyMatch(l -> l.id().equals(keep.id()))) {
            list.getSelectionModel().select(lessons.stream().filter(l -> l.id().equals(keep.id())).findFirst().get());
        } else if (!lessons.isEmpty()) {
            // The first lesson not passed yet: where a student coming back would go on.
            list.getSelectionModel().select(lessons.stream().filter(l -> !progress.of(l.id()).passed()).findFirst()
                    .orElse(lessons.get(0)));
        }
        list.refresh();
        List<String> broken = course.problems();
        problems.setVisible(!broken.isEmpty() || lessons.isEmpty());
        problems.setText(lessons.isEmpty() && broken.isEmpty() ? TEXTS.get("course.none")
                : String.join("\n", broken));
        refreshChoice();
    }

    private void refreshChoice() {
        Lesson lesson = list.getSelectionModel().getSelectedItem();
        start.setDisable(lesson == null);
        if (lesson == null) {
            summary.setText("");
            start.setText(TEXTS.get("course.start"));
            return;
        }
        summary.setText(lesson.texts().summary());
        LessonProgress.Standing standing = progress.of(lesson.id());
        start.setText(TEXTS.get(standing.passed() ? "course.again" : standing.started() ? "course.continue"
                : "course.start"));
    }

    /** "not started", "step 2 of 4" or "passed". */
    static String standing(LessonProgress.Standing standing, int steps) {
        if (standing.passed()) {
            return TEXTS.get("course.progress.passed");
        }
        if (!standing.started()) {
            return TEXTS.get("course.progress.notStarted");
        }
        return TEXTS.get("course.progress.step", standing.step() + 1, steps);
    }

    private final class Row extends ListCell<Lesson> {
        private final Label title = new Label();
        private final Label state = new Label();
        private final VBox box = new VBox(1, title, state);

        Row() {
            title.getStyleClass().add("lesson-row-title");
            title.setWrapText(true);
            state.getStyleClass().add("lesson-row-state");
            // A title wraps within the list rather than ending in "…" (the panel is narrow).
            setPrefWidth(0);
            box.maxWidthProperty().bind(list.widthProperty().subtract(28));
            title.maxWidthProperty().bind(box.maxWidthProperty());
            title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        }

        @Override
        protected void updateItem(Lesson lesson, boolean empty) {
            super.updateItem(lesson, empty);
            if (empty || lesson == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            title.setText(TEXTS.get("course.row", String.valueOf(course.position(lesson)), lesson.texts().title()));
            LessonProgress.Standing standing = progress.of(lesson.id());
            state.setText(standing(standing, lesson.steps().size()));
            state.getStyleClass().removeAll("passed", "started");
            if (standing.passed()) {
                state.getStyleClass().add("passed");
            } else if (standing.started()) {
                state.getStyleClass().add("started");
            }
            setGraphic(box);
            setText(null);
        }
    }
}
