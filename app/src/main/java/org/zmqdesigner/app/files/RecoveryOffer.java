package org.zmqdesigner.app.files;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.zmqdesigner.app.document.DesignDocument;
import org.zmqdesigner.engine.format.TopologyLoadException;
import org.zmqdesigner.engine.model.Topology;
import org.zmqdesigner.engine.text.Language;
import org.zmqdesigner.engine.text.Texts;

/**
 * At start, offers back the work of designers that did not close normally, one file after
 * another, newest first. Each is restored, discarded or kept for later on the user's word alone;
 * one that cannot be read is said to be so (with the loader's message) and moved aside, never
 * dropped. Files of designers still running are not offered ({@link RecoveryFolder}).
 */
public final class RecoveryOffer {

    private static final Texts TEXTS = Texts.of(RecoveryOffer.class);

    private final Supplier<Window> owner;
    private final DesignDocument document;
    private final Autosave autosave;
    private final Runnable restored;

    /** {@code restored} runs after work was put in the window (to show all of it). */
    public RecoveryOffer(Supplier<Window> owner, DesignDocument document, Autosave autosave, Runnable restored) {
        this.owner = owner;
        this.document = document;
        this.autosave = autosave;
        this.restored = restored;
    }

    /** Offers every file left behind in the autosave's folder; runs on the FX thread. */
    public void offer() {
        List<RecoveryFile> left;
        try {
            left = autosave.folder().leftBehind();
        } catch (IOException e) {
            System.getLogger(RecoveryOffer.class.getName()).log(System.Logger.Level.WARNING,
                    "could not look for recovery files in " + autosave.folder().path(), e);
            return;
        }
        boolean windowTaken = false;
        for (int i = 0; i < left.size(); i++) {
            RecoveryFile file = left.get(i);
            Topology work;
            try {
                work = file.read();
            } catch (TopologyLoadException e) {
                Optional<Path> aside = file.setAside();
                tellUnreadable(file.file(), e, aside);
                continue;
            }
            Answers answers = new Answers();
            ButtonType answer = ask(file, work, windowTaken, left.size() - i - 1, answers);
            if (answer == answers.restore) {
                document.recover(work);
                restored.run();
                windowTaken = true;
                // The work lives in this window's own recovery file before the old one goes.
                if (autosave.saveNow()) {
                    file.discard();
                } else {
                    file.release();
                }
            } else if (answer == answers.discard) {
                file.discard();
            } else {
                file.release();
            }
        }
    }

    /** The offer's buttons, named in the language of the moment the offer is made. */
    private static final class Answers {
        final ButtonType restore = new ButtonType(TEXTS.get("button.restore"), ButtonBar.ButtonData.YES);
        final ButtonType discard = new ButtonType(TEXTS.get("button.discard"), ButtonBar.ButtonData.NO);
        final ButtonType later = new ButtonType(TEXTS.get("button.later"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    private ButtonType ask(RecoveryFile file, Topology work, boolean windowTaken, int more, Answers answers) {
        StringBuilder text = new StringBuilder(TEXTS.get("offer.left", describe(work)));
        file.savedAt().ifPresent(t -> text.append(TEXTS.get("offer.lastKept", DateTimeFormatter
                .ofPattern(TEXTS.get("offer.when.pattern"), Language.current()).withZone(ZoneId.systemDefault())
                .format(t))));
        text.append(TEXTS.get("offer.keptIn", file.file()));
        if (windowTaken) {
            text.append("\n\n").append(TEXTS.get("offer.windowTaken"));
        }
        if (more > 0) {
            text.append("\n\n").append(TEXTS.get("offer.more", more));
        }
        Alert alert = windowTaken
                ? new Alert(Alert.AlertType.CONFIRMATION, text.toString(), answers.later, answers.discard)
                : new Alert(Alert.AlertType.CONFIRMATION, text.toString(), answers.restore, answers.discard,
                        answers.later);
        alert.setHeaderText(TEXTS.get("offer.header"));
        alert.getDialogPane().setId("recover-work");
        alert.initOwner(owner.get());
        // Closing the dialog any other way keeps the work: nothing is deleted without the user's word.
        return alert.showAndWait().orElse(answers.later);
    }

    private static String describe(Topology work) {
        int nodes = work.nodes().size();
        return work.title() == null || work.title().isBlank() ? TEXTS.get("offer.untitledDesign", nodes)
                : TEXTS.get("offer.titledDesign", work.title(), nodes);
    }

    private static String sentence(String problem) {
        return problem.matches(".*[.?!]$") ? problem : problem + ".";
    }

    private void tellUnreadable(Path file, TopologyLoadException e, Optional<Path> aside) {
        LoadErrorAlert.show(owner.get(), "recovery-unreadable", TEXTS.get("unreadable.header"),
                TEXTS.get("unreadable.text", file, sentence(e.problem())) + "\n\n"
                        + aside.map(p -> TEXTS.get("unreadable.setAside", p))
                        .orElse(TEXTS.get("unreadable.keptInPlace")), e);
    }
}
