package org.zmqdesigner.app.lesson;

import java.util.Optional;
import java.util.prefs.Preferences;

/**
 * How far the student got in each lesson — the step they are on and whether they passed it — and
 * which lesson they were taking, kept in a preferences node that is passed in (the user's node in
 * the app, a throw-away one in tests), so it survives a restart.
 */
public final class LessonProgress {

    /** One lesson's standing: never opened, on a step (0-based), or passed (on a step too, to go back to). */
    public record Standing(boolean started, int step, boolean passed) {
    }

    private static final String STEP = ".step";
    private static final String PASSED = ".passed";
    private static final String CURRENT = "current";

    private final Preferences node;

    public LessonProgress(Preferences preferences) {
        this.node = preferences.node("lessons");
    }

    public Standing of(String lessonId) {
        try {
            int step = node.getInt(lessonId + STEP, -1);
            return new Standing(step >= 0, Math.max(step, 0), node.getBoolean(lessonId + PASSED, false));
        } catch (IllegalStateException removed) {
            // The node was removed under a window still open (a test's throw-away preferences).
            return new Standing(false, 0, false);
        }
    }

    /** The student is on this step of the lesson (and this is the lesson they are taking). */
    public void onStep(String lessonId, int step) {
        node.putInt(lessonId + STEP, step);
        node.put(CURRENT, lessonId);
    }

    /** Every step of the lesson passed; it stays passed if the student takes it again. */
    public void passed(String lessonId) {
        node.putBoolean(lessonId + PASSED, true);
    }

    /** The lesson the student was taking when the designer last closed. */
    public Optional<String> current() {
        return Optional.ofNullable(node.get(CURRENT, null));
    }
}
