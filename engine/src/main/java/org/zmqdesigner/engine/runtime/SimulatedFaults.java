package org.zmqdesigner.engine.runtime;

import java.util.Random;
import org.zmqdesigner.engine.model.Behaviour;
import org.zmqdesigner.engine.text.Texts;

/**
 * The crashes and stalls a responder's design asks for, decided request by request from the
 * responder's seeded random numbers, so that a run with a fixed seed fails the same way every
 * time: what the zguide's lpserver does to show its client's retries.
 */
final class SimulatedFaults {

    /** The crash a design asked for; the node ends as crashed with these words. */
    static final class SimulatedCrash extends RuntimeException {
        SimulatedCrash(String message) {
            super(message, null, false, false);
        }
    }

    private final Behaviour.Faults faults;
    private final Random random;

    /** {@code faults} may be null: no faults. {@code random} is the responder's own. */
    SimulatedFaults(Behaviour.Faults faults, Random random) {
        this.faults = faults;
        this.random = random;
    }

    /**
     * Decides the fate of request number {@code request} (counted from 1): throws
     * {@link SimulatedCrash} when it is the one to crash on, else returns how many milliseconds to
     * stall before replying (0 for none, not yet scaled by the run's speed). The random numbers are
     * drawn in the same order for every request, so the sequence depends on the seed alone.
     */
    long decide(long request) {
        if (faults == null) {
            return 0;
        }
        if (faults.crashAfter() != null && request > faults.crashAfter()) {
            throw crash(request, "faults.crashAfter " + faults.crashAfter());
        }
        if (faults.crashChance() != null && random.nextDouble() < faults.crashChance()) {
            throw crash(request, "faults.crashChance " + faults.crashChance());
        }
        if (faults.stallChance() != null || faults.stallMs() != null) {
            // A stall with no chance given happens on every request; with no length, none happens.
            boolean stalls = faults.stallChance() == null || random.nextDouble() < faults.stallChance();
            if (stalls && faults.stallMs() != null) {
                return Math.max(0, faults.stallMs());
            }
        }
        return 0;
    }

    private static SimulatedCrash crash(long request, String why) {
        return new SimulatedCrash(Texts.of(SimulatedFaults.class).get("crash.simulated", String.valueOf(request),
                why));
    }
}
