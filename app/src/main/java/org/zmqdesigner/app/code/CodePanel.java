package org.zmqdesigner.app.code;

import java.util.List;
import java.util.prefs.Preferences;
import javafx.animation.PauseTransition;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.zmqdesigner.app.document.DesignDocument;
import org.zmqdesigner.app.export.ExportNames;
import org.zmqdesigner.engine.export.ExportTarget;
import org.zmqdesigner.engine.model.Topology;
import org.zmqdesigner.engine.text.Texts;

/**
 * The Code tab: the generated Java or Python program of the selected node, following selection
 * and edits, so a student sees the code behind the box they just drew. Rendered by the engine's
 * exporters on a background thread ({@link CodeRenderer}) a moment after the last edit; read-only,
 * selectable, with a Copy button. With nothing to show it says why, in words.
 */
public final class CodePanel {

    /** How long the design must stay still before its code is made again: typing is not slowed. */
    static final Duration SETTLE = Duration.millis(150);
    static final String LANGUAGE_KEY = "codeLanguage";
    private static final Texts TEXTS = Texts.of(CodePanel.class);

    private final DesignDocument document;
    private final Preferences preferences;
    private final CodeRenderer renderer = new CodeRenderer(CodeResult::render);
    private final PauseTransition settle = new PauseTransition(SETTLE);
    private final ToggleGroup languages = new ToggleGroup();
    private final ToggleButton java = language("Java", "code-java", ExportTarget.JAVA);
    private final ToggleButton python = language("Python", "code-python", ExportTarget.PYTHON);
    private final Label heading = new Label();
    private final Button copy = new Button(null, new FontIcon(MaterialDesignC.CONTENT_COPY));
    private final TextArea code = new TextArea();
    private final Label messageTitle = new Label();
    private final Label messageDetails = new Label();
    private final Hyperlink toProblems = new Hyperlink();
    private final VBox message = new VBox(messageTitle, messageDetails, toProblems);
    private final BorderPane view;
    private Runnable showProblems = () -> { };
    private boolean showing;
    /** The design or selection changed while the tab was hidden: render when it shows. */
    private boolean stale = true;

