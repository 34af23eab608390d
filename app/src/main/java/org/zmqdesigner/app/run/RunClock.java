package org.zmqdesigner.app.run;

import java.util.Locale;
import org.zmqdesigner.engine.text.Texts;

/**
 * The run clock the toolbar shows: the engine's time since the run started, minus the time spent
 * paused, so it stands still while the sources hold and goes on from there on resume. The engine's
 * own clock (which stamps events and the chart's time axis) runs on regardless. FX thread only.
 */
final class RunClock {
    private static final Texts TEXTS = Texts.of(RunClock.class);

    private long pausedTotal;
    private long pausedSince = -1;

    void pause(long engineNanos) {
        if (pausedSince < 0) {
            pausedSince = engineNanos;
        }
    }

    void resume(long engineNanos) {
        if (pausedSince >= 0) {
            pausedTotal += engineNanos - pausedSince;
            pausedSince = -1;
        }
    }

    /** Running time at this engine time: frozen at the pause while paused. */
    long shown(long engineNanos) {
        return (pausedSince >= 0 ? pausedSince : engineNanos) - pausedTotal;
    }

    /** "1.5 s", in the current language. */
    static String format(long nanos) {
        return TEXTS.get("clock", String.format(Locale.ROOT, "%.1f", nanos / 1e9));
    }
}
