package org.zmqdesigner.app.document;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.zmqdesigner.engine.edit.Edit;
import org.zmqdesigner.engine.edit.History;
import org.zmqdesigner.engine.model.Topology;
import org.zmqdesigner.engine.validate.Diagnostic;
import org.zmqdesigner.engine.validate.Validator;
import org.zmqdesigner.engine.text.Texts;

/**
 * The open design as the UI sees it: the current topology, the selection, the file, the undo
 * history and the validator's diagnostics, all as read-only properties. The only way to change the
 * design is {@link #apply(Edit)}, {@link #undo()} or {@link #redo()}; views listen and update by id.
 * FX thread only.
 */
public final class DesignDocument {

    private static final Texts TEXTS = Texts.of(DesignDocument.class);

    private final History history;
    private final Validator validator = new Validator();
    private final ReadOnlyObjectWrapper<Topology> topology;
    private final ReadOnlyObjectWrapper<List<Diagnostic>> diagnostics = new ReadOnlyObjectWrapper<>(List.of());
    private final ObservableSet<String> selection = FXCollections.observableSet();
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper lastError = new ReadOnlyStringWrapper("");
    private final javafx.beans.property.BooleanProperty locked = new javafx.beans.property.SimpleBooleanProperty();
    private final javafx.beans.property.ReadOnlyIntegerWrapper generation = new javafx.beans.property.ReadOnlyIntegerWrapper();

    public DesignDocument(Topology initial) {
        this.history = new History(initial);
        this.topology = new ReadOnlyObjectWrapper<>(initial);
        refresh();
    }

    public ReadOnlyObjectProperty<Topology> topologyProperty() {
        return topology.getReadOnlyProperty();
    }

    public Topology topology() {
        return topology.get();
    }

    public ReadOnlyObjectProperty<List<Diagnostic>> diagnosticsProperty() {
        return diagnostics.getReadOnlyProperty();
    }

    /** Ids of selected nodes and links. */
    public ObservableSet<String> selection() {
        return selection;
    }

    public void select(Collection<String> ids) {
        selection.retainAll(Set.copyOf(ids));
        selection.addAll(ids);
    }

    public void selectOnly(String id) {
        select(id == null ? List.of() : List.of(id));
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** "Undo Move worker-1", for the Edit menu. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    /** Why the last edit was refused (an id taken, say); empty when it went through. */
    public ReadOnlyStringProperty lastErrorProperty() {
        return lastError.getReadOnlyProperty();
    }

    /** While a run is live, the design is locked: what runs is what is drawn. */
    public javafx.beans.property.BooleanProperty lockedProperty() {
        return locked;
    }

    /**
     * Counts whole designs replaced (New, Open, Open Sample, recovery): what was shown for the
     * previous design — a run's clock, chart and trace, an explanation — listens and clears.
     */
    public javafx.beans.property.ReadOnlyIntegerProperty generationProperty() {
        return generation.getReadOnlyProperty();
    }

    /** Applies an edit as one undo step. Returns false (and says why) when it does not apply. */
    public boolean apply(Edit edit) {
        if (locked.get()) {
            lastError.set(TEXTS.get("locked"));
            return false;
        }
        try {
            history.apply(edit);
            lastError.set("");
        } catch (IllegalArgumentException e) {
            lastError.set(e.getMessage());
            return false;
        }
        refresh();
        return true;
    }

    /**
     * Ends the current undo step (a gesture finished): the next edit is a step of its own even if
     * it could merge, so two drags of one node undo one at a time.
     */
    public void endStep() {
        history.seal();
    }

    public void undo() {
        if (history.canUndo() && !locked.get()) {
            history.undo();
            refresh();
        }
    }

    public void redo() {
        if (history.canRedo() && !locked.get()) {
            history.redo();
            refresh();
        }
    }

    /** Replaces the whole document (new, open): no undo into the previous one, not dirty. */
    public void replace(Topology loaded, Path from) {
        history.reset(loaded);
        selection.clear();
        file.set(from);
        refresh();
        generation.set(generation.get() + 1);
    }

    /**
     * Restores work recovered after a crash as an unsaved design: dirty, and undoable back to an
     * empty one.
     */
    public void recover(Topology recovered) {
        replace(Topology.EMPTY, null);
        apply(new Edit() {
            @Override
            public Topology apply(Topology topology) {
                return recovered;
            }

            @Override
            public String description() {
                return TEXTS.get("edit.recover");
            }
        });
    }

    /** The design was saved to {@code to}: that state is now the clean one. */
    public void markSaved(Path to) {
        history.mark();
        file.set(to);
        refresh();
    }

    private void refresh() {
        Topology current = history.current();
        topology.set(current);
        diagnostics.set(validator.validate(current));
        dirty.set(!history.atMark());
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        undoText.set(history.undoDescription().map(d -> TEXTS.get("undo.step", d)).orElse(TEXTS.get("undo")));
        redoText.set(history.redoDescription().map(d -> TEXTS.get("redo.step", d)).orElse(TEXTS.get("redo")));
        selection.removeIf(id -> current.node(id).isEmpty() && current.link(id).isEmpty());
    }

    /**
     * Reads again what the document says in words — the validator's diagnostics, the undo and redo
     * texts — after a change of {@link org.zmqdesigner.engine.text.Language}. Nothing else changes:
     * the topology, selection, file, history and dirty flag stay as they are.
     */
    public void relabel() {
        refresh();
    }

    /** The file name for titles, or "Untitled" (in the current language). */
    public String displayName() {
        Path path = file.get();
        return path == null ? TEXTS.get("untitled") : path.getFileName().toString();
    }
}
