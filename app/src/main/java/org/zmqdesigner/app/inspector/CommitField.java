package org.zmqdesigner.app.inspector;

import atlantafx.base.theme.Styles;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;

/**
 * A text field (or area) that changes the design only when the student is done: on Enter (Ctrl+Enter
 * in an area, where Enter starts a new line) or when focus leaves. Committing on every keystroke
 * would make an edit per character and rebuild the panel under the student's fingers. Escape puts
 * back the design's value. Text that does not parse is marked and explained, and applies nothing.
 *
 * @param <T> the model value the text stands for
 */
final class CommitField<T> {

    private static final KeyCombination COMMIT_AREA = new KeyCodeCombination(KeyCode.ENTER,
            KeyCombination.SHORTCUT_DOWN);

    private final InspectorContext context;
    private final TextInputControl control;
    private final Parse.Parser<T> parser;
    private final Function<T, String> committer;
    private final Label error = new Label();
    private final VBox box;
    private final String shown;
    private Tooltip help;

    /**
     * @param committer applies the parsed value; returns null when that worked, else the reason
     */
    private CommitField(InspectorContext context, TextInputControl control, String id, String shown,
                        Parse.Parser<T> parser, Function<T, String> committer) {
        this.context = context;
        this.control = control;
        this.parser = parser;
        this.committer = committer;
        this.shown = shown;
        control.setId(id);
        control.setText(shown);
        control.getProperties().put(CommitField.class, this);
        error.setId(id + "-error");
        error.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL, "inspector-error");
        error.setWrapText(true);
        error.setManaged(false);
        error.setVisible(false);
        box = new VBox(2, control, error);
        control.focusedProperty().addListener((o, was, now) -> {
            // A field thrown away by a rebuild loses focus too; what it held was carried over or dropped.
            if (!now && !context.rebuilding() && control.getScene() != null) {
                commit();
            }
        });
        control.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && isDirty()) {
                control.setText(shown);
                clearError();
                e.consume();
            }
        });
    }

    static <T> CommitField<T> field(InspectorContext context, String id, String shown, Parse.Parser<T> parser,
                                    Function<T, String> committer) {
        TextField field = new TextField();
        CommitField<T> result = new CommitField<>(context, field, id, shown, parser, committer);
        field.setOnAction(e -> result.commit());
        return result;
    }

    static <T> CommitField<T> area(InspectorContext context, String id, String shown, Parse.Parser<T> parser,
                                   Function<T, String> committer) {
        TextArea area = new TextArea();
        area.setPrefRowCount(Math.max(2, Math.min(6, shown.split("\n", -1).length)));
        area.setWrapText(false);
        CommitField<T> result = new CommitField<>(context, area, id, shown, parser, committer);
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (COMMIT_AREA.match(e)) {
                result.commit();
                e.consume();
            }
        });
        return result;
    }

    /** Unfinished text of a field, and the complaint about it, kept across a rebuild. */
    record Draft(String text, String error) {
    }

    /** The dirty fields under {@code content}, by control id. */
    static Map<String, Draft> drafts(javafx.scene.Node content) {
        Map<String, Draft> drafts = new HashMap<>();
        for (javafx.scene.Node node : content.lookupAll(".text-input")) {
            CommitField<?> field = of(node);
            if (field != null && field.isDirty() && node.getId() != null) {
                drafts.put(node.getId(), new Draft(field.control.getText(),
                        field.error.isVisible() ? field.error.getText() : null));
            }
        }
        return drafts;
    }

    /** Puts drafts back into the fields of the same ids under {@code content}. */
    static void restore(javafx.scene.Node content, Map<String, Draft> drafts) {
        drafts.forEach((id, draft) -> {
            CommitField<?> field = of(content.lookup("#" + id));
            // Text meaning what the design now holds ("360.0" for 360) gives way to the tidy form.
            if (field != null && !field.means(draft.text())) {
                field.control.setText(draft.text());
                if (draft.error() != null) {
                    field.showError(draft.error());
                }
            }
        });
    }

    /** The field this control belongs to, or null for any other control. */
    static CommitField<?> of(javafx.scene.Node node) {
        return node == null ? null : (CommitField<?>) node.getProperties().get(CommitField.class);
    }

    CommitField<T> help(String text) {
        help = new Tooltip(text);
        help.setWrapText(true);
        help.setMaxWidth(360);
        control.setTooltip(help);
        return this;
    }

    CommitField<T> prompt(String text) {
        control.setPromptText(text);
        return this;
    }

    javafx.scene.Node node() {
        return box;
    }

    TextInputControl control() {
        return control;
    }

    /** Whether the text differs from the design's value: there is something to commit or lose. */
    boolean isDirty() {
        return !control.getText().equals(shown);
    }

    /** Whether {@code text} stands for the same value as what the field shows from the design. */
    private boolean means(String text) {
        try {
            return java.util.Objects.equals(parser.parse(text), parser.parse(shown));
        } catch (Parse.Invalid invalid) {
            return false;
        }
    }

    void commit() {
        T value;
        try {
            value = parser.parse(control.getText());
        } catch (Parse.Invalid invalid) {
            showError(invalid.getMessage());
            return;
        }
        String problem = committer.apply(value);
        if (problem == null) {
            clearError();
        } else {
            showError(problem);
        }
    }

    private void showError(String message) {
        String text = sentence(message);
        error.setText(text);
        error.setManaged(true);
        error.setVisible(true);
        control.pseudoClassStateChanged(Styles.STATE_DANGER, true);
        if (!control.getStyleClass().contains("inspector-invalid")) {
            control.getStyleClass().add("inspector-invalid");
        }
        Tooltip tip = new Tooltip(text);
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        control.setTooltip(tip);
    }

    /** Engine messages are written to follow a colon ("the id \"x\" is taken"); under a field they stand alone. */
    private static String sentence(String message) {
        if (message == null || message.isBlank()) {
            return InspectorContext.text("error.unusable");
        }
        String text = Character.toUpperCase(message.charAt(0)) + message.substring(1);
        return text.matches("(?s).*[.!?]$") ? text : text + ".";
    }

    private void clearError() {
        error.setText("");
        error.setManaged(false);
        error.setVisible(false);
        control.pseudoClassStateChanged(Styles.STATE_DANGER, false);
        control.getStyleClass().remove("inspector-invalid");
        control.setTooltip(help);
    }
}
