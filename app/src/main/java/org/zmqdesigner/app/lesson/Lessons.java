package org.zmqdesigner.app.lesson;

import java.lang.ref.WeakReference;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.zmqdesigner.app.canvas.CanvasView;
import org.zmqdesigner.app.document.DesignDocument;
import org.zmqdesigner.app.files.FileActions;
import org.zmqdesigner.app.run.RunController;
import org.zmqdesigner.engine.lesson.Lesson;
import org.zmqdesigner.engine.text.Language;
import org.zmqdesigner.engine.text.Texts;

/**
 * The Lessons panel and what it does to the window: docked above the inspector while shown, it
 * lists the course with the student's progress, opens a lesson's starting design as an unsaved
 * document, highlights the step's elements on the canvas, and checks the step on every design
 * change and against the run of the design ({@link RunWatch}). The window only builds it, gives it
 * the inspector to dock beside, and opens it from Help → Lessons.
 */
public final class Lessons {

    private static final Texts TEXTS = Texts.of(Lessons.class);
    /** Where the panel ends and the inspector begins in the right column, when first shown. */
    static final double DIVIDER = 0.72;
    /** Where the divider goes when something is selected and the inspector is wanted. */
    static final double INSPECTOR_ROOM = 0.5;

    private final Supplier<Window> owner;
    private final DesignDocument document;
    private final CanvasView canvas;
    private final FileActions files;
    private final RunController runs;
    private final Consumer<String> status;
    private final LessonProgress progress;
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper();
    private final Label heading = new Label();
    private final Button close = new Button(null, new FontIcon(MaterialDesignC.CLOSE));
    private final StackPane pages = new StackPane();
    private final VBox panel;
    private final SplitPane dock = new SplitPane();
    private Node inspector = new Region();
    private Course course;
    private CoursePage coursePage;
    private final StepPage stepPage;
    private LessonSession session;
    /** The document generation of the lesson's design: another design opened since means the checks do not apply. */
    private int lessonGeneration = -1;

    public Lessons(Supplier<Window> owner, DesignDocument document, CanvasView canvas, FileActions files,
                   RunController runs, Preferences preferences, Consumer<String> status) {
        this.owner = owner;
        this.document = document;
        this.canvas = canvas;
        this.files = files;
        this.runs = runs;
        this.status = status;
        this.progress = new LessonProgress(preferences);
        this.stepPage = new StepPage(new Moves());
        heading.getStyleClass().add("lesson-heading");
        heading.setGraphic(new FontIcon(MaterialDesignS.SCHOOL_OUTLINE));
        close.setId("lesson-close");
        close.getStyleClass().addAll("flat", "button-icon");
        close.setOnAction(e -> hide());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(6, heading, spacer, close);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("lesson-header");
        VBox.setVgrow(pages, Priority.ALWAYS);
        panel = new VBox(header, pages);
        panel.setId("lesson-panel");
        panel.getStyleClass().add("lesson-panel");
        panel.setMinHeight(180);
        dock.setOrientation(Orientation.VERTICAL);
        dock.setId("lesson-dock");
        dock.getItems().setAll(inspector);

        document.topologyProperty().addListener((o, was, now) -> {
            if (session != null) {
                session.design(now);
                render();
            }
        });
        document.generationProperty().addListener((o, was, now) -> render());
        new RunWatch(runs, () -> {
            if (session != null) {
                session.runStarted();
                render();
            }
        }, reading -> {
            if (session != null) {
                session.run(reading);
                render();
            }
        });
        runs.busyProperty().addListener((o, was, now) -> render());
        // Selecting something means the inspector is wanted next (a step says "select the server
        // and set its delay"): the panel gives it half the column if it had less.
        document.selection().addListener((javafx.collections.SetChangeListener<String>) change -> {
            if (showing.get() && change.wasAdded() && change.getSet().size() == 1
                    && dock.getDividerPositions().length == 1 && dock.getDividerPositions()[0] > INSPECTOR_ROOM) {
                dock.setDividerPositions(INSPECTOR_ROOM);
            }
        });
        listenToLanguage(this);
    }

    /** Help → Lessons: the menu item's words, from this package's bundle. */
    public static String actionText() {
        return TEXTS.get("action.lessons");
    }

    public static String actionDescription() {
        return TEXTS.get("action.lessons.describe");
    }

    /** The panel's and the canvas highlight's looks, for the window's scene. */
    public static String stylesheet() {
        return Lessons.class.getResource("lesson.css").toExternalForm();
    }

    /** The right column: the inspector, with the lessons panel above it while shown. */
    public Node dock(Node inspectorView) {
        this.inspector = inspectorView;
        dock.getItems().setAll(showing.get() ? List.of(panel, inspectorView) : List.of(inspectorView));
        return dock;
    }

    public ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    /** Shows the panel: the lesson being taken, else the course. */
    public void show() {
        if (course == null) {
            course = Course.discover();
            coursePage = new CoursePage(course, progress, this::open);
            coursePage.refresh(progress.current().flatMap(course::byId).orElse(null));
            pages.getChildren().setAll(session == null ? coursePage.view() : stepPage.view());
        }
        if (!showing.get()) {
            showing.set(true);
            dock.getItems().setAll(panel, inspector);
            dock.setDividerPositions(DIVIDER);
        }
        // Words and progress may have changed while hidden (a language switch, another lesson).
        relabel();
    }

