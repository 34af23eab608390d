package org.zmqdesigner.app;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The wall clock at named moments of the designer's start, kept only when the start probe was
 * asked for ({@link StartProbe}), which writes them out so the start benchmark can say which phase
 * the time went to. Otherwise {@link #mark} does nothing.
 */
final class StartPhases {

    private static final Map<String, Long> MARKS = new LinkedHashMap<>();

    private StartPhases() {
    }

    /** Notes that the start reached {@code phase} now; the first mark of a name counts. */
    static void mark(String phase) {
        // A property read: a dozen marks a start, and a test may ask for the probe at any time.
        if (System.getProperty(StartProbe.PROPERTY) != null) {
            long now = System.currentTimeMillis();
            synchronized (MARKS) {
                MARKS.putIfAbsent(phase, now);
            }
        }
    }

    /** The phases reached so far, in order, with their wall-clock times (epoch milliseconds). */
    static Map<String, Long> marks() {
        synchronized (MARKS) {
            return new LinkedHashMap<>(MARKS);
        }
    }
}