    public CodePanel(DesignDocument document, Preferences preferences) {
        this.document = document;
        this.preferences = preferences;
        languages.getToggles().addAll(java, python);
        languages.selectToggle(ExportTarget.PYTHON.name().equals(preferences.get(LANGUAGE_KEY, "")) ? python : java);
        // A toggle group lets the selected button be clicked off; here one language is always chosen.
        languages.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                languages.selectToggle(was);
                return;
            }
            preferences.put(LANGUAGE_KEY, language().name());
            update();
        });
        java.getStyleClass().add(atlantafx.base.theme.Styles.LEFT_PILL);
        python.getStyleClass().add(atlantafx.base.theme.Styles.RIGHT_PILL);

        heading.setId("code-heading");
        heading.getStyleClass().add("code-heading");
        // A long path gives way from its start, so the file's own name stays in view; the buttons never shrink.
        heading.setMinWidth(0);
        heading.setMaxWidth(Double.MAX_VALUE);
        heading.setTextOverrun(javafx.scene.control.OverrunStyle.LEADING_ELLIPSIS);
        HBox.setHgrow(heading, Priority.ALWAYS);
        for (Region fixed : List.of(java, python, copy)) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        copy.setId("code-copy");
        copy.setTooltip(new Tooltip());
        copy.setOnAction(e -> copyAll());
        HBox pills = new HBox(java, python);
        pills.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(pills, heading, copy);
        bar.getStyleClass().add("code-bar");

        code.setId("code-text");
        code.getStyleClass().add("code-text");
        code.setEditable(false);
        code.setWrapText(false);
        message.setId("code-message");
        message.getStyleClass().add("code-message");
        messageTitle.getStyleClass().add("code-message-title");
        messageTitle.setWrapText(true);
        messageDetails.getStyleClass().add("code-message-details");
        messageDetails.setWrapText(true);
        toProblems.setId("code-to-problems");
        toProblems.setOnAction(e -> showProblems.run());
        toProblems.managedProperty().bind(toProblems.visibleProperty());

        view = new BorderPane(new StackPane(code, message));
        view.setTop(bar);
        view.setId("code-panel");
        view.getStylesheets().add(CodePanel.class.getResource("code.css").toExternalForm());

        settle.setOnFinished(e -> update());
        // Edits settle first (typing a name is many edits); a new selection or design shows at once.
        document.topologyProperty().addListener((o, was, now) -> {
            stale = true;
            settle.playFromStart();
        });
        document.selection().addListener((javafx.collections.SetChangeListener<String>) change -> update());
        document.generationProperty().addListener((o, was, now) -> update());
        relabel();
    }

    /** Says everything again in the current language: the buttons, and what the panel shows now. */
    public void relabel() {
        copy.setText(TEXTS.get("copy"));
        copy.getTooltip().setText(TEXTS.get("copy.tip"));
        toProblems.setText(TEXTS.get("toProblems"));
        if (showing) {
            update();
        } else {
            stale = true;
            showNothingSelected(false);
        }
    }

    private void showNothingSelected(boolean link) {
        showMessage(document.selection().size() > 1 ? TEXTS.get("selectOne") : TEXTS.get("selectNode"),
                link ? TEXTS.get("linkHasNoProgram") : TEXTS.get("clickABox"), false, null);
    }

    public Region view() {
        return view;
    }

    /** Where "Show the Problems tab" leads. */
    public void onShowProblems(Runnable action) {
        this.showProblems = action;
    }

    /** Whether the tab is on screen; code is only made for a visible tab. */
    public void setShowing(boolean now) {
        showing = now;
        if (now && stale) {
            update();
        }
    }

    public ExportTarget language() {
        return languages.getSelectedToggle() == python ? ExportTarget.PYTHON : ExportTarget.JAVA;
    }

    public void setLanguage(ExportTarget target) {
        languages.selectToggle(target == ExportTarget.PYTHON ? python : java);
    }

    /** Asks for the code of what is selected now; the answer arrives later on the FX thread. */
    private void update() {
        settle.stop();
        if (!showing) {
            stale = true;
            return;
        }
        stale = false;
        Topology topology = document.topology();
        String selected = document.selection().size() == 1 ? document.selection().iterator().next() : null;
        if (selected == null || topology.node(selected).isEmpty()) {
            renderer.cancel();
            boolean link = selected != null && topology.link(selected).isPresent();
            showNothingSelected(link);
            return;
        }
        String name = ExportNames.designName(document.fileProperty().get(), topology.title());
        renderer.render(new CodeResult.Request(topology, name, selected, language()), this::show);
    }

    private void show(CodeResult result) {
        if (result instanceof CodeResult.Code c) {
            boolean same = c.file().path().equals(heading.getUserData());
            double top = code.getScrollTop();
            double left = code.getScrollLeft();
            code.setText(c.file().text());
            if (same) { // an edit of the node being read: stay where the reader was
                code.setScrollTop(top);
                code.setScrollLeft(left);
            }
            heading.setText(c.nodeId() + " — " + c.file().path());
            heading.setUserData(c.file().path());
            heading.setTooltip(new Tooltip(TEXTS.get(c.target() == ExportTarget.JAVA ? "heading.tip.java"
                    : "heading.tip.python", c.file().path())));
            code.setVisible(true);
            message.setVisible(false);
            copy.setDisable(false);
        } else if (result instanceof CodeResult.Refused r) {
            showMessage(TEXTS.get("refused.title", r.reasons().size()),
                    "• " + String.join("\n• ", r.reasons()) + "\n\n" + TEXTS.get("refused.comesBack"),
                    true, "refused");
        } else if (result instanceof CodeResult.Failed f) {
            showMessage(TEXTS.get(f.target() == ExportTarget.JAVA ? "failed.title.java" : "failed.title.python"),
                    f.message() + "\n\n" + TEXTS.get("failed.notYourDesign"), false, "failed");
        }
    }

    private void showMessage(String title, String details, boolean problems, String kind) {
        messageTitle.setText(title);
        messageDetails.setText(details);
        toProblems.setVisible(problems);
        message.getStyleClass().removeAll("refused", "failed");
        if (kind != null) {
            message.getStyleClass().add(kind);
        }
        heading.setText("");
        heading.setUserData(null);
        heading.setTooltip(null);
        code.clear();
        code.setVisible(false);
        message.setVisible(true);
        copy.setDisable(true);
    }

    private void copyAll() {
        ClipboardContent content = new ClipboardContent();
        content.putString(code.getText());
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        copy.setText(TEXTS.get("copied"));
        PauseTransition back = new PauseTransition(Duration.seconds(1.5));
        back.setOnFinished(e -> copy.setText(TEXTS.get("copy")));
        back.play();
    }

    private ToggleButton language(String text, String id, ExportTarget target) {
        ToggleButton button = new ToggleButton(text);
        button.setId(id);
        button.setUserData(target);
        button.setFocusTraversable(true);
        return button;
    }
}