    public void hide() {
        showing.set(false);
        dock.getItems().setAll(inspector);
        canvas.highlight(List.of());
    }

    /**
     * Opens a lesson: its starting design as a new, unsaved document (like a sample), at the step
     * the student got to (the first again for a lesson already passed).
     */
    public void open(Lesson lesson) {
        if (files.refusedWhileRunning() || !leaveDesign()) {
            return;
        }
        LessonProgress.Standing standing = progress.of(lesson.id());
        start(lesson, standing.passed() ? 0 : standing.step());
        status.accept(TEXTS.get("status.opened", lesson.texts().title()));
    }

    private void start(Lesson lesson, int step) {
        document.replace(lesson.start(), null);
        lessonGeneration = document.generationProperty().get();
        session = new LessonSession(lesson, step, document.topology(), progress);
        show();
        pages.getChildren().setAll(stepPage.view());
        render();
        canvas.fitToView();
    }

    /** Reset this lesson: its starting design again, from step 1, after asking if there are edits to lose. */
    public void reset() {
        if (session == null || files.refusedWhileRunning()) {
            return;
        }
        boolean lessonDesign = document.generationProperty().get() == lessonGeneration;
        if ((document.isDirty() || !lessonDesign) && !confirm("lesson-reset-confirm", "reset.title", "reset.text",
                "reset.ok")) {
            return;
        }
        start(session.lesson(), 0);
    }

    /** The lesson being taken, if any. */
    public Optional<Lesson> current() {
        return Optional.ofNullable(session).map(LessonSession::lesson);
    }

    /** The whole panel (for tests and screenshots). */
    public Region view() {
        return panel;
    }

    /**
     * May the design on the canvas be replaced? A lesson's own design, edited, is an exercise: asked
     * about as such; anything else is the student's work: the usual save-or-discard question.
     */
    private boolean leaveDesign() {
        if (!document.isDirty()) {
            return true;
        }
        if (session != null && document.generationProperty().get() == lessonGeneration) {
            return confirm("lesson-leave-confirm", "switch.title", "switch.text", "switch.ok");
        }
        return files.confirmDiscard();
    }

    private boolean confirm(String id, String title, String text, String ok) {
        ButtonType yes = new ButtonType(TEXTS.get(ok), ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(TEXTS.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, TEXTS.get(text), yes, no);
        alert.setTitle(TEXTS.get(title));
        alert.setHeaderText(TEXTS.get(title));
        alert.initOwner(owner.get());
        alert.getDialogPane().setId(id);
        return alert.showAndWait().orElse(no) == yes;
    }

    /** Brings every word and state on screen in line with the session (FX thread; cheap). */
    private void render() {
        heading.setText(TEXTS.get("panel.title"));
        close.setTooltip(new Tooltip(TEXTS.get("panel.close")));
        boolean lessonDesign = session != null && document.generationProperty().get() == lessonGeneration;
        if (session != null) {
            boolean idle = !runs.runningProperty().get() && !runs.busyProperty().get();
            stepPage.show(session, lessonDesign, idle, course != null && course.after(session.lesson()).isPresent());
        }
        canvas.highlight(showing.get() && lessonDesign ? session.highlight() : List.of());
    }

    private boolean onScreen() {
        return showing.get() && panel.getScene() != null && panel.getScene().getWindow() != null
                && panel.getScene().getWindow().isShowing();
    }

    /** Every word again, in the language just chosen. */
    private void relabel() {
        if (coursePage != null) {
            coursePage.refresh(null);
        }
        render();
    }

    private void showCourse() {
        coursePage.refresh(session == null ? null : session.lesson());
        pages.getChildren().setAll(coursePage.view());
        render();
    }

    /** What the step page's buttons do. */
    private final class Moves implements StepPage.Moves {
        @Override
        public void allLessons() {
            showCourse();
        }

        @Override
        public void back() {
            session.back();
            render();
        }

        @Override
        public void next() {
            session.next();
            render();
        }

        @Override
        public void nextLesson() {
            course.after(session.lesson()).ifPresent(Lessons.this::open);
        }

        @Override
        public void check() {
            session.check();
            render();
        }

        @Override
        public void run() {
            runs.start();
        }

        @Override
        public void reset() {
            Lessons.this.reset();
        }
    }

    /**
     * Re-renders in the new language when View → Language changes it. The listener holds the panel
     * weakly and lets go once the window is gone (tests open many windows in one JVM).
     */
    private static void listenToLanguage(Lessons lessons) {
        WeakReference<Lessons> ref = new WeakReference<>(lessons);
        Consumer<Locale> listener = new Consumer<>() {
            @Override
            public void accept(Locale locale) {
                Lessons alive = ref.get();
                if (alive == null) {
                    Language.removeListener(this);
                } else if (!alive.onScreen()) {
                    // Hidden, or its window is gone: show() puts the words right when it shows.
                    return;
                } else if (Platform.isFxApplicationThread()) {
                    alive.relabel();
                } else {
                    Platform.runLater(alive::relabel);
                }
            }
        };
        Language.addListener(listener);
    }
}
