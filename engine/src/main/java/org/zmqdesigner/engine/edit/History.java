package org.zmqdesigner.engine.edit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;
import org.zmqdesigner.engine.model.Topology;

/**
 * The document's past and future: every state the design was in, with the edit that led there.
 * Not thread-safe; the UI thread owns it. {@link #mark()} records the saved state, so "unsaved
 * changes" is simply "not at the mark".
 */
public final class History {

    private record Step(Edit edit, Topology before, Topology after, long timeMillis) {
    }

    /** Edits this close in time, that agree to merge, become one undo step. */
    public static final long MERGE_WINDOW_MILLIS = 1000;

    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private Topology current;
    private Topology marked;
    private final int limit;
    /** Set when a gesture ended: the next edit starts its own step even if it could merge. */
    private boolean sealed;

    public History(Topology initial) {
        this(initial, 500);
    }

    public History(Topology initial, int limit) {
        this.current = Objects.requireNonNull(initial);
        this.marked = initial;
        this.limit = limit;
    }

    public Topology current() {
        return current;
    }

    /** Applies the edit and records it; returns the new topology. */
    public Topology apply(Edit edit) {
        return apply(edit, System.currentTimeMillis());
    }

    public Topology apply(Edit edit, long nowMillis) {
        Topology after = edit.apply(current);
        if (after.equals(current)) {
            return current;
        }
        Step last = undo.peek();
        Edit merged = last != null && !sealed && nowMillis - last.timeMillis() <= MERGE_WINDOW_MILLIS
                && last.after() == current ? last.edit().mergeWith(edit) : null;
        if (merged != null) {
            undo.pop();
            undo.push(new Step(merged, last.before(), after, nowMillis));
        } else {
            undo.push(new Step(edit, current, after, nowMillis));
            while (undo.size() > limit) {
                undo.removeLast();
            }
        }
        redo.clear();
        sealed = false;
        current = after;
        return current;
    }

    /**
     * Closes the current undo step: the next edit never merges into it. A drag ends with this, so
     * two drags of the same node are two steps however quickly they follow each other, while the
     * moves within one drag (which the merge window exists for) stay one.
     */
    public void seal() {
        sealed = true;
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    public Optional<String> undoDescription() {
        return Optional.ofNullable(undo.peek()).map(s -> s.edit().description());
    }

    public Optional<String> redoDescription() {
        return Optional.ofNullable(redo.peek()).map(s -> s.edit().description());
    }

    public Topology undo() {
        Step step = undo.pop();
        sealed = true;
        redo.push(step);
        current = step.before();
        return current;
    }

    public Topology redo() {
        Step step = redo.pop();
        sealed = true;
        undo.push(step);
        current = step.after();
        return current;
    }

    /** Records the current state as saved. */
    public void mark() {
        marked = current;
    }

    public boolean atMark() {
        return current.equals(marked);
    }

    /** Starts afresh from a loaded or new design: no undo into the previous document. */
    public void reset(Topology topology) {
        undo.clear();
        redo.clear();
        current = topology;
        marked = topology;
    }
}
