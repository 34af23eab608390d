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

/**
 * At start, offers back the work of designers that did not close normally, one file after
 * another, newest first. Each is restored, discarded or kept for later on the user's word alone;
 * one that cannot be read is said to be so (with the loader's message) and moved aside, never
 * dropped. Files of designers still running are not offered ({@link RecoveryFolder}).
 */
public final class RecoveryOffer {

    public static final ButtonType RESTORE = new ButtonType("Restore", ButtonBar.ButtonData.YES);
    public static final ButtonType DISCARD = new ButtonType("Discard", ButtonBar.ButtonData.NO);
    public static final ButtonType LATER = new ButtonType("Keep for later", ButtonBar.ButtonData.CANCEL_CLOSE);

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy 'at' HH:mm")
            .withZone(ZoneId.systemDefault());

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
            ButtonType answer = ask(file, work, windowTaken, left.size() - i - 1);
            if (answer == RESTORE) {
                document.recover(work);
                restored.run();
                windowTaken = true;
                // The work lives in this window's own recovery file before the old one goes.
                if (autosave.saveNow()) {
                    file.discard();
                } else {
                    file.release();
                }
            } else if (answer == DISCARD) {
                file.discard();
            } else {
                file.release();
            }
        }
    }

    private ButtonType ask(RecoveryFile file, Topology work, boolean windowTaken, int more) {
        StringBuilder text = new StringBuilder("A ZMQ Designer window did not close normally and left unsaved work: ")
                .append(describe(work));
        file.savedAt().ifPresent(t -> text.append(", last kept ").append(WHEN.format(t)));
        text.append(".\n\nIt is kept in ").append(file.file()).append('.');
        if (windowTaken) {
            text.append("\n\nThis window already shows restored work. Keep this one for later to restore it"
                    + " in the next ZMQ Designer you start, or discard it.");
        }
        if (more > 0) {
            text.append("\n\n").append(more).append(more == 1 ? " more design waits" : " more designs wait")
                    .append(" after this one.");
        }
        Alert alert = windowTaken
                ? new Alert(Alert.AlertType.CONFIRMATION, text.toString(), LATER, DISCARD)
                : new Alert(Alert.AlertType.CONFIRMATION, text.toString(), RESTORE, DISCARD, LATER);
        alert.setHeaderText("Recover unsaved work");
        alert.getDialogPane().setId("recover-work");
        alert.initOwner(owner.get());
        // Closing the dialog any other way keeps the work: nothing is deleted without the user's word.
        return alert.showAndWait().orElse(LATER);
    }

    private static String describe(Topology work) {
        String name = work.title() == null || work.title().isBlank() ? "an untitled design"
                : "“" + work.title() + "”";
        int nodes = work.nodes().size();
        return name + " with " + nodes + (nodes == 1 ? " node" : " nodes");
    }

    private static String sentence(String problem) {
        return problem.matches(".*[.?!]$") ? problem : problem + ".";
    }

    private void tellUnreadable(Path file, TopologyLoadException e, Optional<Path> aside) {
        LoadErrorAlert.show(owner.get(), "recovery-unreadable", "A recovery file cannot be read",
                "Unsaved work left by a ZMQ Designer window that did not close normally is in " + file
                        + ", but it cannot be read: " + sentence(e.problem()) + "\n\n"
                        + aside.map(p -> "The file was kept as " + p + ", where it is no longer offered at start;"
                                + " open it in a text editor to rescue what you can.")
                        .orElse("The file was kept where it is, and will be offered again next time."), e);
    }
}
