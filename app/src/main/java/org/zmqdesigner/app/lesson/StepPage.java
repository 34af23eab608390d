package org.zmqdesigner.app.lesson;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.zmqdesigner.engine.lesson.CheckResult;
import org.zmqdesigner.engine.lesson.LessonTexts;
import org.zmqdesigner.engine.text.Texts;

/**
 * One lesson's current step: its title and text, the check's result in plain words (the engine's
 * reasons, with its numbers), the hint after a failed try, and Back, Check or Run, Next and Reset.
 * It shows a {@link LessonSession}; the buttons call back to {@link LessonPanel}.
 */
final class StepPage {

    private static final Texts TEXTS = Texts.of(StepPage.class);

    /** What the buttons do. */
    interface Moves {
        void allLessons();

        void back();

        void next();

        void nextLesson();

        void check();

        void run();

        void reset();
    }

    private final Hyperlink all = new Hyperlink();
    private final Label lessonTitle = new Label();
    private final Label stepNumber = new Label();
    private final Label stepTitle = new Label();
    private final Label stepText = new Label();
    private final Label notice = new Label();
    private final Label resultTitle = new Label();
    private final Label resultText = new Label();
    private final VBox result = new VBox(4, resultTitle, resultText);
    private final Label hintTitle = new Label();
    private final Label hintText = new Label();
    private final VBox hint = new VBox(4, hintTitle, hintText);
    private final Button back = new Button();
    private final Button check = new Button();
    private final Button run = new Button();
    private final Button next = new Button();
    private final Button reset = new Button();
    private final ScrollPane scroll;
    private final VBox view;
    private String shownStep;
    private String shownFeedback;

