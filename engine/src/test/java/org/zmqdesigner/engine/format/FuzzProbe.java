package org.zmqdesigner.engine.format;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A class the loader fuzz test names in mutated files ("@class", behaviour types, socket types).
 * Loading a topology must never initialise it: if anything does, its static initialiser says so.
 */
public final class FuzzProbe {

    static {
        Witness.INITIALISED.set(true);
    }

    public FuzzProbe() {
    }

    /** Holds the flag apart, so that reading it does not initialise the probe. */
    static final class Witness {
        static final AtomicBoolean INITIALISED = new AtomicBoolean();

        private Witness() {
        }
    }
}