    StepPage(Moves moves) {
        all.setId("lesson-all");
        all.setGraphic(new FontIcon(MaterialDesignC.CHEVRON_LEFT));
        all.setOnAction(e -> moves.allLessons());
        lessonTitle.setId("lesson-title");
        lessonTitle.getStyleClass().add("lesson-title");
        lessonTitle.setWrapText(true);
        stepNumber.setId("lesson-step-number");
        stepNumber.getStyleClass().add("lesson-muted");
        stepTitle.setId("lesson-step-title");
        stepTitle.getStyleClass().add("lesson-step-title");
        stepTitle.setWrapText(true);
        stepText.setId("lesson-step-text");
        stepText.getStyleClass().add("lesson-step-text");
        stepText.setWrapText(true);
        notice.setId("lesson-notice");
        notice.setWrapText(true);
        notice.getStyleClass().add("lesson-problem");
        resultTitle.getStyleClass().add("lesson-result-title");
        resultTitle.setId("lesson-result-title");
        resultText.setWrapText(true);
        resultText.setId("lesson-result-text");
        result.setId("lesson-result");
        result.getStyleClass().add("lesson-result");
        hintTitle.getStyleClass().add("lesson-result-title");
        hintTitle.setGraphic(new FontIcon(org.kordamp.ikonli.materialdesign2.MaterialDesignL.LIGHTBULB_ON_OUTLINE));
        hintText.setWrapText(true);
        hintText.setId("lesson-hint-text");
        hint.setId("lesson-hint");
        hint.getStyleClass().add("lesson-hint");
        for (Region r : new Region[] {notice, result, hint}) {
            r.managedProperty().bind(r.visibleProperty());
        }
        for (Label l : new Label[] {lessonTitle, stepTitle, stepText, notice, resultText, hintText}) {
            l.setMinHeight(Region.USE_PREF_SIZE);
        }
        VBox body = new VBox(10, stepTitle, stepText, notice, result, hint);
        body.getStyleClass().add("lesson-body");
        scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("lesson-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);

        back.setId("lesson-back");
        back.setOnAction(e -> moves.back());
        check.setId("lesson-check");
        check.setGraphic(new FontIcon(MaterialDesignC.CHECK));
        check.setOnAction(e -> moves.check());
        run.setId("lesson-run");
        run.setGraphic(new FontIcon(MaterialDesignP.PLAY));
        run.setOnAction(e -> moves.run());
        next.setId("lesson-next");
        next.getStyleClass().add("accent");
        next.setOnAction(e -> {
            if (next.getProperties().get("lesson") == Boolean.TRUE) {
                moves.nextLesson();
            } else {
                moves.next();
            }
        });
        for (Button b : new Button[] {check, run}) {
            b.managedProperty().bind(b.visibleProperty());
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(6, back, check, run, spacer, next);
        buttons.setAlignment(Pos.CENTER_LEFT);
        reset.setId("lesson-reset");
        reset.setGraphic(new FontIcon(MaterialDesignR.RESTORE));
        reset.getStyleClass().add("flat");
        reset.setOnAction(e -> moves.reset());
        all.setMinWidth(Region.USE_PREF_SIZE);
        reset.getStyleClass().add("small");
        view = new VBox(6, all, lessonTitle, stepNumber, scroll, buttons, reset);
        view.setId("lesson-step");
        view.getStyleClass().add("lesson-page");
    }

    VBox view() {
        return view;
    }

    /** Shows the session as it is now; words in the current language. */
    void show(LessonSession session, boolean lessonDesign, boolean canRun, boolean hasNextLesson) {
        LessonTexts texts = session.lesson().texts();
        String stepId = session.step().id();
        all.setText(TEXTS.get("lesson.all"));
        lessonTitle.setText(texts.title());
        stepNumber.setText(TEXTS.get("lesson.step", session.stepIndex() + 1, session.stepCount()));
        stepTitle.setText(texts.stepTitle(stepId));
        stepText.setText(texts.stepText(stepId));
        notice.setVisible(!lessonDesign);
        notice.setText(TEXTS.get("lesson.notLessonDesign"));
        showResult(session, texts);
        hint.setVisible(session.failedTry());
        hintTitle.setText(TEXTS.get("hint.title"));
        hintText.setText(session.failedTry() ? texts.hint(stepId) : "");

        boolean checked = session.step().check().isPresent();
        boolean runStep = checked && session.step().needsRun();
        back.setText(TEXTS.get("lesson.back"));
        back.setDisable(session.first());
        check.setText(TEXTS.get("lesson.check"));
        check.setTooltip(new Tooltip(TEXTS.get("lesson.check.tooltip")));
        check.setVisible(checked && !runStep && !session.stepDone());
        run.setText(TEXTS.get("lesson.run"));
        run.setTooltip(new Tooltip(TEXTS.get("lesson.run.tooltip")));
        run.setVisible(runStep && !session.stepDone());
        run.setDisable(!canRun);
        boolean lessonEnd = session.lessonDone();
        next.getProperties().put("lesson", lessonEnd);
        next.setText(TEXTS.get(lessonEnd ? "lesson.nextLesson" : "lesson.next"));
        next.setVisible(!lessonEnd || hasNextLesson);
        next.setDisable(!session.stepDone());
        next.setDefaultButton(false);
        reset.setText(TEXTS.get("lesson.reset"));
        reset.setTooltip(new Tooltip(TEXTS.get("lesson.reset.tooltip")));
        String feedback = stepId + session.failedTry() + session.stepDone();
        if (!stepId.equals(shownStep)) {
            // A new step is read from its top.
            shownStep = stepId;
            scroll.setVvalue(0);
        } else if (!feedback.equals(shownFeedback) && (session.failedTry() || session.stepDone())) {
            // A hint or a pass just appeared under the text: bring it into view (after layout).
            javafx.application.Platform.runLater(() -> scroll.setVvalue(scroll.getVmax()));
        }
        shownFeedback = feedback;
    }

    private void showResult(LessonSession session, LessonTexts texts) {
        result.getStyleClass().removeAll("passed", "failed", "waiting");
        boolean done = session.stepDone() && session.step().check().isPresent();
        if (session.lessonDone() && session.step().check().isEmpty()) {
            result.setVisible(true);
            result.getStyleClass().add("passed");
            resultTitle.setText(TEXTS.get("lesson.passed"));
            resultText.setText("");
            return;
        }
        if (session.result().isEmpty() && !done) {
            result.setVisible(false);
            return;
        }
        result.setVisible(true);
        if (done) {
            result.getStyleClass().add("passed");
            resultTitle.setText(TEXTS.get(session.lessonDone() ? "lesson.passed" : "result.passed"));
            // The step's own words, then what the engine found holds (with the run's numbers).
            String held = session.result().filter(CheckResult::passed).map(StepPage::reasons).orElse("");
            resultText.setText(held.isEmpty() ? texts.done(session.step().id())
                    : texts.done(session.step().id()) + "\n\n" + held);
            return;
        }
        CheckResult r = session.result().get();
        String reasons = reasons(r);
        switch (r.status()) {
            case NEEDS_RUN -> {
                result.getStyleClass().add("waiting");
                resultTitle.setText(TEXTS.get("result.notYet"));
                resultText.setText(session.running() ? TEXTS.get("result.running") : TEXTS.get("result.needsRun"));
            }
            case RUN_TOO_SHORT -> {
                result.getStyleClass().add("waiting");
                resultTitle.setText(TEXTS.get(session.running() ? "result.soFar" : "result.notYet"));
                // The engine says it with its numbers ("312 messages so far; this check needs 1,000").
                resultText.setText(reasons.isEmpty() ? TEXTS.get("result.runTooShort") : reasons);
            }
            case FAILED -> {
                result.getStyleClass().add(session.failedTry() ? "failed" : "waiting");
                resultTitle.setText(TEXTS.get(session.failedTry() ? "result.tryAgain"
                        : session.running() ? "result.soFar" : "result.notYet"));
                resultText.setText(reasons);
            }
            case PASSED -> {
                result.getStyleClass().add("passed");
                resultTitle.setText(TEXTS.get("result.passed"));
                resultText.setText(texts.done(session.step().id()));
            }
        }
    }

    private static String reasons(CheckResult r) {
        return String.join("\n", r.reasons().stream().map(s -> TEXTS.get("result.reason", s)).toList());
    }

}
